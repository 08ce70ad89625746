/** Live data for the documents screens: the course, and what its documents are built from. */
import { useLiveQuery } from 'dexie-react-hooks';

import type { ClientSources, SupervisionSources } from '../../db/documents';
import { loadClientSources, loadSupervisionSources } from '../../db/documents';
import type { Client, Course } from '../../domain/types';
import { useCourse } from '../../state/use-course';

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'ready'; course: Course; client: Client; sources: T };

/** The course and its client-document sources. */
export function useClientSources(courseId: string): Loaded<ClientSources> {
  const data = useCourse(courseId);
  const course = data.state === 'ready' ? data.course : undefined;
  const sources = useLiveQuery(() => (course ? loadClientSources(course) : undefined), [course]);
  if (data.state !== 'ready') return data;
  if (!sources) return { state: 'loading' };
  return { state: 'ready', course: data.course, client: data.client, sources };
}

/** The course and its supervision-pack sources. */
export function useSupervisionSources(courseId: string): Loaded<SupervisionSources> {
  const data = useCourse(courseId);
  const course = data.state === 'ready' ? data.course : undefined;
  const sources = useLiveQuery(
    () => (course ? loadSupervisionSources(course) : undefined),
    [course],
  );
  if (data.state !== 'ready') return data;
  if (!sources) return { state: 'loading' };
  return { state: 'ready', course: data.course, client: data.client, sources };
}
