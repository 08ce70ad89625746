import { formatDay } from '../../domain/dates';
import { PHASE_LABEL } from '../../domain/labels';
import { lastAssessmentLine } from '../../domain/measures';
import type { PrintPrivacy } from '../../domain/privacy';
import { clientLabel } from '../../domain/privacy';
import { NameReview, reviewPeople, useTextsReview } from '../name-review';

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

/** The texts on the page that the therapist typed or saved, each printed as they wrote it. */
function typedOnPage(week: WeekAgenda): { texts: string[]; at: (text: string) => number } {
  const texts = [
    ...week.segments.flatMap((s) => [s.title, ...s.content]),
    week.generated.taskToReview?.text ?? '',
    week.saved?.taskSet ?? '',
    week.saved?.notes.trim() ?? '',
  ];
  const first = new Map<string, number>();
  texts.forEach((t, i) => {
    if (!first.has(t)) first.set(t, i);
  });
  return { texts, at: (text) => first.get(text) ?? -1 };
}

/**
 * One week on one page, for the clinician, as the course stood on that date: code not name, the
 * app's own words with people by role, the risk line and the last risk assessment as of that date,
 * the saved agenda, the reminders, the task to set (or the suggestion) and the notes. The
 * therapist's text prints as typed; where paper shows roles, a panel (never printed) marks each
 * name in it and replaces only the occurrences the therapist chooses.
 */
export function PrintAgenda({ data, week, privacy, level }: Props) {
  const typed = typedOnPage(week);
  const names = useTextsReview(
    typed.texts,
    reviewPeople(data.people, data.client, privacy),
    !privacy.showPeopleNames || !privacy.showClientName,
  );
  const paper = (text: string) => {
    const i = typed.at(text);
    return i < 0 ? text : names.printed(i);
  };
  const lastAssessment = lastAssessmentLine(data.flags, week.session.date);
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
    <>
      <NameReview state={names.review} source={names.source} label={`the ${agenda.title} agenda`} />
      <article className="print-page print-agenda" aria-label={agenda.title}>
        <header className="print-agenda__head">
          <Heading>{agenda.title}</Heading>
          <p>
            <strong>Client {clientLabel(data.client, privacy)}</strong> ·{' '}
            {formatDay(week.session.date)} {week.session.time} · {PHASE_LABEL[agenda.phase]} phase
            {agenda.step ? ` (${agenda.step})` : ''} · Focus: {focusText(agenda.focus)}
          </p>
          {week.input.riskFlagOpen ? (
            <p className="print-agenda__risk">Open risk flag — assess today</p>
          ) : null}
          {lastAssessment ? <p className="print-agenda__last-risk">{lastAssessment}.</p> : null}
          <p>{score ?? 'No PHQ-9 on or before this session.'}</p>
          {agenda.reminders.length > 0 ? (
            <ul className="print-agenda__reminders" aria-label="Reminders">
              {agenda.reminders.map((r) => (
                <li key={r.code}>{r.text}</li>
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
                ? `suggested: ${suggestion}`
                : 'none this week'}
          </p>
        </div>
        <div className="print-agenda__notes" aria-label="Space for handwritten notes">
          <p>Notes{notes ? `: ${paper(notes)}` : ''}</p>
        </div>
      </article>
    </>
  );
}
