import { useParams } from 'react-router';

import { CoursePrintFrame } from '../../app-model/course-frame';
import { NameReview, useNameReview } from '../../app-model/name-review';
import { formatDay, isIsoDay } from '../../domain/dates';
import type { TreatmentContract } from '../../domain/inventory';
import { RULE_LABEL } from '../../domain/labels';
import { clientLabel } from '../../domain/privacy';
import { usePreferences } from '../../state/preferences';

import './inventory.css';
import { useFormulationInputs } from './use-inventory';

const NO_PEOPLE: readonly { name: string; relationship: string }[] = [];
const day = (d: string | undefined) => (d && isIsoDay(d) ? formatDay(d) : '—');

function ContractOnPaper({ c }: { c: TreatmentContract }) {
  return (
    <dl className="summary">
      <dt>Sessions</dt>
      <dd>{c.sessions}</dd>
      <dt>Last session</dt>
      <dd>{day(c.endDate)}</dd>
      <dt>How often</dt>
      <dd>
        {c.frequency === 'weekly'
          ? 'Weekly'
          : c.frequency === 'fortnightly'
            ? 'Every two weeks'
            : 'Twice a week'}
      </dd>
      <dt>Missed sessions</dt>
      <dd>{RULE_LABEL[c.missedSessionRule]}</dd>
      <dt>Supervision</dt>
      <dd>{c.supervisionConsent ? 'Agreed' : 'Not agreed'}</dd>
      <dt>Recording</dt>
      <dd>{c.recordingConsent ? 'Agreed' : 'Not agreed'}</dd>
      <dt>Contract agreed</dt>
      <dd>{c.agreed ? `Yes, ${day(c.agreedDate)}` : 'Not yet'}</dd>
    </dl>
  );
}

/** The formulation and the contract of one course, on paper. */
function FormulationOnPaper({ courseId }: { courseId: string }) {
  const inputs = useFormulationInputs(courseId);
  const privacy = usePreferences().privacy;
  const source = inputs?.formulation?.text ?? '';
  const review = useNameReview(source, inputs?.people ?? NO_PEOPLE, !privacy.showPeopleNames);
  if (!inputs) return <p role="status">Loading the formulation…</p>;
  const { formulation, contract } = inputs;
  const agreed = formulation?.agreed;
  return (
    <section className="print-page">
      <h2>Formulation</h2>
      <NameReview state={review} source={source} label="the formulation" />
      {formulation ? (
        <p className="formulation-print">{review.text}</p>
      ) : (
        <p>No formulation saved yet.</p>
      )}
      <p>
        Client agreement:{' '}
        {agreed === undefined
          ? 'not recorded'
          : agreed.agreed
            ? `yes, ${day(agreed.date)}`
            : 'not yet'}
      </p>
      <h2>Treatment contract</h2>
      {contract ? <ContractOnPaper c={contract} /> : <p>No contract saved yet.</p>}
    </section>
  );
}

/**
 * The formulation in the therapist's words and the contract, on paper. The text prints as typed;
 * where paper shows roles, each name is marked and replaced only where the therapist chooses.
 */
export function FormulationPrintPage() {
  const { courseId = '' } = useParams();
  const privacy = usePreferences().privacy;
  return (
    <CoursePrintFrame
      courseId={courseId}
      title="Formulation and treatment contract"
      clientText={(v) => clientLabel(v.client, privacy)}
      backTo={(v) => `/courses/${v.course.id}/formulation`}
    >
      {(view) => <FormulationOnPaper courseId={view.course.id} />}
    </CoursePrintFrame>
  );
}
