import { describe, expect, it } from 'vitest';

import { acknowledgeFlag } from './risk';
import type { RiskFlag } from './risk';
import {
  assessmentLine,
  checkRiskAssessment,
  completeAssessment,
  lastAssessmentLine,
  latestAssessment,
} from './risk-assessment';
import type { RiskAssessment, RiskAssessmentDraft } from './risk-assessment';

const blank: RiskAssessmentDraft = {
  thoughts: '',
  plan: '',
  intent: '',
  meansAccess: '',
  history: '',
  historyDetail: '',
  protectiveFactors: '',
  level: '',
  levelReasoning: '',
  safetyPlan: '',
  crisisContactsGiven: '',
  othersInformed: '',
  followUp: '',
};

const full: RiskAssessment = {
  thoughts: 'passive',
  plan: 'no',
  intent: 'no',
  meansAccess: 'no',
  history: 'none',
  historyDetail: '',
  protectiveFactors: 'Her children; her sister visits weekly.',
  level: 'low',
  levelReasoning: 'Passive wishes since the funeral, no plan or intent, engaged in treatment.',
  safetyPlan: 'reviewed',
  crisisContactsGiven: true,
  othersInformed: '',
  followUp: 'Review at next session.',
};

describe('checkRiskAssessment', () => {
  it('names every missing part at its field, the judgement of risk among them', () => {
    const fields = checkRiskAssessment(blank, { safetyPlanExists: true }).map((p) => p.field);
    expect(fields).toEqual([
      'thoughts',
      'plan',
      'intent',
      'meansAccess',
      'history',
      'protectiveFactors',
      'level',
      'levelReasoning',
      'safetyPlan',
      'followUp',
    ]);
  });

  it('accepts a complete assessment', () => {
    expect(checkRiskAssessment(full, { safetyPlanExists: true })).toEqual([]);
  });

  it('asks when and what for a past or recent attempt', () => {
    const found = checkRiskAssessment({ ...full, history: 'recent' }, { safetyPlanExists: true });
    expect(found.map((p) => [p.field, p.message])).toEqual([
      ['historyDetail', 'Say when, and what happened.'],
    ]);
  });

  it('refuses "safety plan made or reviewed" when no safety plan exists', () => {
    for (const safetyPlan of ['made', 'reviewed'] as const) {
      const [p] = checkRiskAssessment({ ...full, safetyPlan }, { safetyPlanExists: false });
      expect(p?.field).toBe('safetyPlan');
      expect(p?.message).toMatch(/no safety plan for this client yet/);
    }
    expect(
      checkRiskAssessment({ ...full, safetyPlan: 'not-needed' }, { safetyPlanExists: false }),
    ).toEqual([]);
  });
});

describe('completeAssessment', () => {
  it('keeps the clinician’s words, trimming only the ends', () => {
    const a = completeAssessment({ ...full, protectiveFactors: '  Her children;  her sister.  ' });
    expect(a.protectiveFactors).toBe('Her children;  her sister.');
  });
});

describe('latestAssessment and assessmentLine', () => {
  const flag = (id: string, at: string, assessment?: RiskAssessment): RiskFlag => ({
    id,
    clientId: 'c',
    courseId: 'k',
    source: 'item9',
    raisedAt: at,
    detail: '',
    status: 'acknowledged',
    acknowledgement: {
      assessed: true,
      safetyPlan: 'reviewed',
      action: 'a',
      note: 'n',
      at,
      ...(assessment ? { assessment } : {}),
    },
  });

  it('is undefined with no full assessment: "plan unchanged" cannot be offered on a first flag', () => {
    expect(latestAssessment([flag('f1', '2026-03-02T10:00:00Z')])).toBeUndefined();
  });

  it('finds the newest full assessment and states it in one line', () => {
    const latest = latestAssessment([
      flag('f1', '2026-03-02T10:00:00Z', { ...full, level: 'moderate' }),
      flag('f2', '2026-03-09T10:00:00Z', full),
    ]);
    expect(latest?.flagId).toBe('f2');
    expect(latest && assessmentLine(latest)).toBe(
      'Last risk assessment Mon 9 Mar 2026: low (passive thoughts, no plan, no intent)',
    );
  });
});

describe('acknowledgeFlag with a structured assessment', () => {
  it('keeps the assessment on the stored acknowledgement (nothing for the caller to add back)', () => {
    // Given an open item-9 flag and an acknowledgement carrying the full assessment
    const open: RiskFlag = {
      id: 'f1',
      clientId: 'c',
      courseId: 'k',
      source: 'item9',
      raisedAt: '2026-03-09T09:00:00Z',
      detail: 'Item 9 answered 2',
      status: 'open',
    };
    const ack = {
      assessed: true,
      safetyPlan: 'reviewed' as const,
      action: 'a',
      note: 'n',
      assessment: full,
    };
    // When it is acknowledged
    const result = acknowledgeFlag(open, ack, '2026-03-09T10:00:00Z');
    // Then the assessment is stored with the acknowledgement, unchanged
    expect(result.ok && result.value.acknowledgement?.assessment).toEqual(full);
    expect(result.ok && latestAssessment([result.value])?.assessment).toEqual(full);
  });
});

describe('lastAssessmentLine', () => {
  const acknowledged = (id: string, at: string, assessment?: RiskAssessment): RiskFlag => ({
    id,
    clientId: 'c',
    courseId: 'k',
    source: 'item9',
    raisedAt: at,
    detail: '',
    status: 'acknowledged',
    acknowledgement: {
      assessed: true,
      safetyPlan: 'reviewed',
      action: 'a',
      note: 'n',
      at,
      ...(assessment ? { assessment } : {}),
    },
  });
  const flags = [
    acknowledged('f1', '2026-03-02T10:00:00Z', { ...full, level: 'moderate', plan: 'yes' }),
    acknowledged('f2', '2026-03-09T10:00:00Z', full),
  ];

  it('gives the latest assessment made by that day, date and level first', () => {
    // Given assessments on Mon 2 and Mon 9 Mar 2026; When the agenda is for 5 Mar; Then the first
    expect(lastAssessmentLine(flags, '2026-03-05')).toBe(
      'Last risk assessment Mon 2 Mar 2026: moderate (passive thoughts, a plan, no intent)',
    );
    // When it is for 16 Mar; Then the second
    expect(lastAssessmentLine(flags, '2026-03-16')).toBe(
      'Last risk assessment Mon 9 Mar 2026: low (passive thoughts, no plan, no intent)',
    );
  });

  it('is undefined before any assessment, and says so when the latest had no structured record', () => {
    expect(lastAssessmentLine(flags, '2026-03-01')).toBeUndefined();
    expect(
      lastAssessmentLine([...flags, acknowledged('f3', '2026-03-12T10:00:00Z')], '2026-03-16'),
    ).toBe(
      'Last risk assessment Thu 12 Mar 2026: flag acknowledged (no structured assessment recorded)',
    );
  });
});
