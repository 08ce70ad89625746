import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useParams } from 'react-router';

import { ITEM9_SCREEN_STATEMENT, openFlags, RISK_SOURCE_LABEL } from '../../domain/measures';
import type { RiskFlag } from '../../domain/measures';
import { listCourseFlags, openFlagsForCourse } from '../../db/risk';
import { getCrisisContacts } from '../../db/settings';
import { useCourse } from '../../state/use-course';
import { Page } from '../../ui/page';
import { RiskBanner } from '../../ui/risk-banner';

import { AcknowledgeForm } from './acknowledge-form';
import { bannerFlags, whenOf } from './flag-view';
import { RaiseFlagForm } from './raise-flag-form';
import './measures.css';

const PLAN_WORDS = { reviewed: 'reviewed', made: 'made', 'not-needed': 'not needed' } as const;

/** Open flags first with their acknowledgement, a manual flag, and the course's risk history. */
export function RiskPage() {
  const { courseId = '' } = useParams();
  const data = useCourse(courseId);
  const open = useLiveQuery(() => openFlagsForCourse(courseId), [courseId]);
  const all = useLiveQuery(() => listCourseFlags(courseId), [courseId]);
  const contacts = useLiveQuery(() => getCrisisContacts(), []);
  if (data.state === 'loading' || open === undefined || all === undefined) return <p>Loading…</p>;
  if (data.state === 'missing') {
    return (
      <Page title="Course not found">
        <Link to="/clients">Back to clients</Link>
      </Page>
    );
  }
  const { course, client, sessions } = data;
  const history = all.filter((f) => f.status === 'acknowledged');
  return (
    <Page
      title={`Risk for ${client.code}`}
      subtitle={
        <>
          <Link to={`/courses/${course.id}`}>Course for {client.code}</Link> ·{' '}
          <Link to={`/clients/${client.id}/safety-plan`}>Safety plan</Link>
        </>
      }
    >
      <RiskBanner
        flags={bannerFlags(open)}
        contacts={contacts ?? []}
        screenNote={ITEM9_SCREEN_STATEMENT}
      />
      {open.length === 0 ? (
        <p>No open risk flags. {ITEM9_SCREEN_STATEMENT}</p>
      ) : (
        <section aria-labelledby="open-title">
          <h2 id="open-title">Assess and acknowledge</h2>
          {openFlags(open).map((f, i) => (
            <AcknowledgeForm key={f.id} flag={f} index={i} />
          ))}
        </section>
      )}
      <RaiseFlagForm course={course} sessions={sessions} />
      <RiskHistory flags={history} />
    </Page>
  );
}

/** Acknowledged flags with their acknowledgement, newest first. */
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
              <strong>{RISK_SOURCE_LABEL[f.source]}</strong>, raised {whenOf(f.raisedAt)}:{' '}
              {f.detail}
              {f.acknowledgement ? (
                <div>
                  Acknowledged {whenOf(f.acknowledgement.at)}: risk assessed; safety plan{' '}
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
