import { describe, expect, it } from 'vitest';

import { courseProgress, nextStep } from './next-step';
import type { NextStepInput } from './next-step';
import { session, writeUp } from './writeup/fixtures';

// A weekly course on Mondays: session 1 on Mon 2 Nov 2026 … session 5 on Mon 30 Nov 2026.
const weeks = [
  session({ id: 's1', number: 1, date: '2026-11-02', status: 'held' }),
  session({ id: 's2', number: 2, date: '2026-11-09', status: 'held' }),
  session({ id: 's3', number: 3, date: '2026-11-16', status: 'held' }),
  session({ id: 's4', number: 4, date: '2026-11-23', status: 'held' }),
  session({ id: 's5', number: 5, date: '2026-11-30' }),
  session({ id: 's6', number: 6, date: '2026-12-07' }),
];
const finals = ['s1', 's2', 's3'].map((id) => writeUp({ sessionId: id, status: 'final' }));

const input = (over: Partial<NextStepInput>): NextStepInput => ({
  sessions: weeks,
  length: 16,
  today: '2026-11-30',
  agendaSessionIds: new Set(),
  phq9Dates: [],
  writeUps: finals,
  ...over,
});

describe('courseProgress', () => {
  it('is at the session dated today', () => {
    // Given session 5 is on Mon 30 Nov, When read that day, Then the course is at session 5 of 16
    const p = courseProgress(weeks, 16, '2026-11-30');
    expect(p).toMatchObject({ today: true, label: 'Session 5 of 16' });
    expect(p.focus?.id).toBe('s5');
  });

  it('between sessions, is at the next one still planned', () => {
    // When read on Wed 25 Nov (session 4 held on the 23rd), Then the next is session 5, not today
    const p = courseProgress(weeks, 16, '2026-11-25');
    expect(p).toMatchObject({ today: false, label: 'Session 5 of 16' });
  });

  it('says when every session is past', () => {
    const held = weeks.map((s) => ({ ...s, status: 'held' as const }));
    expect(courseProgress(held, 6, '2026-12-08')).toEqual({
      today: false,
      label: 'All 6 sessions past',
    });
  });
});

describe('nextStep', () => {
  it('reads the issue’s example: agenda ready, PHQ-9 due, the last write-up to finish', () => {
    // Given session 5 today with its agenda saved, no PHQ-9 today, and session 4's write-up a draft
    const step = nextStep(
      input({
        agendaSessionIds: new Set(['s5']),
        writeUps: [...finals, writeUp({ sessionId: 's4' })],
      }),
    );
    // Then the sentence names all three, in that order
    expect(step.sentence).toBe(
      'Session 5 today: agenda ready, PHQ-9 due, write-up of session 4 to finish',
    );
    expect(step.focus?.id).toBe('s5');
  });

  it('names a PHQ-9 entered today as done and an agenda not saved as to prepare', () => {
    const step = nextStep(
      input({
        phq9Dates: ['2026-11-02', '2026-11-30'],
        writeUps: [...finals, writeUp({ sessionId: 's4', status: 'final' })],
      }),
    );
    expect(step.sentence).toBe('Session 5 today: agenda to prepare, PHQ-9 done');
  });

  it('between sessions, names the next one with its date, and write-ups never started', () => {
    // Given today Wed 25 Nov and no write-up of session 4 at all
    const step = nextStep(input({ today: '2026-11-25' }));
    expect(step.sentence).toBe(
      'Next: session 5 on Mon 30 Nov 2026: agenda to prepare, PHQ-9 due, write-up of session 4 to write',
    );
  });

  it('lists several sessions in one phrase, and past sessions still planned as outcomes to record', () => {
    // Given sessions 3 and 4 still "planned" after their day, and nothing written up since session 2
    const stale = weeks.map((s) =>
      s.id === 's3' || s.id === 's4' ? { ...s, status: 'planned' as const } : s,
    );
    const step = nextStep(input({ sessions: stale, writeUps: finals.slice(0, 1) }));
    expect(step.items).toEqual([
      'agenda to prepare',
      'PHQ-9 due',
      'outcome of sessions 3 and 4 to record',
      'write-up of session 2 to write',
    ]);
  });

  it('counts more than three sessions instead of listing them', () => {
    // Given sessions 1 to 4 held and none written up
    const step = nextStep(input({ writeUps: [] }));
    expect(step.items).toContain('write-ups of 4 earlier sessions to write');
  });

  it('after the last session, says none is left and what is still to write', () => {
    const held = weeks.map((s) => ({ ...s, status: 'held' as const }));
    const step = nextStep(input({ sessions: held, length: 6, today: '2026-12-07' }));
    expect(step.focus).toBeUndefined();
    expect(step.sentence).toBe('No session left: write-ups of sessions 4, 5 and 6 to write');
  });
});
