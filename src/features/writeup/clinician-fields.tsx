import { messageFor } from '../../domain/problems';
import type { Problem } from '../../domain/problems';
import type { WriteUpFields } from '../../domain/writeup';
import { Field } from '../../ui/field';

interface Props {
  fields: WriteUpFields;
  onChange: (fields: WriteUpFields) => void;
  errors: readonly Problem[];
}

type TextKey = 'startTime' | 'endTime' | 'clinicianAssessment' | 'plan';

/** Start and end time, and the therapist's assessment and plan in their own words. */
export function ClinicianFields({ fields, onChange, errors }: Props) {
  const set = (key: TextKey, value: string) => {
    const next = { ...fields, [key]: value };
    if (value === '') delete next[key];
    onChange(next);
  };
  return (
    <>
      <section className="writeup-section" aria-labelledby="times-title">
        <h2 id="times-title">Time</h2>
        <div className="writeup-numbers">
          {(['startTime', 'endTime'] as const).map((key) => (
            <Field
              key={key}
              label={key === 'startTime' ? 'Start time' : 'End time'}
              hint="HH:MM, 24-hour."
              error={messageFor(errors, key)}
            >
              {(ids) => (
                <input
                  {...ids}
                  inputMode="numeric"
                  placeholder="09:00"
                  value={fields[key] ?? ''}
                  onChange={(e) => set(key, e.target.value)}
                />
              )}
            </Field>
          ))}
        </div>
      </section>
      <section className="writeup-section" aria-labelledby="assessment-title">
        <h2 id="assessment-title">Your assessment and plan</h2>
        <Field
          label="Clinician’s assessment"
          hint="Your view of the session and the client’s progress, in your words."
        >
          {(ids) => (
            <textarea
              {...ids}
              rows={3}
              value={fields.clinicianAssessment ?? ''}
              onChange={(e) => set('clinicianAssessment', e.target.value)}
            />
          )}
        </Field>
        <Field label="Plan" hint="What happens next, beyond the task.">
          {(ids) => (
            <textarea
              {...ids}
              rows={2}
              value={fields.plan ?? ''}
              onChange={(e) => set('plan', e.target.value)}
            />
          )}
        </Field>
      </section>
    </>
  );
}
