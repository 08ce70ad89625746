import { beforeEach, describe, expect, it } from 'vitest';

import type { Course } from '../domain/types';
import { resetDatabase } from '../../tests/setup/render-app';

import { db } from './database';
import { loadClientSources, stringsIn } from './documents';

const course = {
  id: 'k1',
  clientId: 'c1',
  goals: ['Make a friend'],
} as Course;

beforeEach(resetDatabase);

describe('loadClientSources', () => {
  it('Given a write-up and ratings of any shape, Then their strings are notes and goal ratings are read', async () => {
    // Given a write-up row (another screen's table) and a ratings row
    await db.sessions.add({
      id: 's3',
      courseId: 'k1',
      number: 3,
      date: '2026-03-16',
      time: '09:00',
      status: 'held',
    });
    await db
      .table('writeups')
      .put({ sessionId: 's3', courseId: 'k1', body: { text: 'Private write-up text.' } });
    await db.table('ratings').put({ id: 's3', courseId: 'k1', sessionId: 's3', goals: [4, 'x'] });
    // When the sources are loaded
    const sources = await loadClientSources(course);
    // Then the write-up is a note the client builders must keep off paper
    expect(sources.safety.notes).toContain('Private write-up text.');
    expect(sources.goalRatings).toEqual([{ sessionNumber: 3, values: [4, null] }]);
  });
});

describe('stringsIn', () => {
  it.each([
    ['text', ['text']],
    [{ a: ['x', { b: 'y' }], n: 3 }, ['x', 'y']],
    [null, []],
  ])('Given %o, Then %o', (value, strings) => {
    expect(stringsIn(value)).toEqual(strings);
  });
});
