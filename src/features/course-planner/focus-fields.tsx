import { emphasisAdvice, secondAreaAdvice } from '../../domain/agenda/course-advice';
import { goalVoiceWarnings } from '../../domain/documents/person-voice';
import { messageFor } from '../../domain/problems';
import type { Problem } from '../../domain/problems';
import { AREA_LABEL, MECHANISM_LABEL, STAGE_HINT, STAGE_LABEL } from '../../domain/labels';
import { DISPUTE_STAGES, MECHANISMS, PROBLEM_AREAS } from '../../domain/types';
import type { Mechanism, ProblemArea } from '../../domain/types';
import { Field } from '../../ui/field';

import { toDraft } from './course-draft';
import type { CourseFormState } from './course-draft';

interface Props {
  form: CourseFormState;
  problems: Problem[];
  update: (changes: Partial<CourseFormState>) => void;
  /** The client's recorded name, so a goal opening with it is seen as written about them. */
  clientName?: string | undefined;
}

/** Problem areas, dispute stage, goals and mechanisms: the clinical focus of the course. */
export function FocusFields({ form, problems, update, clientName }: Props) {
  const isDispute = form.primaryArea === 'role-dispute' || form.secondaryArea === 'role-dispute';
  const stageError = messageFor(problems, 'disputeStage');
  const goalsError = messageFor(problems, 'goals');
  const draft = toDraft(form);
  // Goals go into client handouts as typed, addressed as "you": say so, never rewrite them.
  const voice = goalVoiceWarnings(form.goals, clientName);
  const secondWarning = draft.boundaries
    ? secondAreaAdvice(
        { length: draft.length, boundaries: draft.boundaries },
        form.secondaryArea || undefined,
      )
    : undefined;
  return (
    <fieldset>
      <legend>Focus</legend>
      <p className="hint">
        Your clinical judgement decides the focus; these choices shape the agendas.
      </p>
      <Field label="Primary problem area" error={messageFor(problems, 'primaryArea')}>
        {(ids) => (
          <select
            {...ids}
            value={form.primaryArea}
            onChange={(e) => update({ primaryArea: e.target.value as ProblemArea | '' })}
          >
            <option value="">Choose…</option>
            {PROBLEM_AREAS.map((a) => (
              <option key={a} value={a}>
                {AREA_LABEL[a]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label="Second problem area (optional)"
        error={messageFor(problems, 'secondaryArea')}
        warning={secondWarning}
      >
        {(ids) => (
          <select
            {...ids}
            value={form.secondaryArea}
            onChange={(e) => update({ secondaryArea: e.target.value as ProblemArea | '' })}
          >
            <option value="">None</option>
            {PROBLEM_AREAS.map((a) => (
              <option key={a} value={a}>
                {AREA_LABEL[a]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {form.primaryArea === 'interpersonal-deficits' ||
      form.secondaryArea === 'interpersonal-deficits' ? (
        <p className="notice notice--info">
          Outcomes are weaker in this area in trials. If the client is not improving, consider
          medication or another treatment; the agendas bring the review forward.
        </p>
      ) : null}
      {isDispute ? (
        <fieldset aria-describedby={stageError ? 'stage-error' : undefined}>
          <legend>Stage of the role dispute</legend>
          {DISPUTE_STAGES.map((s) => (
            <label key={s} className="choice">
              <input
                type="radio"
                name="disputeStage"
                value={s}
                checked={form.disputeStage === s}
                onChange={() => update({ disputeStage: s })}
              />{' '}
              {STAGE_LABEL[s]} <span className="muted">({STAGE_HINT[s]})</span>
            </label>
          ))}
          {stageError ? (
            <p className="field__error" id="stage-error" role="alert">
              {stageError}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      <fieldset aria-describedby={goalsError ? 'goals-error' : undefined}>
        <legend>Goals (one to three, in your words)</legend>
        {form.goals.map((goal, i) => (
          <Field key={i} label={`Goal ${i + 1}${i === 0 ? '' : ' (optional)'}`} warning={voice[i]}>
            {(ids) => (
              <input
                {...ids}
                value={goal}
                onChange={(e) => {
                  const goals = [...form.goals] as CourseFormState['goals'];
                  goals[i] = e.target.value;
                  update({ goals });
                }}
              />
            )}
          </Field>
        ))}
        {goalsError ? (
          <p className="field__error" id="goals-error" role="alert">
            {goalsError}
          </p>
        ) : null}
      </fieldset>
      <MechanismFields form={form} update={update} />
    </fieldset>
  );
}

/** The emphasis of an area that cannot serve it, or undefined (checked against both areas). */
function adviceFor(form: CourseFormState, m: Mechanism): string | undefined {
  if (!form.primaryArea || !form.mechanisms.includes(m)) return undefined;
  const stage = form.disputeStage || undefined;
  const primary = emphasisAdvice(form.primaryArea, stage, m);
  const second = form.secondaryArea ? emphasisAdvice(form.secondaryArea, stage, m) : 'none';
  return primary && second ? primary : undefined;
}

function MechanismFields({ form, update }: Pick<Props, 'form' | 'update'>) {
  return (
    <fieldset>
      <legend>Mechanisms to emphasise (optional)</legend>
      {MECHANISMS.map((m) => {
        const advice = adviceFor(form, m);
        const id = `emphasis-${m}-advice`;
        return (
          <div key={m}>
            <label className="choice">
              <input
                type="checkbox"
                checked={form.mechanisms.includes(m)}
                aria-describedby={advice ? id : undefined}
                onChange={(e) =>
                  update({ mechanisms: toggle(form.mechanisms, m, e.target.checked) })
                }
              />{' '}
              {MECHANISM_LABEL[m]}
            </label>
            {advice ? (
              <p className="field__warning" id={id}>
                {advice}
              </p>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}

function toggle(list: Mechanism[], item: Mechanism, on: boolean): Mechanism[] {
  return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
}
