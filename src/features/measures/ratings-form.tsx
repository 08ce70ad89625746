import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';

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
import { getRatings, mechanismRatingsOn, saveRatings, setMechanismRatings } from '../../db/ratings';
import type { SessionRatings } from '../../db/ratings';
import { nowIso } from '../../state/edge';
import { Field } from '../../ui/field';
import { Notice } from '../../ui/notice';

interface Props {
  course: Course;
  session: Session;
}

/** Optional 0–10 ratings for this session: each goal, and the mechanisms when switched on. */
export function RatingsForm({ course, session }: Props) {
  const saved = useLiveQuery(async () => (await getRatings(session.id)) ?? null, [session.id]);
  const on = useLiveQuery(() => mechanismRatingsOn(course.id), [course.id]);
  const [done, setDone] = useState('');
  if (saved === undefined || on === undefined) return null;
  return (
    <section className="card" aria-labelledby="ratings-title">
      <h2 id="ratings-title">Ratings (optional)</h2>
      <label className="choice">
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => void setMechanismRatings(course.id, e.target.checked)}
        />{' '}
        Rate the four mechanisms in this course
      </label>
      <Editor
        key={saved?.updatedAt ?? 'new'}
        course={course}
        session={session}
        saved={saved}
        on={on}
        onDone={setDone}
      />
      {done ? (
        <Notice tone="success" live>
          {done}
        </Notice>
      ) : null}
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
  onDone,
}: Props & { saved: SessionRatings | null; on: boolean; onDone: (text: string) => void }) {
  const [goals, setGoals] = useState(course.goals.map((_, i) => text(saved?.goals[i])));
  const [mech, setMech] = useState<Record<Mechanism, string>>(
    Object.fromEntries(MECHANISMS.map((m) => [m, text(saved?.mechanisms[m])])) as Record<
      Mechanism,
      string
    >,
  );
  const [problems, setProblems] = useState<Problem[]>([]);

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
    onDone('');
    if (found.length > 0) return;
    await saveRatings({
      id: session.id,
      courseId: course.id,
      sessionId: session.id,
      goals: goalValues,
      mechanisms: on ? mechValues : (saved?.mechanisms ?? {}),
      updatedAt: nowIso(),
    });
    onDone('Ratings saved.');
  }

  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
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
      <button type="submit">Save ratings</button>
    </form>
  );
}
