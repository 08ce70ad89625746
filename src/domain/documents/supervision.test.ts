import { describe, expect, it } from 'vitest';

import { DEFAULT_PRIVACY } from '../privacy';
import { adherenceHints, checkAdherence } from './adherence';
import { buildSupervisionPack } from './supervision';
import type { SupervisionInput } from './supervision';
import { client, course, people, sessions } from './test-fixtures';

const input: SupervisionInput = {
  client,
  course,
  sessions: sessions.map((s) =>
    s.number === 4 ? { ...s, status: 'cancelled', cancelledBy: 'client' } : s,
  ),
  contract: { supervisionConsent: true },
  formulation: { text: 'Anna moved on 2 Mar 2026; Maria is her closest support since 2026-01-10.' },
  people,
  focusChanges: [
    {
      id: 'f1',
      fromSession: 6,
      area: 'role-dispute',
      stage: 'impasse',
      reason: 'x',
      decidedAt: '2026-04-13T10:00:00Z',
    },
  ],
  agendas: [{ sessionId: 's5', taskSet: 'Call Maria on Sunday' }],
  measures: [
    {
      id: 'm1',
      clientId: 'c1',
      courseId: 'k1',
      sessionId: 's1',
      kind: 'phq9',
      date: '2026-03-02',
      answers: [],
      status: 'complete',
      total: 18,
      recordedAt: '2026-03-02T09:00:00Z',
    },
  ],
  flags: [
    {
      id: 'r1',
      clientId: 'c1',
      courseId: 'k1',
      sessionId: 's1',
      source: 'item9',
      raisedAt: '2026-03-02T09:00:00Z',
      detail: 'Item 9 answered 1',
      status: 'acknowledged',
      acknowledgement: {
        assessed: true,
        safetyPlan: 'made',
        action: 'Safety plan made with Maria',
        note: '',
        at: '2026-03-02T09:30:00Z',
      },
    },
  ],
  adherence: { answers: { inventory: 'yes' }, comments: { initial: 'Tom was hard to place.' } },
  privacy: DEFAULT_PRIVACY,
};

describe('buildSupervisionPack', () => {
  it('Given no consent in the contract, Then the pack is refused with the reason', () => {
    const r = buildSupervisionPack({ ...input, contract: { supervisionConsent: false } });
    expect(!r.ok && r.problems[0]?.message).toMatch(/does not record the client’s consent/);
  });

  it('Given no contract at all, Then the pack is refused and says to record consent', () => {
    const r = buildSupervisionPack({ ...input, contract: undefined });
    expect(!r.ok && r.problems[0]?.code).toBe('supervision-consent-missing');
  });

  it('Given consent, Then the pack is de-identified: code, roles, no dates', () => {
    const r = buildSupervisionPack(input);
    if (!r.ok) throw new Error('expected a pack');
    const text = JSON.stringify(r.value);
    expect(r.value.clientLabel).toBe('GX-2');
    expect(r.value.formulation).toBe(
      'the client moved on [date]; sister is her closest support since [date].',
    );
    for (const leak of ['Anna', 'Maria', 'Tom', '2026-', 'Mar 2026'])
      expect(text).not.toContain(leak);
  });

  it('Given the record, Then the log, chart and risk history use session numbers', () => {
    const r = buildSupervisionPack(input);
    if (!r.ok) throw new Error('expected a pack');
    expect(r.value.log[3]).toMatchObject({
      session: '4',
      attendance: 'Cancelled (Client cancelled)',
    });
    expect(r.value.log[4]?.task).toBe('Call sister on Sunday');
    expect(r.value.log[5]?.focusChange).toBe('Role dispute (Impasse)');
    expect(r.value.log[0]?.phq9).toBe('18');
    expect(r.value.chart).toEqual([{ session: 1, total: 18 }]);
    expect(r.value.risk).toEqual([
      {
        session: '1',
        what: 'Item 9 answered 1',
        status: 'Acknowledged',
        action: 'Safety plan made with sister',
      },
    ]);
    expect(
      r.value.adherence.find((a) => a.question.startsWith('Was the interpersonal'))?.answer,
    ).toBe('yes');
    expect(r.value.comments).toEqual([
      { phase: 'initial', text: 'work colleague was hard to place.' },
    ]);
  });
});

describe('checkAdherence', () => {
  it.each([
    [{ answers: {}, comments: {} }, ['unanswered']],
    [
      {
        answers: {
          inventory: 'yes',
          formulation: 'yes',
          contract: 'yes',
          moodEvents: 'partly',
          endingRaised: 'no',
          relapsePlan: 'yes',
        } as const,
        comments: { middle: 'x'.repeat(1001) },
      },
      ['too-long'],
    ],
  ])('Given %o, Then %o', (check, codes) => {
    expect(checkAdherence(check).map((p) => p.code)).toEqual(codes);
  });

  it('Given evidence, Then each question gets a hint from the record', () => {
    const hints = adherenceHints({
      people: 1,
      formulationAgreed: true,
      contractAgreed: false,
      middleWithAgenda: 3,
      middleHeld: 6,
      endingDueBy: 9,
      relapsePlanMade: false,
    });
    expect(hints.inventory).toBe('The record holds 1 person in the inventory.');
    expect(hints.endingRaised).toBe('The ending was due to be raised by session 9.');
  });
});
