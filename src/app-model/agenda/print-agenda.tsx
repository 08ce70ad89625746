import { formatDay } from '../../domain/dates';
import { PHASE_LABEL } from '../../domain/labels';
import type { PrintPrivacy } from '../../domain/privacy';
import { clientLabel, redactNames } from '../../domain/privacy';

import type { CourseAgendaData } from './agenda-data';
import './print-agenda.css';
import type { WeekAgenda } from './week-agenda';
import {
  focusText,
  mechanismMinutesText,
  mechanismsText,
  OUTCOME_TEXT,
  phq9Line,
} from './week-agenda';

interface Props {
  data: CourseAgendaData;
  week: WeekAgenda;
  privacy: PrintPrivacy;
  /** The page's heading level: 1 for a single week, 2 inside the packet. */
  level: 1 | 2;
}

/**
 * One week on one page, for the clinician, as the course stood on that date: code not name,
 * people by role, the saved agenda, the reminders, the task to set (or the suggestion) and the notes.
 */
export function PrintAgenda({ data, week, privacy, level }: Props) {
  const paper = (text: string) => redactNames(text, data.people, privacy);
  const agenda = week.generated;
  const score = phq9Line(data, week.session.date);
  const Heading = level === 1 ? 'h1' : 'h2';
  const review = agenda.taskToReview;
  const outcome = week.saved?.taskReview;
  const taskSet = week.saved?.taskSet;
  const suggestion = agenda.taskToSet.afterOutcome?.[0] ?? agenda.taskToSet.suggestions[0];
  const notes = week.saved?.notes.trim();
  const weighed = mechanismMinutesText(agenda.mechanismMinutes);
  return (
    <article className="print-page print-agenda" aria-label={agenda.title}>
      <header className="print-agenda__head">
        <Heading>{agenda.title}</Heading>
        <p>
          <strong>Client {clientLabel(data.client, privacy)}</strong> ·{' '}
          {formatDay(week.session.date)} {week.session.time} · {PHASE_LABEL[agenda.phase]} phase
          {agenda.step ? ` (${agenda.step})` : ''} · Focus: {paper(focusText(agenda.focus))}
        </p>
        {week.input.riskFlagOpen ? (
          <p className="print-agenda__risk">Open risk flag — assess today</p>
        ) : null}
        <p>{score ?? 'No PHQ-9 on or before this session.'}</p>
        {agenda.reminders.length > 0 ? (
          <ul className="print-agenda__reminders" aria-label="Reminders">
            {agenda.reminders.map((r) => (
              <li key={r.code}>{paper(r.text)}</li>
            ))}
          </ul>
        ) : null}
      </header>
      <ol className="print-agenda__segments">
        {week.segments.map((s, i) => (
          <li key={`${s.id}-${i}`} className="segment">
            <strong>{paper(s.title)}</strong>{' '}
            <span className="print-agenda__min">
              {s.minutes} min{s.mechanisms.length > 0 ? ` · ${mechanismsText(s.mechanisms)}` : ''}
            </span>
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
        {weighed ? <p className="print-agenda__weighed">{weighed}</p> : null}
        <p>
          <strong>Task to review:</strong> {review ? `“${paper(review.text)}”` : 'none recorded'}
          {outcome && review
            ? ` — ${OUTCOME_TEXT[outcome.outcome].toLowerCase()}`
            : review
              ? ' — done / partly / not done / overtaken'
              : ''}
        </p>
        <p>
          <strong>Task to set:</strong>{' '}
          {taskSet
            ? `“${paper(taskSet)}”`
            : suggestion
              ? `suggested: ${paper(suggestion)}`
              : 'none this week'}
        </p>
      </div>
      <div className="print-agenda__notes" aria-label="Space for handwritten notes">
        <p>Notes{notes ? `: ${paper(notes)}` : ''}</p>
      </div>
    </article>
  );
}
