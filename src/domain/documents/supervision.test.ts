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

  it('Given consent, Then the app’s own words are de-identified and the therapist’s text is as typed', () => {
    const r = buildSupervisionPack(input);
    if (!r.ok) throw new Error('expected a pack');
    // Then the client is named by code, and the generated lines carry no name and no date
    expect(r.value.clientLabel).toBe('GX-2');
    const generated = JSON.stringify([
      r.value.plan,
      r.value.chart,
      r.value.log.map((l) => l.session),
    ]);
    for (const leak of ['Anna', 'Maria', '2026-', 'Mar 2026'])
      expect(generated).not.toContain(leak);
    // And the formulation, goals and comments are exactly as typed (names and dates included)
    expect(r.value.formulation).toBe(
      'Anna moved on 2 Mar 2026; Maria is her closest support since 2026-01-10.',
    );
    expect(r.value.goals).toEqual(course.goals);
    expect(r.value.comments).toEqual([{ phase: 'initial', text: 'Tom was hard to place.' }]);
  });

  it('Given the record, Then the log, chart and risk history use session numbers', () => {
    const r = buildSupervisionPack(input);
    if (!r.ok) throw new Error('expected a pack');
    expect(r.value.log[3]).toMatchObject({
      session: '4',
      attendance: 'Cancelled (Client cancelled)',
    });
    expect(r.value.log[4]?.task).toBe('Call Maria on Sunday');
    expect(r.value.log[5]?.focusChange).toBe('Role dispute (Impasse)');
    expect(r.value.log[0]?.phq9).toBe('18');
    expect(r.value.chart).toEqual([{ session: 1, total: 18 }]);
    // The flag is named by its kind (its generated detail is dated), the actions as recorded
    expect(r.value.risk).toEqual([
      {
        session: '1',
        kind: 'PHQ-9 item 9 above 0',
        detail: '',
        status: 'Acknowledged',
        assessment: '',
        actions: 'Safety plan made with Maria',
        reasoning: '',
      },
    ]);
    expect(
      r.value.adherence.find((a) => a.question.startsWith('Was the interpersonal'))?.answer,
    ).toBe('yes');
  });

  it('Given a structured assessment and a flag raised by hand, Then the risk history states both', () => {
    const assessment = {
      thoughts: 'passive',
      plan: 'no',
      intent: 'no',
      meansAccess: 'no',
      history: 'none',
      historyDetail: '',
      protectiveFactors: 'Her children',
      level: 'low',
      levelReasoning: 'Passive wishes since Margaret died, no plan.',
      safetyPlan: 'reviewed',
      crisisContactsGiven: true,
      othersInformed: '',
      followUp: 'Next session',
    } as const;
    const [first] = input.flags;
    if (!first?.acknowledgement) throw new Error('fixture');
    const flags = [
      { ...first, acknowledgement: { ...first.acknowledgement, assessment } },
      {
        ...first,
        id: 'r2',
        sessionId: 's3',
        source: 'manual' as const,
        raisedAt: '2026-03-16T09:00:00Z',
        detail: 'Said she went to the bridge on Sunday',
        status: 'open' as const,
        acknowledgement: undefined,
      },
    ];
    const r = buildSupervisionPack({ ...input, flags });
    if (!r.ok) throw new Error('expected a pack');
    expect(
      r.value.risk.map((x) => [x.session, x.status, x.assessment, x.detail, x.reasoning]),
    ).toEqual([
      [
        '1',
        'Acknowledged',
        'low (passive thoughts, no plan, no intent)',
        '',
        'Passive wishes since Margaret died, no plan.',
      ],
      ['3', 'Open', '', 'Said she went to the bridge on Sunday', ''],
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
