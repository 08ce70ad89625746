/** The words the therapist sees for each term of the model (screen; client handouts avoid these). */
import type {
  Canceller,
  DisputeStage,
  Mechanism,
  MissedSessionRule,
  Phase,
  ProblemArea,
  SessionStatus,
} from './types';

export const PHASE_LABEL: Record<Phase, string> = {
  initial: 'Initial',
  middle: 'Middle',
  termination: 'Termination',
};

export const AREA_LABEL: Record<ProblemArea, string> = {
  grief: 'Grief',
  'role-dispute': 'Role dispute',
  'role-transition': 'Role transition',
  'interpersonal-deficits': 'Interpersonal deficits / sensitivity',
};

export const STAGE_LABEL: Record<DisputeStage, string> = {
  renegotiation: 'Renegotiation',
  impasse: 'Impasse',
  dissolution: 'Dissolution',
};

export const STAGE_HINT: Record<DisputeStage, string> = {
  renegotiation: 'both sides are still actively trying',
  impasse: 'talks have stalled, leaving resentment or silence',
  dissolution: 'the relationship is ending or beyond repair',
};

export const MECHANISM_LABEL: Record<Mechanism, string> = {
  'social-support': 'Enhancing social support',
  'processing-emotions': 'Processing emotions',
  'interpersonal-stress': 'Decreasing interpersonal stress',
  'interpersonal-skills': 'Improving interpersonal skills',
};

export const STATUS_LABEL: Record<SessionStatus, string> = {
  planned: 'Planned',
  held: 'Held',
  cancelled: 'Cancelled',
};

export const CANCELLER_LABEL: Record<Canceller, string> = {
  therapist: 'Therapist cancelled (or holiday)',
  client: 'Client cancelled',
  'no-show': 'Client did not attend',
};

export const RULE_LABEL: Record<MissedSessionRule, string> = {
  'counts-as-used': 'Counts as used: the end date stays',
  extends: 'Extends the course: the rest move out a week',
};
