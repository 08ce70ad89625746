/** The score line of a week's session, from the course summaries (the one baseline and wording). */
import { scoreAsOf } from '../../domain/measures/summary';
import type { ScoreSummary } from '../../domain/measures';
import type { WeekOverviewEntry } from '../../db/week-overview';

/** The course's PHQ-9 as it stood on the session's day, against the course's chosen baseline. */
export function sessionPhq9(entry: WeekOverviewEntry): ScoreSummary | undefined {
  const baselineId = entry.chosenBaselines.phq9;
  return scoreAsOf(entry.measures, {
    courseId: entry.course.id,
    kind: 'phq9',
    date: entry.session.date,
    ...(baselineId ? { baselineId } : {}),
  });
}
