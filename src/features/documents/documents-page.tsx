import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useParams } from 'react-router';

import { CourseFrame } from '../../app-model/course-frame';
import { getContract } from '../../db/inventory';
import { getRelapsePlan, listStoredDocuments } from '../../db/documents';
import { formatDay } from '../../domain/dates';
import type { CourseView } from '../../domain/course-view';
import { numberedSessions } from '../../domain/schedule';

import './documents.css';

interface HubExtras {
  edited: Set<string>;
  plan: unknown;
  consent: boolean | undefined;
}

/** Every document of a course, with links to generate and edit it, then print it. */
export function DocumentsPage() {
  const { courseId = '' } = useParams();
  const extra = useLiveQuery(async (): Promise<HubExtras> => {
    const [docs, plan, contract] = await Promise.all([
      listStoredDocuments(courseId),
      getRelapsePlan(courseId),
      getContract(courseId),
    ]);
    return { edited: new Set(docs.map((d) => d.id)), plan, consent: contract?.supervisionConsent };
  }, [courseId]);
  return (
    <CourseFrame
      courseId={courseId}
      title={(v) => `Documents for ${v.client.code}`}
      subtitle={(v) => <Link to={`/courses/${v.course.id}`}>Back to the course</Link>}
    >
      {(view) => <DocumentList view={view} extra={extra} />}
    </CourseFrame>
  );
}

function DocumentList({ view, extra }: { view: CourseView; extra: HubExtras | undefined }) {
  const { course, client, sessions } = view;
  const base = `/courses/${course.id}`;
  const weeks = numberedSessions(sessions).filter((s) => s.status !== 'cancelled');
  return (
    <div className="doc-list">
      <section className="card" aria-labelledby="doc-cards">
        <h2 id="doc-cards">Task cards (one per week)</h2>
        <table>
          <caption className="muted">Weeks with a task card</caption>
          <thead>
            <tr>
              <th scope="col">Session</th>
              <th scope="col">Date</th>
              <th scope="col">Card</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((s) => (
              <tr key={s.id}>
                <th scope="row">Session {s.number}</th>
                <td>{formatDay(s.date)}</td>
                <td>
                  <Link to={`${base}/sessions/${s.id}/task-card`}>
                    {extra?.edited.has(`task-card:${s.id}`) ? 'Edit' : 'Generate'} task card{' '}
                    {s.number}
                  </Link>{' '}
                  ·{' '}
                  <Link to={`${base}/sessions/${s.id}/task-card/print`}>Print card {s.number}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <DocumentCard
        id="doc-relapse"
        title="Relapse-prevention plan"
        status={extra?.plan ? 'Saved.' : 'Not started: drafted in the last sessions.'}
        edit={`${base}/relapse-plan`}
        print={`${base}/relapse-plan/print`}
      />
      <DocumentCard
        id="doc-summary"
        title="End-of-treatment summary and letter"
        status={
          extra?.edited.has(`summary:${course.id}`) ? 'Letter edited.' : 'Letter not edited yet.'
        }
        edit={`${base}/summary`}
        print={`${base}/summary/print`}
      />
      <DocumentCard
        id="doc-supervision"
        title="Supervision pack"
        status={
          extra?.consent
            ? 'Consent to supervision recorded.'
            : 'No consent to supervision recorded in the contract.'
        }
        edit={`${base}/supervision`}
        print={`${base}/supervision/print`}
      />
      <section className="card" aria-labelledby="doc-safety">
        <h2 id="doc-safety">Safety plan</h2>
        <p>
          <Link to={`/clients/${client.id}/safety-plan/print`}>Print the safety plan</Link>
        </p>
      </section>
    </div>
  );
}

interface DocumentCardProps {
  id: string;
  title: string;
  status: string;
  edit: string;
  print: string;
}

function DocumentCard({ id, title, status, edit, print }: DocumentCardProps) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p className="muted">{status}</p>
      <p className="button-row">
        <Link to={edit}>Edit the {title.toLowerCase()}</Link>
        <Link to={print}>Print the {title.toLowerCase()}</Link>
      </p>
    </section>
  );
}
