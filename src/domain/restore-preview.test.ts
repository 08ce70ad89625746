import { describe, expect, it } from 'vitest';

import { addToPreview, classifyRow, emptyPreview, sameRecord } from './restore-preview';
import { ROWS } from './schemas/test-fixtures';

const riskFlag = ROWS.riskFlags;

const draft = { ...ROWS.writeups, status: 'draft', finalisedAt: undefined, amendments: [] };
const final = ROWS.writeups as unknown as Record<string, unknown>;
const at = (day: string) => `2026-${day}T10:00:00.000Z`;

describe('classifyRow', () => {
  it('a record with no match is new; equal content is identical whatever the key order', () => {
    expect(classifyRow('clients', ROWS.clients, undefined).verdict).toBe('new');
    const reordered = Object.fromEntries(Object.entries(ROWS.clients).reverse());
    expect(classifyRow('clients', ROWS.clients, reordered).verdict).toBe('identical');
  });

  it('the later updatedAt wins between two drafts', () => {
    const older = { ...draft, note: 'a', updatedAt: at('04-01') };
    const newer = { ...draft, note: 'b', updatedAt: at('04-02') };
    expect(classifyRow('writeups', newer, older).verdict).toBe('newer-in-file');
    expect(classifyRow('writeups', older, newer)).toEqual({
      verdict: 'newer-here',
      why: 'newer draft here',
    });
  });

  it('a finalised write-up here is never replaced, not even by a later finalised copy', () => {
    const later = { ...final, note: 'changed', updatedAt: at('12-31') };
    expect(classifyRow('writeups', later, final)).toEqual({
      verdict: 'conflict',
      why: 'finalised here',
    });
    expect(classifyRow('writeups', { ...draft, updatedAt: at('12-31') }, final).verdict).toBe(
      'conflict',
    );
  });

  it('a finalised write-up in the file replaces a draft here, even an edited-later one', () => {
    const lateDraft = { ...draft, updatedAt: at('12-31') };
    expect(classifyRow('writeups', final, lateDraft).verdict).toBe('newer-in-file');
  });

  it('a flag open here is never closed; an acknowledgement here is never undone', () => {
    const open = { ...riskFlag, status: 'open', acknowledgement: undefined };
    const acked = {
      ...riskFlag,
      status: 'acknowledged',
      acknowledgement: {
        assessed: true,
        safetyPlan: 'reviewed',
        action: 'a',
        note: 'n',
        at: at('05-01'),
      },
    };
    expect(classifyRow('riskFlags', acked, open).verdict).toBe('conflict');
    expect(classifyRow('riskFlags', open, acked).verdict).toBe('newer-here');
  });

  it('a draft questionnaire never overwrites a complete one', () => {
    const complete = { ...ROWS.measures, status: 'complete', recordedAt: at('03-01') };
    const laterDraft = { ...ROWS.measures, status: 'draft', recordedAt: at('04-01') };
    expect(classifyRow('measures', laterDraft, complete).verdict).toBe('newer-here');
  });

  it('records without a time that differ are in conflict; a formulation of the same course under another id too', () => {
    expect(classifyRow('courses', { ...ROWS.courses, time: '10:30' }, ROWS.courses).verdict).toBe(
      'conflict',
    );
    const other = { ...ROWS.formulations, id: 'other' };
    expect(classifyRow('formulations', other, ROWS.formulations).verdict).toBe('conflict');
  });
});

describe('addToPreview', () => {
  it('counts verdicts and lists only new and newer-in-file records as writes', () => {
    const preview = emptyPreview('sessions');
    const s2 = { ...ROWS.sessions, id: 's2' };
    addToPreview(preview, [ROWS.sessions, s2], [ROWS.sessions, undefined]);
    expect(preview.counts).toEqual({
      new: 1,
      identical: 1,
      'newer-in-file': 0,
      'newer-here': 0,
      conflict: 0,
    });
    expect(preview.writes).toEqual([s2]);
  });
});

describe('sameRecord', () => {
  it('compares nested lists and records, ignoring keys that are undefined', () => {
    expect(sameRecord({ a: [1, { b: 2 }], c: undefined }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameRecord({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false);
    expect(sameRecord({ a: [1] }, { a: { 0: 1 } })).toBe(false);
  });
});
