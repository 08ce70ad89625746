import { useState } from 'react';

import { weeklyDates } from '../../domain/course-plan';
import { formatDay, isIsoDay, weekdayName } from '../../domain/dates';
import { messageFor } from '../../domain/problems';
import type { Problem } from '../../domain/problems';
import { PHASE_LABEL, RULE_LABEL } from '../../domain/labels';
import { MISSED_SESSION_RULES } from '../../domain/types';
import { Field } from '../../ui/field';

import { withLength } from './course-draft';
import type { CourseFormState } from './course-draft';

interface Props {
  form: CourseFormState;
  problems: Problem[];
  warnings: Problem[];
  setForm: (next: CourseFormState) => void;
}

const warn = (warnings: Problem[], field: string) =>
  warnings.find((w) => w.field === field)?.message;

/** When and how often: dates, length, phase boundaries, missed-session rule, holidays. */
export function ScheduleFields({ form, problems, warnings, setForm }: Props) {
  const update = (changes: Partial<CourseFormState>) => setForm({ ...form, ...changes });
  const [holiday, setHoliday] = useState('');
  const [holidayError, setHolidayError] = useState<string>();
  const weekday = isIsoDay(form.startDate)
    ? `Sessions every ${weekdayName(form.startDate)}.`
    : undefined;
  const length = Number(form.length);
  const lastDay =
    isIsoDay(form.startDate) && Number.isInteger(length) && length >= 1 && length <= 20
      ? weeklyDates(form.startDate, length, form.unavailableDates).at(-1)
      : undefined;

  function addHoliday() {
    if (!isIsoDay(holiday)) return setHolidayError('Enter a date that exists.');
    if (!form.unavailableDates.includes(holiday)) {
      update({ unavailableDates: [...form.unavailableDates, holiday].sort() });
    }
    setHoliday('');
    setHolidayError(undefined);
  }

  return (
    <fieldset>
      <legend>Schedule</legend>
      <Field label="First session date" hint={weekday} error={messageFor(problems, 'startDate')}>
        {(ids) => (
          <input
            {...ids}
            type="date"
            value={form.startDate}
            onChange={(e) => update({ startDate: e.target.value })}
          />
        )}
      </Field>
      <Field label="Time" error={messageFor(problems, 'time')}>
        {(ids) => (
          <input
            {...ids}
            type="time"
            value={form.time}
            onChange={(e) => update({ time: e.target.value })}
          />
        )}
      </Field>
      <Field
        label="Number of weekly sessions"
        hint="Standard IPT is 12–16. 8 is brief IPT; 17–20 is an extension."
        error={messageFor(problems, 'length')}
        warning={warn(warnings, 'length')}
      >
        {(ids) => (
          <input
            {...ids}
            type="number"
            inputMode="numeric"
            min={8}
            max={20}
            value={form.length}
            onChange={(e) => setForm(withLength(form, e.target.value))}
          />
        )}
      </Field>
      <Field label="Session length (minutes)" error={messageFor(problems, 'sessionMinutes')}>
        {(ids) => (
          <input
            {...ids}
            type="number"
            inputMode="numeric"
            min={30}
            max={90}
            step={5}
            value={form.sessionMinutes}
            onChange={(e) => update({ sessionMinutes: e.target.value })}
          />
        )}
      </Field>
      {lastDay ? (
        <p className="notice notice--info" aria-live="polite">
          Last session: {formatDay(lastDay)}
          {form.unavailableDates.length > 0 ? ' (unavailable days skipped)' : ''}.
        </p>
      ) : null}
      <BoundaryFields
        form={form}
        problems={problems}
        update={(c) => update({ ...c, boundariesEdited: true })}
      />
      <fieldset>
        <legend>When the client cancels or does not attend</legend>
        {MISSED_SESSION_RULES.map((r) => (
          <label key={r} className="choice">
            <input
              type="radio"
              name="missedSessionRule"
              value={r}
              checked={form.missedSessionRule === r}
              onChange={() => update({ missedSessionRule: r })}
            />{' '}
            {RULE_LABEL[r]}
          </label>
        ))}
        <p className="hint">
          A cancellation by you (or a holiday) always moves the rest of the course out by a week.
        </p>
      </fieldset>
      <fieldset>
        <legend>Days you are unavailable (skipped when planning)</legend>
        <Field label="Unavailable day" error={holidayError}>
          {(ids) => (
            <input
              {...ids}
              type="date"
              value={holiday}
              onChange={(e) => setHoliday(e.target.value)}
            />
          )}
        </Field>
        <button type="button" className="secondary" onClick={addHoliday}>
          Add unavailable day
        </button>
        {form.unavailableDates.length > 0 ? (
          <ul aria-label="Unavailable days">
            {form.unavailableDates.map((d) => (
              <li key={d}>
                {d}{' '}
                <button
                  type="button"
                  className="link"
                  onClick={() =>
                    update({ unavailableDates: form.unavailableDates.filter((x) => x !== d) })
                  }
                >
                  Remove {d}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </fieldset>
    </fieldset>
  );
}

function BoundaryFields({
  form,
  problems,
  update,
}: {
  form: CourseFormState;
  problems: Problem[];
  update: (c: Partial<CourseFormState>) => void;
}) {
  return (
    <fieldset>
      <legend>Phases</legend>
      <p className="hint">
        {PHASE_LABEL.initial} 1–{form.initialEnd}, {PHASE_LABEL.middle.toLowerCase()}{' '}
        {Number(form.initialEnd) + 1}–{form.middleEnd}, {PHASE_LABEL.termination.toLowerCase()}{' '}
        {Number(form.middleEnd) + 1}–{form.length}.
      </p>
      <Field
        label="Last session of the initial phase"
        hint="1–4 sessions"
        error={messageFor(problems, 'initialEnd')}
      >
        {(ids) => (
          <input
            {...ids}
            type="number"
            inputMode="numeric"
            value={form.initialEnd}
            onChange={(e) => update({ initialEnd: e.target.value })}
          />
        )}
      </Field>
      <Field
        label="Last session of the middle phase"
        hint="Termination is the last 2–4 sessions"
        error={messageFor(problems, 'middleEnd')}
      >
        {(ids) => (
          <input
            {...ids}
            type="number"
            inputMode="numeric"
            value={form.middleEnd}
            onChange={(e) => update({ middleEnd: e.target.value })}
          />
        )}
      </Field>
    </fieldset>
  );
}
