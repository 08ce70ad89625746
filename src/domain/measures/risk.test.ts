import { describe, expect, it } from 'vitest';

import {
  acknowledgeFlag,
  checkAcknowledgement,
  flagsFromPhq9,
  openFlags,
  PLAN_UNCHANGED_NOTE,
  planUnchangedAcknowledgement,
  sessionRiskStatus,
} from './risk';
import type { AcknowledgementInput, RiskFlag } from './risk';
import { phq9 } from './test-fixtures';

const NOW = '2026-03-02T10:00:00+00:00';

function ids() {
  let n = 0;
  return () => `flag-${(n += 1)}`;
}

const goodAck: AcknowledgementInput = {
  assessed: true,
  safetyPlan: 'made',
  action: 'Safety plan written together; crisis line given.',
  note: 'Passive ideation, no plan or intent.',
};

function flag(over: Partial<RiskFlag>): RiskFlag {
  return {
    id: 'f',
    clientId: 'client-1',
    courseId: 'course-1',
    sessionId: 'session-1',
    source: 'item9',
    raisedAt: NOW,
    detail: 'd',
    status: 'open',
    ...over,
  };
}

describe('flagsFromPhq9', () => {
  it.each([
    // item 9, total, sources raised
    [0, 19, []],
    [1, 19, ['item9']],
    [0, 20, ['severe-score']],
    [1, 20, ['item9', 'severe-score']],
    [3, 27, ['item9', 'severe-score']],
  ] as const)('item 9 = %i, total %i raises %j', (item9, total, sources) => {
    // Given a complete PHQ-9; When its flags are raised
    const flags = flagsFromPhq9(phq9({ total, item9 }), { newId: ids(), now: NOW });
    // Then item 9 above 0 and a total of 20 or more each raise their own open flag
    expect(flags.map((f) => f.source)).toEqual(sources);
    flags.forEach((f) => {
      expect(f).toMatchObject({ status: 'open', raisedAt: NOW, measureId: 'm1' });
      expect(f).toMatchObject({ sessionId: 'session-1', courseId: 'course-1' });
    });
  });

  it('flags item 9 on a draft even though the draft has no total', () => {
    // Given a half-filled PHQ-9 with item 9 answered 2
    const draft = { ...phq9({ total: 0 }), status: 'draft' as const, total: undefined };
    draft.answers = [null, null, null, null, null, null, null, null, 2];
    // Then the item 9 flag is raised now, quoting the answer
    const flags = flagsFromPhq9(draft, { newId: ids(), now: NOW });
    expect(flags.map((f) => f.source)).toEqual(['item9']);
    expect(flags[0]?.detail).toContain('“More than half the days” (2)');
  });

  it('dates the item 9 flag in the on-screen day format, not as a stored ISO day', () => {
    const measure = { ...phq9({ total: 5 }), date: '2026-10-12' };
    measure.answers = [1, 1, 1, 1, 0, 0, 0, 0, 1];
    const [item9] = flagsFromPhq9(measure, { newId: ids(), now: NOW });
    expect(item9?.detail).toMatch(/ on Mon 12 Oct 2026\.$/);
    expect(item9?.detail).not.toContain('2026-10-12');
  });

  it('dates the severe-score flag in the on-screen day format too', () => {
    const measure = { ...phq9({ total: 21 }), date: '2026-10-12' };
    const severe = flagsFromPhq9(measure, { newId: ids(), now: NOW }).find(
      (f) => f.source === 'severe-score',
    );
    expect(severe?.detail).toBe('PHQ-9 total 21 (severe: 20 or more) on Mon 12 Oct 2026.');
  });

  it('does not raise a source already flagged for the same measure', () => {
    // Given the item 9 flag already exists for this measure
    const existing = [flag({ measureId: 'm1', source: 'item9' })];
    // When the measure is saved again
    const flags = flagsFromPhq9(phq9({ total: 21, item9: 1 }), {
      newId: ids(),
      now: NOW,
      existing,
    });
    // Then only the new reason is raised
    expect(flags.map((f) => f.source)).toEqual(['severe-score']);
  });

  it('raises nothing for a GAD-7', () => {
    const gad = { ...phq9({ total: 21, item9: 3 }), kind: 'gad7' as const };
    expect(flagsFromPhq9(gad, { newId: ids(), now: NOW })).toEqual([]);
  });
});

describe('checkAcknowledgement', () => {
  it.each([
    [{}, []],
    [{ assessed: false }, ['assessed']],
    [{ action: '  ' }, ['action']],
    [{ note: '' }, ['note']],
    [{ safetyPlan: 'maybe' as never }, ['safetyPlan']],
    [{ assessed: false, action: '', note: '' }, ['assessed', 'action', 'note']],
  ])('%j has problems on %j', (change, fields) => {
    // Given an acknowledgement with some fields changed; Then each gap is named by field
    const found = checkAcknowledgement({ ...goodAck, ...change });
    expect(found.map((p) => p.field)).toEqual(fields);
    expect(found.every((p) => p.severity === 'error')).toBe(true);
  });
});

describe('acknowledgeFlag', () => {
  it('records the acknowledgement with its time', () => {
    // Given an open flag and a complete acknowledgement
    const result = acknowledgeFlag(flag({}), { ...goodAck, note: ' Seen. ' }, NOW);
    // Then the flag is acknowledged with trimmed text and the time
    expect(result.ok && result.value).toMatchObject({
      status: 'acknowledged',
      acknowledgement: { ...goodAck, note: 'Seen.', at: NOW },
    });
  });

  it.each([
    [flag({}), { ...goodAck, assessed: false }, 'ack-not-assessed'],
    [flag({ status: 'acknowledged' }), goodAck, 'flag-already-acknowledged'],
  ])('refuses (%#): %s', (target, ack, code) => {
    const result = acknowledgeFlag(target, ack, NOW);
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual([code]);
  });
});

describe('planUnchangedAcknowledgement', () => {
  it.each([
    [undefined, PLAN_UNCHANGED_NOTE],
    ['  ', PLAN_UNCHANGED_NOTE],
    ['Same as last week.', 'Same as last week.'],
  ])('note %j gives %j and a valid acknowledgement', (note, expected) => {
    // Given the weekly quick acknowledgement; Then it is valid and says the plan was reviewed
    const ack = planUnchangedAcknowledgement(note);
    expect(ack).toMatchObject({ assessed: true, safetyPlan: 'reviewed', note: expected });
    expect(checkAcknowledgement(ack)).toEqual([]);
  });
});

describe('openFlags', () => {
  it('keeps open flags only, newest first, across time-zone offsets', () => {
    // Given flags raised at different instants, one acknowledged
    const flags = [
      flag({ id: 'a', raisedAt: '2026-03-02T10:00:00+00:00' }),
      flag({ id: 'b', raisedAt: '2026-03-02T11:30:00+01:00' }),
      flag({ id: 'c', raisedAt: '2026-03-09T10:00:00+00:00', status: 'acknowledged' }),
      flag({ id: 'd', raisedAt: '2026-02-23T10:00:00+00:00' }),
    ];
    // Then the open ones come newest first (b is 10:30 UTC)
    expect(openFlags(flags).map((f) => f.id)).toEqual(['b', 'a', 'd']);
  });
});

describe('sessionRiskStatus', () => {
  it.each([
    [[], 'none'],
    [[flag({ sessionId: 'other' })], 'none'],
    [[flag({ status: 'acknowledged' })], 'acknowledged'],
    [[flag({ status: 'acknowledged' }), flag({})], 'open-flag'],
  ] as const)('%# → %s', (flags, status) => {
    expect(sessionRiskStatus(flags, 'session-1')).toBe(status);
  });
});
