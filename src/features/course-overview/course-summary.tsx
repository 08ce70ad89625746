import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';

import { AREA_LABEL, RULE_LABEL, STAGE_LABEL } from '../../domain/labels';
import { areaCautions, mayProceed, presentItems } from '../../domain/measures';
import type { Course } from '../../domain/types';
import { getSuitability } from '../../db/course-records';
import { Notice } from '../../ui/notice';

/** Where the suitability check stands, with the link to it (the course's sections are in its tabs). */
export function SuitabilityStatus({ courseId }: { courseId: string }) {
  const suitability = useLiveQuery(
    async () => (await getSuitability(courseId)) ?? null,
    [courseId],
  );
  return (
    <p className="suitability-status">
      Suitability check:{' '}
      {suitability === undefined
        ? '…'
        : suitability === null
          ? 'not recorded yet. '
          : !mayProceed(suitability)
            ? 'recorded: the clinician decided not to proceed, or the check is incomplete. '
            : presentItems(suitability).length > 0
              ? 'recorded: proceeding on the clinician’s decision. '
              : 'recorded: none of the four concerns present. '}
      <Link to={`/courses/${courseId}/suitability`}>Suitability check</Link>
    </p>
  );
}

/** Cautions for the course's areas, then its focus, goals, missed-session rule and length. */
export function CourseSummary({ course }: { course: Course }) {
  return (
    <>
      {areaCautions([course.primaryArea, course.secondaryArea]).map((c) => (
        <Notice key={c} tone="warning">
          {c}
        </Notice>
      ))}
      <dl className="summary">
        <dt>Focus</dt>
        <dd>
          {AREA_LABEL[course.primaryArea]}
          {course.disputeStage ? ` (${STAGE_LABEL[course.disputeStage].toLowerCase()})` : ''}
          {course.secondaryArea ? `; second area: ${AREA_LABEL[course.secondaryArea]}` : ''}
        </dd>
        <dt>Goals</dt>
        <dd>
          <ol>
            {course.goals.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ol>
        </dd>
        <dt>Missed sessions</dt>
        <dd>{RULE_LABEL[course.missedSessionRule]}</dd>
        <dt>Session length</dt>
        <dd>{course.sessionMinutes} minutes</dd>
      </dl>
    </>
  );
}
