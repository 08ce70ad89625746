/** Course and client commands decide from what is stored inside their transaction. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { db } from '../../db/database';
import { listSessions } from '../../db/courses';
import { seedGriefCourse } from '../../../tests/setup/seed-grief-course';
import { Refusal } from '../errors';

import { addClient } from './clients';
import { cancelCourseSession, markSessionHeld } from './courses';

beforeEach(async () => {
  vi.setSystemTime(new Date('2026-03-10T12:00:00'));
  await seedGriefCourse('GX-2');
});

const session = async (number: number) =>
  (await listSessions('k1')).find((s) => s.number === number);

describe('schedule commands', () => {
  it('refuses to cancel a session another tab already marked held, and changes nothing', async () => {
    // Given session 2 (Mon 9 Mar, past) is marked held elsewhere after this screen loaded its sessions
    const two = await session(2);
    await markSessionHeld('k1', two?.id ?? '');
    // When this screen cancels it
    const cancelling = cancelCourseSession({
      courseId: 'k1',
      sessionId: two?.id ?? '',
      by: 'therapist',
      reason: '',
    });
    // Then the rule is applied to the stored session: refused in the domain's words
    await expect(cancelling).rejects.toThrow(Refusal);
    await expect(cancelling).rejects.toThrow(/already held/);
    expect((await session(12))?.date).toBe('2026-05-18');
    expect((await listSessions('k1')).filter((s) => s.status === 'cancelled')).toHaveLength(0);
  });

  it('refuses a change to a course deleted meanwhile', async () => {
    const one = await session(1);
    await db.courses.delete('k1');
    await expect(markSessionHeld('k1', one?.id ?? '')).rejects.toMatchObject({
      reason: 'not-found',
    });
  });
});

describe('client commands', () => {
  it('lets only one of two simultaneous adds take a code, whatever its case', async () => {
    const results = await Promise.allSettled([
      addClient({ code: 'MB-40', fullName: '' }),
      addClient({ code: 'mb-40', fullName: '' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected');
    expect(refused?.status === 'rejected' && refused.reason).toMatchObject({ reason: 'exists' });
    expect(
      (await db.clients.toArray()).filter((c) => c.code.toLowerCase() === 'mb-40'),
    ).toHaveLength(1);
  });
});
