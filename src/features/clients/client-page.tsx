import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useParams } from 'react-router';

import { ClientRiskBanner } from '../../app-model/client-banner';
import { CommandStatus } from '../../app-model/command-status';
import { archiveClient, restoreClient } from '../../app-model/commands/clients';
import { ClientRiskHistory } from '../../app-model/risk-history';
import { useCommand } from '../../app-model/use-command';
import { formatDay } from '../../domain/dates';
import { AREA_LABEL } from '../../domain/labels';
import type { Client, Course } from '../../domain/types';
import { getClient } from '../../db/clients';
import { currentCourse, listCourses } from '../../db/courses';
import { Page } from '../../ui/page';

import { DeleteClient } from './delete-client';
import { EditClientForm } from './edit-client-form';

function CourseList({ courses }: { courses: Course[] }) {
  const current = currentCourse(courses);
  if (courses.length === 0) return <p>No course planned yet.</p>;
  return (
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
  );
}

/** Archive or restore: one button, its confirmation or failure beside it. */
function ArchiveSection({ client }: { client: Client }) {
  const archive = useCommand(archiveClient, { done: `Client ${client.code} archived` });
  const restore = useCommand(restoreClient, { done: `Client ${client.code} restored` });
  const command = client.archived ? restore : archive;
  const shown = archive.status.kind === 'idle' ? restore.status : archive.status;
  return (
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
        disabled={archive.pending || restore.pending}
        onClick={() => {
          archive.reset();
          restore.reset();
          return command.run(client.id);
        }}
      >
        {client.archived ? 'Restore client' : 'Archive client'}
      </button>
      <CommandStatus status={shown} />
    </section>
  );
}

/** One client: open flags first, their courses (current and earlier), details, archive and delete. */
export function ClientPage() {
  const { clientId = '' } = useParams();
  const client = useLiveQuery(() => getClient(clientId), [clientId], null);
  const courses = useLiveQuery(() => listCourses(clientId), [clientId]);
  if (client === null || courses === undefined) return <p role="status">Loading the client…</p>;
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
      <ClientRiskBanner clientId={client.id} />
      <p>
        <Link to={`/clients/${client.id}/safety-plan`}>Safety plan</Link>
      </p>
      <div className="columns columns--main-side">
        <div>
          <section aria-labelledby="courses-title">
            <h2 id="courses-title">Courses</h2>
            <CourseList courses={courses} />
          </section>
          <ClientRiskHistory clientId={client.id} />
        </div>
        <div>
          <EditClientForm client={client} />
          <ArchiveSection client={client} />
        </div>
      </div>
      <DeleteClient client={client} />
    </Page>
  );
}
