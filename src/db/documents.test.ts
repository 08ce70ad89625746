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
  it('Given a write-up of any shape and ratings, Then every write-up string is a note and only readable ratings count', async () => {
    // Given a session, a write-up row no schema accepts (written around the app), a sound ratings
    // row and one whose goal rating is text
    await db.sessions.add({
      id: 's3',
      courseId: 'k1',
      number: 3,
      date: '2026-03-16',
      time: '09:00',
      status: 'held',
    });
    await db.writeups.put({
      sessionId: 's3',
      courseId: 'k1',
      body: { text: 'Private write-up text.' },
    } as never);
    const rated = { courseId: 'k1', mechanisms: {}, updatedAt: '2026-03-16T10:00:00.000Z' };
    await db.ratings.bulkPut([
      { ...rated, id: 's3', sessionId: 's3', goals: [4, null] },
      { ...rated, id: 's4', sessionId: 's3', goals: [4, 'x'] } as never,
    ]);
    // When the sources are loaded
    const sources = await loadClientSources(course);
    // Then the unreadable write-up's text is still a note the client builders must keep off paper
    expect(sources.safety.notes).toContain('Private write-up text.');
    // And only the ratings row that parses is read
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
