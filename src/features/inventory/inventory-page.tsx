import { Link, useParams } from 'react-router';

import { CourseFrame } from '../../app-model/course-frame';
import type { CourseView } from '../../domain/course-view';
import { focusPersonOf } from '../../domain/inventory';
import { AREA_LABEL } from '../../domain/labels';
import { Notice } from '../../ui/notice';

import { CircleSection } from './circle-section';
import './inventory.css';
import { PeopleSection } from './people-section';
import { TimelineSection } from './timeline-section';
import { useUnsavedForms } from './unsaved-forms';
import { useLifeEvents, usePeople } from './use-inventory';

/** People, circle and timeline of the course in the frame (flags already shown first). */
function Inventory({ view }: { view: CourseView }) {
  const { course, client } = view;
  const people = usePeople(course.id);
  const events = useLifeEvents(course.id);
  const unsaved = useUnsavedForms();
  if (!people || !events) return <p role="status">Loading the inventory…</p>;
  const focus = focusPersonOf(people, course.primaryArea);
  return (
    <>
      <Notice tone="info" title={`Focus: ${AREA_LABEL[course.primaryArea]}`}>
        <p>
          The person marked with the focus area appears in middle-phase agendas (by role on paper).
          Set it with “Candidate problem area” on a person’s record.{' '}
          {focus
            ? `Now: ${focus.name} (${focus.relationship}).`
            : 'No one is marked with this area yet.'}
        </p>
      </Notice>
      {unsaved.prompt}
      <PeopleSection
        course={course}
        people={people}
        focusPersonId={focus?.id}
        onDirty={unsaved.report}
      />
      <CircleSection courseId={course.id} people={people} clientCode={client.code} />
      <TimelineSection
        courseId={course.id}
        events={events}
        people={people}
        onDirty={unsaved.report}
      />
    </>
  );
}

/** The interpersonal inventory, the closeness circle and the timeline of one course. */
export function InventoryPage() {
  const { courseId = '' } = useParams();
  return (
    <CourseFrame
      courseId={courseId}
      contents
      title={(v) => `Interpersonal inventory for ${v.client.code}`}
      subtitle={(v) => <Link to={`/courses/${v.course.id}`}>Back to the course</Link>}
      actions={(v) => (
        <>
          <Link className="button" to={`/courses/${v.course.id}/inventory/print`}>
            Print view
          </Link>
          <Link className="button" to={`/courses/${v.course.id}/formulation`}>
            Formulation and contract
          </Link>
        </>
      )}
    >
      {(view) => <Inventory view={view} />}
    </CourseFrame>
  );
}
