import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { CommandStatus } from '../../app-model/command-status';

import { CourseFrame } from '../../app-model/course-frame';
import { formatTimestamp } from '../../domain/dates';
import { ITEM9_SCREEN_STATEMENT, RISK_SOURCE_LABEL } from '../../domain/measures';
import type { RiskFlag } from '../../domain/measures';
import type { CourseView } from '../../domain/course-view';

import { AcknowledgeForm } from './acknowledge-form';
import { RaiseFlagForm } from './raise-flag-form';
import './measures.css';

const PLAN_WORDS = { reviewed: 'reviewed', made: 'made', 'not-needed': 'not needed' } as const;

/** Open flags first with their acknowledgement, a manual flag, and the client's risk history. */
export function RiskPage() {
  const { courseId = '' } = useParams();
  return (
    <CourseFrame
      courseId={courseId}
      onRiskScreen
      title={(v) => `Risk for ${v.client.code}`}
      subtitle={(v) => (
        <>
          <Link to={`/courses/${v.course.id}`}>Course for {v.client.code}</Link> ·{' '}
          <Link to={`/clients/${v.client.id}/safety-plan`}>Safety plan</Link>
        </>
      )}
    >
      {(view) => <RiskContent view={view} />}
    </CourseFrame>
  );
}

function RiskContent({ view }: { view: CourseView }) {
  const [acknowledged, setAcknowledged] = useState<RiskFlag>();
  return (
    <>
      {acknowledged ? (
        <CommandStatus
          status={{
            kind: 'done',
            message: `Flag acknowledged (${RISK_SOURCE_LABEL[acknowledged.source]}): it is now in the risk history.`,
          }}
        />
      ) : null}
      {view.openFlags.length === 0 ? (
        <p>No open risk flags. {ITEM9_SCREEN_STATEMENT}</p>
      ) : (
        <section aria-labelledby="open-title">
          <h2 id="open-title">Assess and acknowledge</h2>
          {view.openFlags.map((f, i) => (
            <AcknowledgeForm key={f.id} flag={f} index={i} onAcknowledged={setAcknowledged} />
          ))}
        </section>
      )}
      <RaiseFlagForm course={view.course} sessions={view.sessions} />
      <RiskHistory flags={view.flags.filter((f) => f.status === 'acknowledged')} />
    </>
  );
}

/** Acknowledged flags with their acknowledgement, in the order given (newest first). */
export function RiskHistory({ flags }: { flags: RiskFlag[] }) {
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">Risk history</h2>
      {flags.length === 0 ? (
        <p>No acknowledged flags yet.</p>
      ) : (
        <ul className="history" aria-label="Acknowledged flags">
          {flags.map((f) => (
            <li key={f.id}>
              <strong>{RISK_SOURCE_LABEL[f.source]}</strong>, raised {formatTimestamp(f.raisedAt)}:{' '}
              {f.detail}
              {f.acknowledgement ? (
                <div>
                  Acknowledged {formatTimestamp(f.acknowledgement.at)}: risk assessed; safety plan{' '}
                  {PLAN_WORDS[f.acknowledgement.safetyPlan]}. Action: {f.acknowledgement.action}.
                  Note: {f.acknowledgement.note}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
