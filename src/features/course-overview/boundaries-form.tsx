import { useState } from 'react';
import type { FormEvent } from 'react';

import { CommandStatus } from '../../app-model/command-status';
import { saveBoundaries } from '../../app-model/commands/courses';
import { UnsavedPrompt, useUnsavedGuard } from '../../app-model/unsaved-guard';
import { useCommand } from '../../app-model/use-command';
import { checkBoundaries } from '../../domain/course-rules';
import { messageFor } from '../../domain/problems';
import type { Problem } from '../../domain/problems';
import type { Course } from '../../domain/types';
import { Field } from '../../ui/field';

/** Edits where the phases begin and end for this course, within IPT's limits. */
export function BoundariesForm({ course }: { course: Course }) {
  const [initialEnd, setInitialEnd] = useState(String(course.boundaries.initialEnd));
  const [middleEnd, setMiddleEnd] = useState(String(course.boundaries.middleEnd));
  const [problems, setProblems] = useState<Problem[]>([]);
  const save = useCommand(saveBoundaries, { done: 'Phases saved' });
  const dirty =
    initialEnd !== String(course.boundaries.initialEnd) ||
    middleEnd !== String(course.boundaries.middleEnd);
  const blocker = useUnsavedGuard(dirty);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const b = {
      initialEnd: Number.parseInt(initialEnd, 10),
      middleEnd: Number.parseInt(middleEnd, 10),
    };
    const found = checkBoundaries(course.length, b);
    setProblems(found);
    save.reset();
    if (found.length > 0) return undefined;
    return save.run(course, b);
  }

  return (
    <form className="card form" onSubmit={onSubmit} noValidate aria-labelledby="phases-title">
      <h2 id="phases-title">Phase boundaries</h2>
      <UnsavedPrompt blocker={blocker} what="the phase boundaries" />
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
      <button type="submit" disabled={save.pending}>
        Save phases
      </button>
      <CommandStatus status={save.status} />
    </form>
  );
}
