/**
 * What the progress note states about the session beyond the therapist's own text (issue 12
 * item 3): that day's PHQ-9 with its item-9 answer and GAD-7, the risk assessment made in the
 * session (or the latest, with its date), the time and the clinician. Only generated wording is
 * here; the therapist's text is quoted as typed by the note itself.
 */
import { flagsOpenOn } from '../course-view';
import type { SessionScores } from '../course-view';
import { dayOfTimestamp, formatDay } from '../dates';
import type { RiskFlag } from '../measures/risk';
import { assessmentLine, latestAssessment } from '../measures/risk-assessment';
import type { PastAssessment } from '../measures/risk-assessment';
import type { ScoreSummary } from '../measures/summary';

import type { SessionWriteUp } from './types';

export interface Clinician {
  name: string;
  credentials: string;
}

const NAME = { phq9: 'PHQ-9', gad7: 'GAD-7' } as const;

/** The summary when its measure was taken on the session's day, else undefined. */
function takenThatDay(w: SessionWriteUp, s: ScoreSummary | undefined): ScoreSummary | undefined {
  return s && s.measure.date === w.sessionDate ? s : undefined;
}

/**
 * One line per questionnaire: the score line of that day (with item 9 for the PHQ-9), a total
 * entered by hand in the write-up, or "PHQ-9 not taken this session".
 */
export function scoreLines(w: SessionWriteUp, scores: SessionScores = {}): string[] {
  return (['phq9', 'gad7'] as const).map((kind) => {
    const summary = takenThatDay(w, scores[kind]);
    if (summary) {
      const noItem9 = kind === 'phq9' && summary.item9 === undefined ? ', item 9 not answered' : '';
      return `${summary.words}${noItem9}.`;
    }
    const entered = w.scores[kind];
    if (entered !== undefined) {
      return `${NAME[kind]} ${entered} (total entered in the write-up${kind === 'phq9' ? '; item 9 not recorded' : ''}).`;
    }
    return `${NAME[kind]} not taken this session.`;
  });
}

/** The item-9 answer of a PHQ-9 taken on the session's day, if any. */
export function sessionItem9(w: SessionWriteUp, scores: SessionScores = {}): number | undefined {
  return takenThatDay(w, scores.phq9)?.item9;
}

function assessedLines(past: PastAssessment): string[] {
  const a = past.assessment;
  const line = assessmentLine(past).replace(/^Last risk assessment (.+?): /, '($1): ');
  const lines = [`Risk assessed in this session ${line}.`];
  if (a.levelReasoning) lines.push(`Judgement of risk: ${a.levelReasoning}`);
  if (a.protectiveFactors) lines.push(`Protective factors: ${a.protectiveFactors}`);
  if (a.followUp) lines.push(`Risk follow-up: ${a.followUp}`);
  return lines;
}

/**
 * The risk lines for the session's day. An assessment recorded that day is stated in full; else
 * the latest earlier one with its date. Flags open that day are listed, and a positive item 9 that
 * day without an assessment says so. "No risk flag" appears only when none of these applies.
 */
export function riskLines(
  w: SessionWriteUp,
  flags: readonly RiskFlag[] = [],
  scores: SessionScores = {},
): string[] {
  const day = w.sessionDate;
  const byThen = flags.filter(
    (f) => f.acknowledgement && dayOfTimestamp(f.acknowledgement.at) <= day,
  );
  const latest = latestAssessment(byThen);
  const today = latest && dayOfTimestamp(latest.at) === day ? latest : undefined;
  const lines: string[] = [];
  if (today) lines.push(...assessedLines(today));
  else if (latest)
    lines.push(`No risk assessment recorded in this session. ${assessmentLine(latest)}.`);
  const open = flagsOpenOn(flags, day);
  for (const f of open) {
    const raised = formatDay(dayOfTimestamp(f.raisedAt));
    const later = f.acknowledgement ? formatDay(dayOfTimestamp(f.acknowledgement.at)) : undefined;
    lines.push(
      later
        ? `Risk flag raised ${raised}, open at the end of this session, acknowledged ${later}: ${f.detail}`
        : `Risk flag open, not yet assessed (raised ${raised}): ${f.detail}`,
    );
  }
  // A flag the clinician linked to this session but recorded on a later day still belongs here.
  const linkedLater = flags.filter(
    (f) => f.sessionId === w.sessionId && dayOfTimestamp(f.raisedAt) > day,
  );
  for (const f of linkedLater) {
    const raised = formatDay(dayOfTimestamp(f.raisedAt));
    const ack = f.acknowledgement ? formatDay(dayOfTimestamp(f.acknowledgement.at)) : undefined;
    lines.push(
      `Risk flag recorded for this session on ${raised}, ${ack ? `acknowledged ${ack}` : 'not yet assessed'}: ${f.detail}`,
    );
  }
  const item9 = sessionItem9(w, scores) ?? 0;
  if (item9 > 0 && !today && open.length === 0 && linkedLater.length === 0) {
    lines.push(`PHQ-9 item 9 answered ${item9} this session: no risk assessment recorded for it.`);
  }
  if (lines.length === 0)
    lines.push('Risk: No risk flag open and no positive item 9 this session.');
  return lines;
}

/** "Time: 14:00–14:50 (50 minutes)", or what is known of it. */
export function timeLine(w: SessionWriteUp): string {
  const minutes = w.minutes ? ` (${w.minutes} minutes)` : '';
  if (w.startTime && w.endTime) return `Time: ${w.startTime}–${w.endTime}${minutes}.`;
  if (w.startTime) return `Time: started ${w.startTime}${minutes}.`;
  return minutes ? `Time: ${w.minutes} minutes.` : '';
}

/** "Clinician: Dr A Example, DClinPsy", or a line saying it is not set in Settings. */
export function clinicianLine(c: Clinician | undefined): string {
  const name = c?.name.trim() ?? '';
  const credentials = c?.credentials.trim() ?? '';
  if (name === '') return 'Clinician: not set (add your name and credentials in Settings).';
  return `Clinician: ${name}${credentials ? `, ${credentials}` : ''}.`;
}
