/**
 * The client's risk history (issue 12 item 2): each acknowledged flag, newest first, with its
 * acknowledgement and, when one was recorded, the structured assessment in one line, the actions
 * and the clinician's reasoning as typed. The same list on the risk page and the client page.
 */
import { useLiveQuery } from 'dexie-react-hooks';

import { formatTimestamp } from '../domain/dates';
import { assessmentLine, RISK_SOURCE_LABEL } from '../domain/measures';
import type { RiskFlag } from '../domain/measures';
import { listFlags } from '../db/measures';
import { byText } from '../domain/order';

const PLAN_WORDS = { reviewed: 'reviewed', made: 'made', 'not-needed': 'not needed' } as const;

function Acknowledged({ flag }: { flag: RiskFlag }) {
  const ack = flag.acknowledgement;
  if (!ack) return null;
  if (!ack.assessment) {
    return (
      <div>
        Acknowledged {formatTimestamp(ack.at)}: risk assessed; safety plan{' '}
        {PLAN_WORDS[ack.safetyPlan]}. Action: {ack.action}. Note: {ack.note}
      </div>
    );
  }
  const line = assessmentLine({ assessment: ack.assessment, at: ack.at, flagId: flag.id });
  return (
    <div>
      <div>{line.replace(/^Last risk assessment/, 'Risk assessment')}.</div>
      <div>Actions: {ack.action}.</div>
      <div>Judgement rests on: {ack.assessment.levelReasoning}</div>
    </div>
  );
}

/** Acknowledged flags with their assessment, newest acknowledgement first. */
export function RiskHistory({ flags }: { flags: readonly RiskFlag[] }) {
  const acknowledged = flags
    .filter((f) => f.status === 'acknowledged')
    .sort((a, b) => byText(b.acknowledgement?.at ?? '', a.acknowledgement?.at ?? ''));
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">Risk history</h2>
      {acknowledged.length === 0 ? (
        <p>No acknowledged flags yet.</p>
      ) : (
        <ul className="history" aria-label="Acknowledged flags">
          {acknowledged.map((f) => (
            <li key={f.id}>
              <strong>{RISK_SOURCE_LABEL[f.source]}</strong>, raised {formatTimestamp(f.raisedAt)}:{' '}
              {f.detail}
              <Acknowledged flag={f} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The risk history of one client (a client screen has no course context). */
export function ClientRiskHistory({ clientId }: { clientId: string }) {
  const flags = useLiveQuery(() => listFlags(clientId), [clientId]);
  if (!flags) return null;
  return <RiskHistory flags={flags} />;
}
