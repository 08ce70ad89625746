import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useParams } from 'react-router';

import { formatDay, isoDayOf } from '../../domain/dates';
import { ITEM9_SCREEN_STATEMENT, RISK_SOURCE_LABEL } from '../../domain/measures';
import { listOpenFlags } from '../../db/measures';
import { getCrisisContacts } from '../../db/settings';
import { RiskBanner } from '../../ui/risk-banner';
import { AREA_LABEL } from '../../domain/labels';
import { getClient, setArchived } from '../../db/clients';
import { currentCourse, listCourses } from '../../db/courses';
import { Page } from '../../ui/page';

import { DeleteClient } from './delete-client';
import { EditClientForm } from './edit-client-form';

/** One client: their courses (current and earlier), details, archive and delete. */
export function ClientPage() {
  const { clientId = '' } = useParams();
  const client = useLiveQuery(() => getClient(clientId), [clientId], null);
  const courses = useLiveQuery(() => listCourses(clientId), [clientId]);
  const openFlags = useLiveQuery(() => listOpenFlags(clientId), [clientId]);
  const contacts = useLiveQuery(() => getCrisisContacts(), []);
  if (client === null || courses === undefined) return <p>Loading…</p>;
  if (client === undefined) {
    return (
      <Page title="Client not found">
        <p>
          This client does not exist. They may have been deleted.{' '}
          <Link to="/clients">Back to clients</Link>
        </p>
      </Page>
    );
  }
  const current = currentCourse(courses);
  return (
    <Page
      title={`Client ${client.code}`}
      subtitle={client.archived ? 'Archived' : client.fullName}
      actions={
        <Link className="button" to={`/clients/${client.id}/courses/new`}>
          Plan a new course
        </Link>
      }
    >
      <RiskBanner
        flags={(openFlags ?? []).map((f) => ({
          id: f.id,
          title: RISK_SOURCE_LABEL[f.source],
          detail: f.detail,
          raisedOn: formatDay(isoDayOf(new Date(f.raisedAt))),
        }))}
        contacts={contacts ?? []}
        screenNote={ITEM9_SCREEN_STATEMENT}
        action={
          openFlags?.[0] ? (
            <Link to={`/courses/${openFlags[0].courseId}/risk`}>Assess and acknowledge</Link>
          ) : null
        }
      />
      <p>
        <Link to={`/clients/${client.id}/safety-plan`}>Safety plan</Link>
      </p>
      <section aria-labelledby="courses-title">
        <h2 id="courses-title">Courses</h2>
        {courses.length === 0 ? (
          <p>No course planned yet.</p>
        ) : (
          <ul className="course-list">
            {courses.map((c) => (
              <li key={c.id}>
                <Link to={`/courses/${c.id}`}>
                  {AREA_LABEL[c.primaryArea]}, {c.length} sessions from {formatDay(c.startDate)}
                </Link>{' '}
                {c.id === current?.id ? (
                  <span className="badge badge--current">Current</span>
                ) : (
                  <span className="badge">Earlier</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <EditClientForm client={client} />
      <section className="card" aria-labelledby="archive-title">
        <h2 id="archive-title">{client.archived ? 'Restore' : 'Archive'}</h2>
        <p>
          {client.archived
            ? 'Archived clients are hidden from the list. Restoring brings them back.'
            : 'Archiving hides the client from the list and keeps every record.'}
        </p>
        <button
          type="button"
          className="secondary"
          onClick={() => void setArchived(client.id, !client.archived)}
        >
          {client.archived ? 'Restore client' : 'Archive client'}
        </button>
      </section>
      <DeleteClient client={client} />
    </Page>
  );
}
