import { formatDay } from '../../domain/dates';
import { MECHANISM_LABEL } from '../../domain/labels';
import { PHQ9, ratingDirection } from '../../domain/measures';
import type { Measure } from '../../domain/measures';
import { MECHANISMS } from '../../domain/types';
import type { Course, Session } from '../../domain/types';
import type { SessionRatings } from '../../db/ratings';

import type { ScoreLine } from './use-progress';

const pct = (n: number | undefined) =>
  n === undefined ? '—' : `${n > 0 ? '+' : n < 0 ? '−' : ''}${Math.abs(n)}%`;

const COLUMNS = [
  'Session',
  'Date',
  'PHQ-9',
  'Band',
  'Change from baseline',
  'Response',
  'GAD-7',
  'Flags',
] as const;

/** The same numbers as the chart, as a table: each score as it stood on its day. */
export function ProgressTable({ lines }: { lines: ScoreLine[] }) {
  if (lines.length === 0) return <p>No complete PHQ-9 in this course yet.</p>;
  return (
    <table className="data-table stack-table" aria-label="PHQ-9 by session">
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {lines.map(({ summary: s, ...r }) => (
          <tr key={s.measure.id}>
            <th scope="row" data-label="Session">
              {r.sessionNumber ?? '—'}
            </th>
            <td data-label="Date">{formatDay(s.measure.date)}</td>
            <td data-label="PHQ-9">{s.measure.total}</td>
            <td data-label="Band">{s.bandLabel}</td>
            <td data-label="Change from baseline">
              {s.isBaseline ? 'Baseline' : s.change ? pct(s.change.percentChange) : '—'}
            </td>
            <td data-label="Response">{r.status}</td>
            <td data-label="GAD-7">{r.gad7?.total ?? '—'}</td>
            <td data-label="Flags">
              {r.flags.length === 0
                ? 'None'
                : r.flags.map((f) => (f.status === 'open' ? 'Open' : 'Acknowledged')).join(', ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The item answers of one questionnaire, for the point chosen on the chart. */
export function ItemAnswers({ measure }: { measure: Measure }) {
  const options = PHQ9.options;
  return (
    <ol>
      {measure.answers.map((a, i) => (
        <li key={i}>
          {measure.kind === 'phq9' ? PHQ9.items[i] : `Item ${i + 1}`}:{' '}
          <strong>{a === null ? 'no answer' : `${options[a]?.label ?? a} (${a})`}</strong>
        </li>
      ))}
    </ol>
  );
}

interface RatingsProps {
  course: Course;
  sessions: Session[];
  ratings: SessionRatings[];
  mechanismsOn: boolean;
}

/** Goal ratings (and mechanism ratings when on) across the weeks. */
export function RatingsTables({ course, sessions, ratings, mechanismsOn }: RatingsProps) {
  const rated = sessions
    .filter((s) => s.number !== null)
    .flatMap((s) => {
      const r = ratings.find((x) => x.sessionId === s.id);
      return r ? [{ s, r }] : [];
    });
  if (rated.length === 0) return <p>No goal ratings yet.</p>;
  return (
    <>
      <table className="data-table" aria-label="Goal ratings by session (0–10)">
        <thead>
          <tr>
            <th scope="col">Session</th>
            {course.goals.map((g, i) => (
              <th key={g} scope="col">
                Goal {i + 1}: {g}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rated.map(({ s, r }) => (
            <tr key={s.id}>
              <th scope="row">{s.number}</th>
              {course.goals.map((g, i) => (
                <td key={g}>{r.goals[i] ?? '—'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {mechanismsOn ? (
        <table className="data-table" aria-label="Mechanism ratings by session (0–10)">
          <thead>
            <tr>
              <th scope="col">Session</th>
              {MECHANISMS.map((m) => (
                <th key={m} scope="col">
                  {MECHANISM_LABEL[m]}
                  {ratingDirection(m) === 'lower-is-better' ? ' (lower is better)' : ''}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rated.map(({ s, r }) => (
              <tr key={s.id}>
                <th scope="row">{s.number}</th>
                {MECHANISMS.map((m) => (
                  <td key={m}>{r.mechanisms[m] ?? '—'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
