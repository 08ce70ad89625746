import { describe, expect, it } from 'vitest';

import { messageFor } from '../problems';

import { flag, NOW, writeUp } from './fixtures';
import {
  amendWriteUp,
  checkFields,
  checkWriteUp,
  effectiveWriteUp,
  finaliseWriteUp,
  writeUpState,
} from './record';

const TODAY = '2026-03-09';
const LATER = '2026-03-10T08:00:00.000Z';

describe('checkWriteUp', () => {
  it.each([
    ['a session today', {}, undefined, undefined],
    ['a future session', { sessionDate: '2026-03-10' }, 'session', 'on Tue 10 Mar 2026'],
    ['0 minutes', { minutes: 0 }, 'minutes', '1 to 180'],
    ['181 minutes', { minutes: 181 }, 'minutes', '1 to 180'],
    ['45.5 minutes', { minutes: 45.5 }, 'minutes', 'whole minutes'],
    ['1 minute', { minutes: 1 }, 'minutes', undefined],
    ['180 minutes', { minutes: 180 }, 'minutes', undefined],
    ['PHQ-9 of 28', { scores: { phq9: 28 } }, 'phq9', '0 to 27'],
    ['PHQ-9 of -1', { scores: { phq9: -1 } }, 'phq9', '0 to 27'],
    ['PHQ-9 of 27', { scores: { phq9: 27 } }, 'phq9', undefined],
    ['GAD-7 of 22', { scores: { gad7: 22 } }, 'gad7', '0 to 21'],
    ['GAD-7 of 21', { scores: { gad7: 21 } }, 'gad7', undefined],
  ])('%s', (_name, over, field, message) => {
    // Given a write-up with the value
    const w = writeUp(over);
    // When it is checked on 9 March
    const found = checkWriteUp(w, TODAY);
    // Then the field carries the message, or nothing is found
    if (!field) expect(found).toEqual([]);
    else if (!message) expect(messageFor(found, field)).toBeUndefined();
    else expect(messageFor(found, field)).toContain(message);
  });
});

describe('finaliseWriteUp', () => {
  it('locks a draft with the date and time', () => {
    // Given a draft and no flags
    // When it is finalised
    const result = finaliseWriteUp(writeUp(), [], LATER, TODAY);
    // Then it is final at that instant
    expect(result.ok && result.value.status).toBe('final');
    expect(result.ok && result.value.finalisedAt).toBe(LATER);
  });

  it.each([
    ['an open flag of this session', [flag()]],
    ['an open flag raised by hand for the client', [flag({ sessionId: undefined })]],
  ])('is refused with %s', (_name, flags) => {
    // Given an open flag
    // When finalising
    const result = finaliseWriteUp(writeUp(), flags, LATER, TODAY);
    // Then it is refused with a clear message at the finalise button
    expect(result.ok).toBe(false);
    if (!result.ok) expect(messageFor(result.problems, 'finalise')).toMatch(/Acknowledge it/);
  });

  it('records an acknowledged flag as the risk status', () => {
    const result = finaliseWriteUp(writeUp(), [flag({ status: 'acknowledged' })], LATER, TODAY);
    expect(result.ok && result.value.risk).toBe('acknowledged');
  });

  it('refuses a future session and a record already final', () => {
    expect(finaliseWriteUp(writeUp({ sessionDate: '2026-03-16' }), [], LATER, TODAY).ok).toBe(
      false,
    );
    expect(finaliseWriteUp(writeUp({ status: 'final' }), [], LATER, TODAY).ok).toBe(false);
  });
});

describe('amendWriteUp', () => {
  const final = writeUp({ status: 'final', finalisedAt: NOW });

  it('adds a dated amendment with its reason and keeps the original', () => {
    // Given a final record of 50 minutes
    // When the minutes are corrected to 45 with a reason
    const result = amendWriteUp(
      final,
      { minutes: 45, note: final.note },
      'Typed 50 by mistake',
      LATER,
    );
    // Then the original stays, the amendment lists only what changed, and the record reads 45
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.minutes).toBe(50);
    expect(result.value.amendments).toEqual([
      {
        at: LATER,
        reason: 'Typed 50 by mistake',
        changes: { minutes: 45 },
        summary: 'Minutes: 50 → 45',
      },
    ]);
    expect(effectiveWriteUp(result.value).minutes).toBe(45);
    expect(writeUpState(result.value)).toBe('amended');
  });

  it.each([
    ['no reason', { minutes: 45 }, '  ', 'reason', 'Give the reason'],
    ['no change', { minutes: 50 }, 'Checked', 'changes', 'Change at least one field'],
    ['minutes out of range', { minutes: 200 }, 'Checked', 'minutes', '1 to 180'],
    ['a score out of range', { scores: { phq9: 30 } }, 'Checked', 'phq9', '0 to 27'],
  ])('is refused with %s', (_name, changes, reason, field, message) => {
    // Given a final record
    // When amending it badly
    const result = amendWriteUp(final, changes, reason, LATER);
    // Then the field says why and nothing is added
    expect(result.ok).toBe(false);
    if (!result.ok) expect(messageFor(result.problems, field)).toContain(message);
  });

  it('refuses to amend a draft', () => {
    expect(amendWriteUp(writeUp(), { minutes: 45 }, 'Why', LATER).ok).toBe(false);
  });

  it('applies amendments in order', () => {
    // Given two amendments of the note
    const once = amendWriteUp(final, { note: 'Second' }, 'First fix', LATER);
    if (!once.ok) throw new Error('fixture');
    const twice = amendWriteUp(once.value, { note: 'Third' }, 'Second fix', LATER);
    if (!twice.ok) throw new Error('fixture');
    // Then the record reads the last, and both amendments are listed
    expect(effectiveWriteUp(twice.value).note).toBe('Third');
    expect(twice.value.amendments.map((a) => a.summary)).toEqual(['Note changed', 'Note changed']);
  });
});

describe('writeUpState', () => {
  it.each([
    [undefined, 'none'],
    [writeUp(), 'draft'],
    [writeUp({ status: 'final' }), 'final'],
  ] as const)('%#', (w, state) => {
    expect(writeUpState(w)).toBe(state);
  });
});

describe('checkFields times', () => {
  it('refuses a time that is not HH:MM and an end before the start, at the field', () => {
    expect(checkFields(writeUp({ startTime: '9am' }))).toEqual([
      expect.objectContaining({
        field: 'startTime',
        message: 'Enter a time of day as HH:MM, for example 09:00.',
      }),
    ]);
    expect(checkFields(writeUp({ startTime: '10:00', endTime: '09:50' }))).toEqual([
      expect.objectContaining({
        field: 'endTime',
        message: 'The end time must be after the start time.',
      }),
    ]);
    expect(checkFields(writeUp({ startTime: '09:00', endTime: '09:50' }))).toEqual([]);
  });
});
