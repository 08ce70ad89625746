import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';

import type { CourseView } from '../../domain/course-view';
import { scoredMeasures } from '../../domain/measures';
import { nextStep } from '../../domain/next-step';
import { listSavedAgendas } from '../../db/agendas';
import { listWriteUps } from '../../db/writeups';

/** The agendas and write-ups of the course (the view holds the rest), read live. */
async function readExtras(courseId: string) {
  const [agendas, writeUps] = await Promise.all([
    listSavedAgendas(courseId),
    listWriteUps(courseId),
  ]);
  return { agendaSessionIds: new Set(agendas.map((a) => a.sessionId)), writeUps };
}

/** What to do next on this course: the session in focus, its agenda and PHQ-9, earlier write-ups. */
export function NextStepNotice({ view }: { view: CourseView }) {
  const courseId = view.course.id;
  const extras = useLiveQuery(() => readExtras(courseId), [courseId]);
  if (!extras) return null;
  const step = nextStep({
    sessions: view.sessions,
    length: view.course.length,
    today: view.today,
    agendaSessionIds: extras.agendaSessionIds,
    phq9Dates: scoredMeasures(view.measures, courseId, 'phq9').map((m) => m.date),
    writeUps: extras.writeUps,
  });
  const rest = step.items.length > 0 ? `: ${step.items.join(', ')}` : '';
  return (
    <section className="next-step no-print" aria-labelledby="next-step-title">
      <h2 id="next-step-title" className="visually-hidden">
        Next step
      </h2>
      <p>
        <strong>{step.heading}</strong>
        {rest}.
      </p>
      {step.focus ? (
        <p className="next-step__links">
          <Link to={`/courses/${courseId}/sessions/${step.focus.id}`}>Open the agenda</Link>
          <Link to={`/courses/${courseId}/sessions/${step.focus.id}/measures`}>
            Record measures
          </Link>
        </p>
      ) : null}
    </section>
  );
}
