/**
 * The fields of the structured risk assessment (issue 12 item 2): nothing pre-selected, each
 * problem at its field. The clinician's judgement is theirs; the app never suggests a level.
 */
import { Link } from 'react-router';

import {
  HISTORY,
  HISTORY_LABEL,
  LEVEL_LABEL,
  RISK_LEVELS,
  THOUGHTS,
  THOUGHTS_LABEL,
} from '../../domain/measures';
import type { RiskAssessmentDraft, SafetyPlanState, YesNo } from '../../domain/measures';
import type { Problem } from '../../domain/problems';
import { messageFor } from '../../domain/problems';
import { Field } from '../../ui/field';

import { ChoiceGroup } from './choice-group';

const YES_NO: { value: YesNo; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
const PLAN_OPTIONS: { value: SafetyPlanState; label: string }[] = [
  { value: 'made', label: 'Safety plan made' },
  { value: 'reviewed', label: 'Safety plan reviewed' },
  { value: 'not-needed', label: 'No safety plan needed' },
];
const options = <T extends string>(values: readonly T[], label: Readonly<Record<T, string>>) =>
  values.map((value) => ({ value, label: label[value] }));

export const BLANK_ASSESSMENT: RiskAssessmentDraft = {
  thoughts: '',
  plan: '',
  intent: '',
  meansAccess: '',
  history: '',
  historyDetail: '',
  protectiveFactors: '',
  level: '',
  levelReasoning: '',
  safetyPlan: '',
  crisisContactsGiven: false,
  othersInformed: '',
  followUp: '',
};

interface Props {
  id: string;
  draft: RiskAssessmentDraft;
  problems: Problem[];
  clientId: string;
  onChange: (patch: Partial<RiskAssessmentDraft>) => void;
}

/** What was found: thoughts, plan, intent, means, past attempts and protective factors. */
function Findings({ id, draft, problems, onChange }: Props) {
  const error = (field: string) => messageFor(problems, field);
  return (
    <>
      <ChoiceGroup
        name={`${id}-thoughts`}
        legend="Thoughts of death or suicide"
        options={options(THOUGHTS, THOUGHTS_LABEL)}
        value={draft.thoughts}
        error={error('thoughts')}
        onChange={(thoughts) => onChange({ thoughts })}
      />
      <div className="choice-row">
        <ChoiceGroup
          name={`${id}-plan`}
          legend="A plan"
          options={YES_NO}
          value={draft.plan}
          error={error('plan')}
          onChange={(plan) => onChange({ plan })}
        />
        <ChoiceGroup
          name={`${id}-intent`}
          legend="Intent to act"
          options={YES_NO}
          value={draft.intent}
          error={error('intent')}
          onChange={(intent) => onChange({ intent })}
        />
        <ChoiceGroup
          name={`${id}-means`}
          legend="Access to means"
          options={YES_NO}
          value={draft.meansAccess}
          error={error('meansAccess')}
          onChange={(meansAccess) => onChange({ meansAccess })}
        />
      </div>
      <ChoiceGroup
        name={`${id}-history`}
        legend="Past attempts or self-harm"
        options={options(HISTORY, HISTORY_LABEL)}
        value={draft.history}
        error={error('history')}
        onChange={(history) => onChange({ history })}
      />
      {draft.history === 'past' || draft.history === 'recent' ? (
        <Field label="When, and what happened" error={error('historyDetail')}>
          {(ids) => (
            <textarea
              {...ids}
              value={String(draft.historyDetail)}
              onChange={(e) => onChange({ historyDetail: e.target.value })}
            />
          )}
        </Field>
      ) : null}
      <Field label="Protective factors" error={error('protectiveFactors')}>
        {(ids) => (
          <textarea
            {...ids}
            value={String(draft.protectiveFactors)}
            onChange={(e) => onChange({ protectiveFactors: e.target.value })}
          />
        )}
      </Field>
    </>
  );
}

/** The clinician's judgement, in a level and in their words. */
function Judgement({ id, draft, problems, onChange }: Props) {
  return (
    <>
      <ChoiceGroup
        name={`${id}-level`}
        legend="Your judgement of the risk"
        options={options(RISK_LEVELS, LEVEL_LABEL)}
        value={draft.level}
        error={messageFor(problems, 'level')}
        onChange={(level) => onChange({ level })}
      />
      <Field
        label="What your judgement rests on (your words)"
        error={messageFor(problems, 'levelReasoning')}
      >
        {(ids) => (
          <textarea
            {...ids}
            value={String(draft.levelReasoning)}
            onChange={(e) => onChange({ levelReasoning: e.target.value })}
          />
        )}
      </Field>
    </>
  );
}

/** What was done: the safety plan, crisis contacts, others informed, follow-up. */
function Actions({ id, draft, problems, clientId, onChange }: Props) {
  const planError = messageFor(problems, 'safetyPlan');
  return (
    <>
      <ChoiceGroup
        name={`${id}-safety-plan`}
        legend="Safety plan"
        options={PLAN_OPTIONS}
        value={draft.safetyPlan}
        error={planError}
        onChange={(safetyPlan) => onChange({ safetyPlan })}
      >
        <p>
          <Link to={`/clients/${clientId}/safety-plan`}>Write or open the safety plan</Link>
        </p>
      </ChoiceGroup>
      <label className="choice">
        <input
          type="checkbox"
          checked={draft.crisisContactsGiven === true}
          onChange={(e) => onChange({ crisisContactsGiven: e.target.checked })}
        />{' '}
        Crisis contacts given
      </label>
      <Field label="Others informed (who, if anyone)">
        {(ids) => (
          <input
            {...ids}
            value={String(draft.othersInformed)}
            onChange={(e) => onChange({ othersInformed: e.target.value })}
          />
        )}
      </Field>
      <Field label="Follow-up" error={messageFor(problems, 'followUp')}>
        {(ids) => (
          <input
            {...ids}
            value={String(draft.followUp)}
            onChange={(e) => onChange({ followUp: e.target.value })}
          />
        )}
      </Field>
    </>
  );
}

/** Every field of the assessment, in the order a clinician asks. */
export function AssessmentFields(props: Props) {
  return (
    <>
      <Findings {...props} />
      <Judgement {...props} />
      <Actions {...props} />
    </>
  );
}
