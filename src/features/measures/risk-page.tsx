import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { CommandStatus } from '../../app-model/command-status';

import { CourseFrame } from '../../app-model/course-frame';
import { safetyPlanExists } from '../../app-model/commands/risk';
import { RiskHistory } from '../../app-model/risk-history';
import { ITEM9_SCREEN_STATEMENT, latestAssessment, RISK_SOURCE_LABEL } from '../../domain/measures';
import type { RiskFlag } from '../../domain/measures';
import type { CourseView } from '../../domain/course-view';

import { AcknowledgeForm } from './acknowledge-form';
import { RaiseFlagForm } from './raise-flag-form';
import './measures.css';

/** Open flags first with their acknowledgement, a manual flag, and the client's risk history. */
export function RiskPage() {
  const { courseId = '' } = useParams();
  return (
    <CourseFrame
      courseId={courseId}
      contents
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
  const clientId = view.client.id;
  const hasPlan = useLiveQuery(() => safetyPlanExists(clientId), [clientId]) ?? false;
  const previous = latestAssessment(view.flags);
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
            <AcknowledgeForm
              key={f.id}
              flag={f}
              index={i}
              previous={previous}
              safetyPlanExists={hasPlan}
              onAcknowledged={setAcknowledged}
            />
          ))}
        </section>
      )}
      <RaiseFlagForm course={view.course} sessions={view.sessions} />
      <RiskHistory flags={view.flags} />
    </>
  );
}
