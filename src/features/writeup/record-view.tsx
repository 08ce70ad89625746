import type { SessionWriteUp } from '../../domain/writeup';
import { ATTENDANCE_LABEL, OUTCOME_LABEL, RISK_LABEL } from '../../domain/writeup';

/** A write-up read-only, field by field (the original of a final record). */
export function RecordView({ writeup: w, title }: { writeup: SessionWriteUp; title: string }) {
  const covered = w.agendaCovered.filter((p) => p.covered).map((p) => p.title);
  const rows: [string, string][] = [
    ['Attendance', ATTENDANCE_LABEL[w.attendance]],
    ['Minutes', w.minutes === undefined ? '—' : String(w.minutes)],
    ['PHQ-9 total', w.scores.phq9 === undefined ? '—' : String(w.scores.phq9)],
    ['GAD-7 total', w.scores.gad7 === undefined ? '—' : String(w.scores.gad7)],
    [
      'Last week’s task',
      w.taskReview
        ? `${w.previousTask ? `“${w.previousTask}”: ` : ''}${OUTCOME_LABEL[w.taskReview.outcome]}${w.taskReview.note ? ` — ${w.taskReview.note}` : ''}`
        : '—',
    ],
    ['Task for next week', w.taskSet?.trim() || '—'],
    ['Risk', RISK_LABEL[w.risk]],
    ['Agenda covered', covered.length > 0 ? covered.join('; ') : '—'],
    ['Change of focus', w.focusChange?.note || '—'],
    ['Note', w.note.trim() || '—'],
  ];
  return (
    <section className="writeup-section card" aria-label={title}>
      <h2>{title}</h2>
      <dl className="writeup-record">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
