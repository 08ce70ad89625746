import { Link, useParams } from 'react-router';

import { CourseFrame } from '../../app-model/course-frame';
import type { CourseView } from '../../domain/course-view';
import { contractFromCourse, draftFormulation, focusPersonOf } from '../../domain/inventory';
import type { Phq9Severity } from '../../domain/inventory';
import { endDateOf } from '../../domain/schedule';

import { ContractForm } from './contract-form';
import { FormulationEditor } from './formulation-editor';
import './inventory.css';
import { useUnsavedForms } from './unsaved-forms';
import { useFormulationInputs } from './use-inventory';

/** The latest PHQ-9 as of today, from the course context (the same line every screen shows). */
function phq9Of(view: CourseView): Phq9Severity | undefined {
  const latest = view.latest.phq9;
  return latest ? { total: latest.measure.total, band: latest.bandLabel } : undefined;
}

/** The formulation and the contract of the course in the frame. */
function Formulation({ view }: { view: CourseView }) {
  const { course, sessions } = view;
  const inputs = useFormulationInputs(course.id);
  const unsaved = useUnsavedForms();
  if (!inputs) return <p role="status">Loading the formulation…</p>;
  const endDate = endDateOf(sessions) ?? course.startDate;
  const { people, events, formulation, contract } = inputs;
  const draft = draftFormulation({
    course,
    endDate,
    people,
    events,
    keyPersonId: focusPersonOf(people, course.primaryArea)?.id,
    phq9: phq9Of(view),
  });
  return (
    <>
      {unsaved.prompt}
      <FormulationEditor
        key={`formulation-${course.id}`}
        courseId={course.id}
        draft={draft}
        saved={formulation}
        onDirty={unsaved.report}
      />
      <ContractForm
        key={`contract-${course.id}`}
        course={course}
        initial={contract ?? contractFromCourse(course, endDate)}
        saved={contract}
        onDirty={unsaved.report}
      />
    </>
  );
}

/** The formulation (drafted, then in the therapist's words) and the treatment contract. */
export function FormulationPage() {
  const { courseId = '' } = useParams();
  return (
    <CourseFrame
      courseId={courseId}
      contents
      title={(v) => `Formulation and contract for ${v.client.code}`}
      subtitle={(v) => (
        <>
          <Link to={`/courses/${v.course.id}`}>Back to the course</Link> ·{' '}
          <Link to={`/courses/${v.course.id}/inventory`}>Inventory, circle and timeline</Link>
        </>
      )}
      actions={(v) => (
        <Link className="button" to={`/courses/${v.course.id}/formulation/print`}>
          Print view
        </Link>
      )}
    >
      {(view) => <Formulation view={view} />}
    </CourseFrame>
  );
}
