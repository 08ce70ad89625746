import { describe, expect, it } from 'vitest';

import { checkCourseEvent, sessionOfDate } from './course-events';
import { checkCrisisContact } from './crisis-contacts';
import { emptySafetyPlan, linesOf } from './safety-plan';

describe('checkCrisisContact', () => {
  it.each([
    [{ name: 'Samaritans', phone: '116 123' }, []],
    [{ name: '', phone: '116 123' }, ['name']],
    [{ name: 'Line', phone: '' }, ['phone']],
    [{ name: 'Line', phone: 'call me' }, ['phone']],
    [{ name: 'Line', phone: '12' }, ['phone']],
    [{ name: 'Line', phone: '+44 (0)20 7946-0000' }, []],
  ])('%j → fields %j', (contact, fields) => {
    expect(checkCrisisContact(contact).map((p) => p.field)).toEqual(fields);
  });
});

describe('checkCourseEvent', () => {
  it('needs a kind, a real date and a description', () => {
    // Given an event with an impossible date and no text
    const found = checkCourseEvent({ kind: 'life-event', date: '2026-02-30', text: ' ' });
    // Then both fields are named
    expect(found.map((p) => p.field)).toEqual(['date', 'text']);
    expect(
      checkCourseEvent({ kind: 'medication-started', date: '2026-03-04', text: 'Sertraline' }),
    ).toEqual([]);
  });
});

describe('sessionOfDate', () => {
  it('places an event at the last session on or before it', () => {
    const sessions = [
      { number: 1, date: '2026-03-02' },
      { number: null, date: '2026-03-09' },
      { number: 2, date: '2026-03-16' },
    ];
    expect(sessionOfDate(sessions, '2026-03-10')).toBe(1);
    expect(sessionOfDate(sessions, '2026-03-16')).toBe(2);
    expect(sessionOfDate(sessions, '2026-02-01')).toBe(1);
  });
});

describe('safety plan', () => {
  it('starts empty and reads one item per line', () => {
    expect(emptySafetyPlan('c1', '2026-03-02T09:00:00Z').sections.coping).toEqual([]);
    expect(linesOf(' Walk the dog \n\n Call my sister')).toEqual([
      'Walk the dog',
      'Call my sister',
    ]);
  });
});
