/**
 * What the documents screens read besides the course context: the client-document and
 * supervision sources, built on the view's sessions, measures, flags and crisis contacts (those
 * tables are not read again), plus each document's own stored row.
 */
import { useLiveQuery } from 'dexie-react-hooks';

import type { ClientSources, KnownCourseRecords, SupervisionSources } from '../../db/documents';
import { loadClientSources, loadSupervisionSources } from '../../db/documents';
import type { CourseView } from '../../domain/course-view';
import { scoredMeasures } from '../../domain/measures';
import type { ScorePoint } from '../../domain/documents';

const known = (view: CourseView): KnownCourseRecords => ({
  sessions: view.sessions,
  measures: view.measures,
  flags: view.flags,
  contacts: view.contacts,
});

/** The course's client-document sources, live; undefined while loading. */
export function useClientSources(view: CourseView): ClientSources | undefined {
  return useLiveQuery(() => loadClientSources(view.course, known(view)), [view]);
}

/** The course's supervision-pack sources, live; undefined while loading. */
export function useSupervisionSources(view: CourseView): SupervisionSources | undefined {
  return useLiveQuery(() => loadSupervisionSources(view.course, known(view)), [view]);
}

/** The course's PHQ-9 totals in date order, by session number, for the summary's chart. */
export function phq9Points(view: CourseView): ScorePoint[] {
  const numberOf = (id?: string) => view.sessions.find((s) => s.id === id)?.number ?? undefined;
  return scoredMeasures(view.measures, view.course.id, 'phq9').map((m) => {
    const n = numberOf(m.sessionId);
    return { ...(n === undefined ? {} : { sessionNumber: n }), date: m.date, total: m.total };
  });
}
