import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';

import { CommandStatus } from '../../app-model/command-status';
import { saveSessionRatings, switchMechanismRatings } from '../../app-model/commands/measures';
import { useCommand } from '../../app-model/use-command';
import type { Command } from '../../app-model/use-command';

import { MECHANISM_LABEL } from '../../domain/labels';
import {
  checkGoalRatings,
  checkMechanismRatings,
  GOAL_RATINGS_NOTE,
  MECHANISM_RATINGS_NOTE,
  ratingDirection,
} from '../../domain/measures';
import type { Problem } from '../../domain/problems';
import { messageFor } from '../../domain/problems';
import { MECHANISMS } from '../../domain/types';
import type { Course, Mechanism, Session } from '../../domain/types';
import { getRatings, mechanismRatingsOn } from '../../db/ratings';
import type { SessionRatings } from '../../db/ratings';
import { Field } from '../../ui/field';

interface Props {
  course: Course;
  session: Session;
  /** Whether the ratings typed differ from those stored, for the unsaved-changes guard. */
  onDirty?: (dirty: boolean) => void;
}

type SaveRatings = Command<[Omit<SessionRatings, 'updatedAt'>]>;

/** Optional 0–10 ratings for this session: each goal, and the mechanisms when switched on. */
export function RatingsForm({ course, session, onDirty }: Props) {
  const saved = useLiveQuery(async () => (await getRatings(session.id)) ?? null, [session.id]);
  const on = useLiveQuery(() => mechanismRatingsOn(course.id), [course.id]);
  const save = useCommand(saveSessionRatings, { done: 'Ratings saved' });
  const toggle = useCommand(switchMechanismRatings, {
    done: (now) => (now ? 'Mechanism ratings switched on' : 'Mechanism ratings switched off'),
  });
  if (saved === undefined || on === undefined) return null;
  return (
    <section className="card" aria-labelledby="ratings-title">
      <h2 id="ratings-title">Ratings (optional)</h2>
      <label className="choice">
        <input
          type="checkbox"
          checked={on}
          disabled={toggle.pending}
          onChange={(e) => toggle.run(course.id, e.target.checked)}
        />{' '}
        Rate the four mechanisms in this course
      </label>
      <CommandStatus status={toggle.status} />
      <Editor
        key={saved?.updatedAt ?? 'new'}
        course={course}
        session={session}
        saved={saved}
        on={on}
        save={save}
        {...(onDirty ? { onDirty } : {})}
      />
      <CommandStatus status={save.status} />
    </section>
  );
}

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
const parse = (s: string): number | null => (s.trim() === '' ? null : Number(s));

function Editor({
  course,
  session,
  saved,
  on,
  save,
  onDirty,
}: Props & { saved: SessionRatings | null; on: boolean; save: SaveRatings }) {
  const [goals, setGoals] = useState(course.goals.map((_, i) => text(saved?.goals[i])));
  const [mech, setMech] = useState<Record<Mechanism, string>>(
    Object.fromEntries(MECHANISMS.map((m) => [m, text(saved?.mechanisms[m])])) as Record<
      Mechanism,
      string
    >,
  );
  const [problems, setProblems] = useState<Problem[]>([]);
  const dirty =
    goals.some((g, i) => g !== text(saved?.goals[i])) ||
    (on && MECHANISMS.some((m) => mech[m] !== text(saved?.mechanisms[m])));
  useEffect(() => {
    onDirty?.(dirty);
  }, [dirty, onDirty]);
  useEffect(() => () => onDirty?.(false), [onDirty]);

  async function onSubmit() {
    const goalValues = goals.map(parse);
    const mechValues: Partial<Record<Mechanism, number>> = {};
    if (on) {
      for (const m of MECHANISMS) {
        const v = parse(mech[m]);
        if (v !== null) mechValues[m] = v;
      }
    }
    const found = [...checkGoalRatings(goalValues), ...checkMechanismRatings(mechValues)];
    setProblems(found);
    save.reset();
    if (found.length > 0) return;
    await save.run({
      id: session.id,
      courseId: course.id,
      sessionId: session.id,
      goals: goalValues,
      mechanisms: on ? mechValues : (saved?.mechanisms ?? {}),
    });
  }

  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        return onSubmit();
      }}
    >
      <p className="hint">{GOAL_RATINGS_NOTE}</p>
      {course.goals.map((goal, i) => (
        <Field
          key={goal}
          label={`Goal ${i + 1}: ${goal} (0–10)`}
          error={messageFor(problems, `goal-${i + 1}`)}
        >
          {(ids) => (
            <input
              {...ids}
              type="number"
              inputMode="numeric"
              min={0}
              max={10}
              step={1}
              value={goals[i]}
              onChange={(e) => setGoals(goals.map((g, j) => (j === i ? e.target.value : g)))}
            />
          )}
        </Field>
      ))}
      {on ? (
        <fieldset>
          <legend>Mechanism ratings, as you observed them (0–10)</legend>
          <p className="hint">{MECHANISM_RATINGS_NOTE}</p>
          {MECHANISMS.map((m) => (
            <Field
              key={m}
              label={`${MECHANISM_LABEL[m]} (0–10)`}
              hint={
                ratingDirection(m) === 'lower-is-better'
                  ? 'Rate the interpersonal stress itself: lower is better.'
                  : 'Higher is better.'
              }
              error={messageFor(problems, `mechanism-${m}`)}
            >
              {(ids) => (
                <input
                  {...ids}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={10}
                  step={1}
                  value={mech[m]}
                  onChange={(e) => setMech({ ...mech, [m]: e.target.value })}
                />
              )}
            </Field>
          ))}
        </fieldset>
      ) : null}
      <button type="submit" disabled={save.pending}>
        Save ratings
      </button>
    </form>
  );
}
