import { describe, expect, it } from 'vitest';

import { checkLifeEvent, nearestToOnset, onsetDate, sortEvents } from './timeline';
import type { LifeEvent, LifeEventDraft } from './timeline';

function life(id: string, date: string, description = id): LifeEvent {
  return { id, courseId: 'k', date, kind: 'life-event', description };
}

function mood(id: string, date: string, direction: 'lower' | 'better'): LifeEvent {
  return { id, courseId: 'k', date, kind: 'mood-change', description: id, mood: direction };
}

const fields = (problems: { field?: string }[]) => problems.map((p) => p.field);

describe('checkLifeEvent', () => {
  const valid: LifeEventDraft = { date: '2026-01-15', kind: 'life-event', description: 'Moved' };

  it('accepts a dated, described event', () => {
    // Given a complete draft, When checked, Then nothing needs fixing
    expect(checkLifeEvent(valid)).toEqual([]);
  });

  it.each(['', '2026-02-30', '15/01/2026', '2026-1-5'])('refuses the date %j', (date) => {
    // Given a date that is missing, impossible or in another format
    // Then the date field is flagged
    expect(fields(checkLifeEvent({ ...valid, date }))).toEqual(['date']);
  });

  it.each(['', '   '])('refuses the blank description %j', (description) => {
    // Given no description, Then the description field is flagged
    expect(fields(checkLifeEvent({ ...valid, description }))).toEqual(['description']);
  });

  it('refuses a description over 2000 characters, stating the limit', () => {
    // Given a very long description
    const problems = checkLifeEvent({ ...valid, description: 'x'.repeat(2001) });
    // Then it is refused with the limit in the message
    expect(fields(problems)).toEqual(['description']);
    expect(problems[0]?.message).toContain('2000');
  });

  it('asks which way mood moved on a mood change', () => {
    // Given a mood change with no direction
    const problems = checkLifeEvent({ ...valid, kind: 'mood-change' });
    // Then the mood field is flagged
    expect(fields(problems)).toEqual(['mood']);
  });
});

describe('sortEvents', () => {
  it('orders by date, then id for same-day events, without changing the input', () => {
    // Given events out of order
    const input = [life('b', '2026-02-01'), life('c', '2025-12-24'), life('a', '2026-02-01')];
    // When sorted
    const sorted = sortEvents(input);
    // Then earliest comes first and the input is untouched
    expect(sorted.map((e) => e.id)).toEqual(['c', 'a', 'b']);
    expect(input.map((e) => e.id)).toEqual(['b', 'c', 'a']);
  });
});

describe('onsetDate', () => {
  it('is the earliest mood change for the worse', () => {
    // Given a better mood early, then two drops
    const events = [
      mood('m3', '2026-02-10', 'lower'),
      mood('m1', '2025-11-01', 'better'),
      mood('m2', '2026-01-20', 'lower'),
      life('e', '2025-10-01'),
    ];
    // Then the onset is the first drop
    expect(onsetDate(events)).toBe('2026-01-20');
  });

  it('is undefined when mood never dropped', () => {
    // Given only life events, Then there is no onset
    expect(onsetDate([life('e', '2026-01-01')])).toBeUndefined();
  });
});

describe('nearestToOnset', () => {
  const onset = mood('onset', '2026-01-20', 'lower');

  it.each([
    ['the closer earlier event', [life('a', '2026-01-10'), life('b', '2026-02-05')], 'a'],
    ['the closer later event', [life('a', '2025-12-01'), life('b', '2026-01-23')], 'b'],
    [
      'the earlier of two equally near',
      [life('late', '2026-01-25'), life('early', '2026-01-15')],
      'early',
    ],
    ['an event on the onset day', [life('a', '2026-01-19'), life('b', '2026-01-20')], 'b'],
  ])('picks %s', (_, events, expected) => {
    // Given life events around a drop in mood on 2026-01-20
    // When the nearest is found
    // Then it is the expected one
    expect(nearestToOnset([onset, ...events])?.id).toBe(expected);
  });

  it('never picks a mood change, however close', () => {
    // Given a later mood change right beside the onset and a life event further away
    const events = [onset, mood('m', '2026-01-21', 'better'), life('e', '2026-01-01')];
    // Then the life event is chosen
    expect(nearestToOnset(events)?.id).toBe('e');
  });

  it('uses an explicit onset date over the mood changes', () => {
    // Given a recorded drop in January but an onset the therapist set in March
    const events = [onset, life('jan', '2026-01-18'), life('mar', '2026-03-02')];
    // Then the event nearest the explicit onset wins
    expect(nearestToOnset(events, '2026-03-01')?.id).toBe('mar');
  });

  it('is undefined without an onset or without life events', () => {
    // Given no mood drop, or no life events, Then there is nothing to suggest
    expect(nearestToOnset([life('e', '2026-01-01')])).toBeUndefined();
    expect(nearestToOnset([onset])).toBeUndefined();
  });
});
