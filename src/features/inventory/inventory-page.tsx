import { Link, useParams } from 'react-router';

import { focusPersonOf } from '../../domain/inventory';
import { AREA_LABEL } from '../../domain/labels';
import { useCourse } from '../../state/use-course';
import { Notice } from '../../ui/notice';
import { Page } from '../../ui/page';

import { CircleSection } from './circle-section';
import './inventory.css';
import { OpenFlags } from './open-flags';
import { PeopleSection } from './people-section';
import { TimelineSection } from './timeline-section';
import { useLifeEvents, usePeople } from './use-inventory';

/** The interpersonal inventory, the closeness circle and the timeline of one course. */
export function InventoryPage() {
  const { courseId = '' } = useParams();
  const data = useCourse(courseId);
  const people = usePeople(courseId);
  const events = useLifeEvents(courseId);

  if (data.state === 'loading' || !people || !events) return <p>Loading…</p>;
  if (data.state === 'missing') {
    return (
      <Page title="Course not found">
        <p>
          This course does not exist. <Link to="/clients">Back to clients</Link>
        </p>
      </Page>
    );
  }
  const { course, client } = data;
  const focus = focusPersonOf(people, course.primaryArea);

  return (
    <Page
      title={`Interpersonal inventory for ${client.code}`}
      subtitle={<Link to={`/courses/${course.id}`}>Back to the course</Link>}
      actions={
        <>
          <Link className="button" to={`/courses/${course.id}/inventory/print`}>
            Print view
          </Link>
          <Link className="button" to={`/courses/${course.id}/formulation`}>
            Formulation and contract
          </Link>
        </>
      }
    >
      <OpenFlags clientId={client.id} courseId={course.id} />
      <Notice tone="info" title={`Focus: ${AREA_LABEL[course.primaryArea]}`}>
        <p>
          The person marked with the focus area appears in middle-phase agendas (by role on paper).
          Set it with “Candidate problem area” on a person’s record.{' '}
          {focus
            ? `Now: ${focus.name} (${focus.relationship}).`
            : 'No one is marked with this area yet.'}
        </p>
      </Notice>
      <PeopleSection course={course} people={people} focusPersonId={focus?.id} />
      <CircleSection people={people} clientCode={client.code} />
      <TimelineSection courseId={course.id} events={events} people={people} />
    </Page>
  );
}
