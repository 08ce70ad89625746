import { useState } from 'react';
import type { FormEvent } from 'react';

import { checkBoundaries } from '../../domain/course-plan';
import { messageFor } from '../../domain/problems';
import type { Problem } from '../../domain/problems';
import type { Course } from '../../domain/types';
import { updateCourse } from '../../db/courses';
import { Field } from '../../ui/field';
import { Notice } from '../../ui/notice';

/** Edits where the phases begin and end for this course, within IPT's limits. */
export function BoundariesForm({ course }: { course: Course }) {
  const [initialEnd, setInitialEnd] = useState(String(course.boundaries.initialEnd));
  const [middleEnd, setMiddleEnd] = useState(String(course.boundaries.middleEnd));
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const b = {
      initialEnd: Number.parseInt(initialEnd, 10),
      middleEnd: Number.parseInt(middleEnd, 10),
    };
    const found = checkBoundaries(course.length, b);
    setProblems(found);
    setSaved(false);
    if (found.length > 0) return;
    await updateCourse(course.id, { boundaries: b });
    setSaved(true);
  }

  return (
    <form
      className="card form"
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-labelledby="phases-title"
    >
      <h2 id="phases-title">Phase boundaries</h2>
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
            value={initialEnd}
            onChange={(e) => setInitialEnd(e.target.value)}
          />
        )}
      </Field>
      <Field
        label="Last session of the middle phase"
        hint={`Termination is the last 2–4 of ${course.length} sessions`}
        error={messageFor(problems, 'middleEnd')}
      >
        {(ids) => (
          <input
            {...ids}
            type="number"
            inputMode="numeric"
            value={middleEnd}
            onChange={(e) => setMiddleEnd(e.target.value)}
          />
        )}
      </Field>
      <button type="submit">Save phases</button>
      {saved ? (
        <Notice tone="success" live>
          Phases saved.
        </Notice>
      ) : null}
    </form>
  );
}
