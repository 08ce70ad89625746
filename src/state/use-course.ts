import { useLiveQuery } from 'dexie-react-hooks';

import type { Client, Course, Session } from '../domain/types';
import { getClient } from '../db/clients';
import { getCourse, listSessions } from '../db/courses';

export type CourseData =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'ready'; course: Course; client: Client; sessions: Session[] };

/** A course with its client and sessions, live from the database. */
export function useCourse(courseId: string): CourseData {
  const data = useLiveQuery(async () => {
    const course = await getCourse(courseId);
    if (!course) return { state: 'missing' as const };
    const [client, sessions] = await Promise.all([
      getClient(course.clientId),
      listSessions(courseId),
    ]);
    if (!client) return { state: 'missing' as const };
    return { state: 'ready' as const, course, client, sessions };
  }, [courseId]);
  return data ?? { state: 'loading' };
}
