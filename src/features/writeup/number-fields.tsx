import { Field } from '../../ui/field';
import type { FieldIds } from '../../ui/field';

import type { NumberTexts } from './numbers';

interface Props {
  texts: NumberTexts;
  onChange: (texts: NumberTexts) => void;
  errors: Partial<Record<keyof NumberTexts, string | undefined>>;
  measured?: { phq9: boolean; gad7: boolean };
  disabled?: boolean;
}

/** Minutes and score totals, each refused at its field when out of range. */
export function NumberFields({ texts, onChange, errors, measured, disabled = false }: Props) {
  const input = (key: keyof NumberTexts, max: number, min = 0) =>
    function NumberInput(ids: FieldIds) {
      return (
        <input
          {...ids}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          disabled={disabled}
          value={texts[key]}
          onChange={(e) => onChange({ ...texts, [key]: e.target.value })}
        />
      );
    };
  return (
    <div className="writeup-numbers">
      <Field label="Minutes" hint="The session’s actual length, 1–180." error={errors.minutes}>
        {input('minutes', 180, 1)}
      </Field>
      <Field
        label="PHQ-9 total"
        hint={
          measured?.phq9
            ? 'From the PHQ-9 taken in session.'
            : 'Enter a total 0–27, or leave blank.'
        }
        error={errors.phq9}
      >
        {input('phq9', 27)}
      </Field>
      <Field
        label="GAD-7 total"
        hint={
          measured?.gad7
            ? 'From the GAD-7 taken in session.'
            : 'Enter a total 0–21, or leave blank.'
        }
        error={errors.gad7}
      >
        {input('gad7', 21)}
      </Field>
    </div>
  );
}
