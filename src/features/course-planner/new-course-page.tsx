import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';

import { CommandStatus } from '../../app-model/command-status';
import { planNewCourse } from '../../app-model/commands/courses';
import { UnsavedPrompt, useUnsavedGuard } from '../../app-model/unsaved-guard';
import { useCommand } from '../../app-model/use-command';
import { checkCourseDraft } from '../../domain/course-plan';
import { formatDay } from '../../domain/dates';
import type { Problem } from '../../domain/problems';
import { getClient } from '../../db/clients';
import { currentCourse, listCourses } from '../../db/courses';
import { todayIso } from '../../state/edge';
import { Notice } from '../../ui/notice';
import { Page } from '../../ui/page';

import { initialForm, toDraft } from './course-draft';
import type { CourseFormState } from './course-draft';
import { FocusFields } from './focus-fields';
import { ScheduleFields } from './schedule-fields';

/** The form's state, what it started as, and the guard that keeps it while unsaved. */
function useCourseForm() {
  const [start] = useState<CourseFormState>(() => initialForm(todayIso()));
  const [form, setForm] = useState<CourseFormState>(start);
  const [plannedId, setPlannedId] = useState<string>();
  const dirty = plannedId === undefined && JSON.stringify(form) !== JSON.stringify(start);
  const blocker = useUnsavedGuard(dirty);
  return { form, setForm, plannedId, setPlannedId, blocker };
}

/** Plans a course: nothing is saved until every field is valid. */
export function NewCoursePage() {
  const { clientId = '' } = useParams();
  const client = useLiveQuery(() => getClient(clientId), [clientId], null);
  const courses = useLiveQuery(() => listCourses(clientId), [clientId]);
  const { form, setForm, plannedId, setPlannedId, blocker } = useCourseForm();
  const [submitted, setSubmitted] = useState(false);
  const navigate = useNavigate();
  const plan = useCommand(planNewCourse, { done: 'Course planned', onDone: setPlannedId });
  // Leave once the guard has seen the form saved (a navigation in onDone would be blocked).
  useEffect(() => {
    // A failed navigation reaches the app's escaped-error alert.
    if (plannedId) navigate(`/courses/${plannedId}`);
  }, [plannedId, navigate]);

  const found = checkCourseDraft(toDraft(form));
  const errors: Problem[] = submitted ? found.filter((p) => p.severity === 'error') : [];
  const warnings = found.filter((p) => p.severity === 'warning');

  if (client === null || courses === undefined) return <p role="status">Loading the client…</p>;
  if (client === undefined)
    return (
      <Page title="Client not found">
        <Link to="/clients">Back to clients</Link>
      </Page>
    );
  const open = currentCourse(courses);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (found.some((p) => p.severity === 'error')) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return undefined;
    }
    return plan.run(clientId, toDraft(form));
  }

  return (
    <Page title={`New course for ${client.code}`}>
      {open ? (
        <Notice tone="info">
          Saving this course ends the current course (started {formatDay(open.startDate)}); it stays
          readable.
        </Notice>
      ) : null}
      <UnsavedPrompt blocker={blocker} what="the new course" />
      <form className="form course-form" onSubmit={onSubmit} noValidate>
        <ScheduleFields form={form} problems={errors} warnings={warnings} setForm={setForm} />
        <FocusFields
          form={form}
          problems={errors}
          update={(c) => setForm({ ...form, ...c })}
          clientName={client.fullName}
        />
        {errors.length > 0 ? (
          <Notice tone="danger" live title="The course is not saved yet">
            {errors.length === 1
              ? 'One field needs attention.'
              : `${errors.length} fields need attention.`}
          </Notice>
        ) : null}
        <button type="submit" disabled={plan.pending || plannedId !== undefined}>
          Plan the course
        </button>
        <CommandStatus status={plan.status} />
      </form>
    </Page>
  );
}
