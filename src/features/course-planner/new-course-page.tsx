import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';

import { checkCourseDraft, planCourse } from '../../domain/course-plan';
import type { Problem } from '../../domain/problems';
import { getClient } from '../../db/clients';
import { currentCourse, listCourses, saveNewCourse } from '../../db/courses';
import { newId, nowIso, todayIso } from '../../state/edge';
import { Notice } from '../../ui/notice';
import { Page } from '../../ui/page';

import { initialForm, toDraft } from './course-draft';
import type { CourseFormState } from './course-draft';
import { FocusFields } from './focus-fields';
import { ScheduleFields } from './schedule-fields';

/** Plans a course: nothing is saved until every field is valid. */
export function NewCoursePage() {
  const { clientId = '' } = useParams();
  const client = useLiveQuery(() => getClient(clientId), [clientId], null);
  const courses = useLiveQuery(() => listCourses(clientId), [clientId]);
  const [form, setForm] = useState<CourseFormState>(() => initialForm(todayIso()));
  const [submitted, setSubmitted] = useState(false);
  const navigate = useNavigate();

  const found = checkCourseDraft(toDraft(form));
  const errors: Problem[] = submitted ? found.filter((p) => p.severity === 'error') : [];
  const warnings = found.filter((p) => p.severity === 'warning');

  if (client === null || courses === undefined) return <p>Loading…</p>;
  if (client === undefined)
    return (
      <Page title="Client not found">
        <Link to="/clients">Back to clients</Link>
      </Page>
    );
  const open = currentCourse(courses);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    const result = planCourse(toDraft(form), { courseId: newId(), clientId, newId }, nowIso());
    if (!result.ok) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    await saveNewCourse(result.value, nowIso());
    await navigate(`/courses/${result.value.course.id}`);
  }

  return (
    <Page title={`New course for ${client.code}`}>
      {open ? (
        <Notice tone="info">
          Saving this course ends the current course (started {open.startDate}); it stays readable.
        </Notice>
      ) : null}
      <form className="form course-form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <ScheduleFields form={form} problems={errors} warnings={warnings} setForm={setForm} />
        <FocusFields form={form} problems={errors} update={(c) => setForm({ ...form, ...c })} />
        {errors.length > 0 ? (
          <Notice tone="danger" live title="The course is not saved yet">
            {errors.length === 1
              ? 'One field needs attention.'
              : `${errors.length} fields need attention.`}
          </Notice>
        ) : null}
        <button type="submit">Plan the course</button>
      </form>
    </Page>
  );
}
