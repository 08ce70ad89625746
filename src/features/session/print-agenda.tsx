import { formatDay } from '../../domain/dates';
import { PHASE_LABEL } from '../../domain/labels';
import type { PrintPrivacy } from '../../domain/privacy';
import { clientLabel, redactNames } from '../../domain/privacy';

import { OUTCOME_TEXT } from './task-review';
import type { CourseAgendaData } from './use-agenda-data';
import type { WeekAgenda } from './week-agenda';
import { focusText, phq9Line } from './week-agenda';

interface Props {
  data: CourseAgendaData;
  week: WeekAgenda;
  privacy: PrintPrivacy;
  /** The page's heading level: 1 for a single week, 2 inside the packet. */
  level: 1 | 2;
}

/** One week on one page, for the clinician: code not name, people by role, the saved agenda. */
export function PrintAgenda({ data, week, privacy, level }: Props) {
  const paper = (text: string) => redactNames(text, data.people, privacy);
  const agenda = week.generated;
  const score = phq9Line(data);
  const Heading = level === 1 ? 'h1' : 'h2';
  const review = week.generated.taskToReview;
  const outcome = week.saved?.taskReview;
  return (
    <article className="print-page print-agenda" aria-label={agenda.title}>
      <header className="print-agenda__head">
        <Heading>{agenda.title}</Heading>
        <p>
          <strong>Client {clientLabel(data.client, privacy)}</strong> ·{' '}
          {formatDay(week.session.date)} {week.session.time} · {PHASE_LABEL[agenda.phase]} phase ·
          Focus: {paper(focusText(agenda.focus))}
        </p>
        {data.openFlags.length > 0 ? (
          <p className="print-agenda__risk">Open risk flag — assess today</p>
        ) : null}
        {score ? <p>{score}</p> : null}
      </header>
      <ol className="print-agenda__segments">
        {week.segments.map((s, i) => (
          <li key={`${s.id}-${i}`} className="segment">
            <strong>{paper(s.title)}</strong>{' '}
            <span className="print-agenda__min">{s.minutes} min</span>
            {s.content.length > 0 ? (
              <ul>
                {s.content.map((line, j) => (
                  <li key={j}>{paper(line)}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
      <div className="print-agenda__tasks">
        <p>
          <strong>Task to review:</strong> {review ? `“${paper(review.text)}”` : 'none recorded'}
          {outcome
            ? ` — ${OUTCOME_TEXT[outcome.outcome].toLowerCase()}`
            : ' — done / partly / not done / overtaken'}
        </p>
        <p>
          <strong>Task to set:</strong>{' '}
          {week.saved?.taskSet ? `“${paper(week.saved.taskSet)}”` : ''}
        </p>
      </div>
      <div className="print-agenda__notes" aria-label="Space for handwritten notes">
        <p>Notes</p>
      </div>
    </article>
  );
}
