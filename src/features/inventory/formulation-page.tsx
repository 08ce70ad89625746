import { Link, useParams } from 'react-router';

import {
  contractFromCourse,
  draftFormulation,
  focusPersonOf,
  latestPhq9Severity,
} from '../../domain/inventory';
import { endDateOf } from '../../domain/schedule';
import { useCourse } from '../../state/use-course';
import { Page } from '../../ui/page';

import { ContractForm } from './contract-form';
import { FormulationEditor } from './formulation-editor';
import './inventory.css';
import { OpenFlags } from './open-flags';
import { useFormulationInputs } from './use-inventory';

/** The formulation (drafted, then in the therapist's words) and the treatment contract. */
export function FormulationPage() {
  const { courseId = '' } = useParams();
  const data = useCourse(courseId);
  const inputs = useFormulationInputs(courseId);

  if (data.state === 'loading' || !inputs) return <p>Loading…</p>;
  if (data.state === 'missing') {
    return (
      <Page title="Course not found">
        <p>
          This course does not exist. <Link to="/clients">Back to clients</Link>
        </p>
      </Page>
    );
  }
  const { course, client, sessions } = data;
  const endDate = endDateOf(sessions) ?? course.startDate;
  const { people, events, measures, formulation, contract } = inputs;
  const draft = draftFormulation({
    course,
    endDate,
    people,
    events,
    keyPersonId: focusPersonOf(people, course.primaryArea)?.id,
    phq9: latestPhq9Severity(measures, course.id),
  });
  const initialContract = contract ?? contractFromCourse(course, endDate);

  return (
    <Page
      title={`Formulation and contract for ${client.code}`}
      subtitle={
        <>
          <Link to={`/courses/${course.id}`}>Back to the course</Link> ·{' '}
          <Link to={`/courses/${course.id}/inventory`}>Inventory, circle and timeline</Link>
        </>
      }
      actions={
        <Link className="button" to={`/courses/${course.id}/formulation/print`}>
          Print view
        </Link>
      }
    >
      <OpenFlags clientId={client.id} courseId={course.id} />
      <FormulationEditor
        key={`formulation-${course.id}`}
        courseId={course.id}
        draft={draft}
        saved={formulation}
      />
      <ContractForm
        key={`contract-${course.id}`}
        course={course}
        initial={initialContract}
        saved={contract}
      />
    </Page>
  );
}
