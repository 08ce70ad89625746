import { describe, expect, it } from 'vitest';

import type { Measure } from '../measures';
import type { RiskAssessment } from '../measures/risk-assessment';
import { scoreAsOf } from '../measures/summary';
import { DEFAULT_PRIVACY } from '../privacy';

import { flag, NOW, writeUp } from './fixtures';
import { noteHtml, progressNote, progressNoteHtml } from './note';
import type { NoteContext } from './note';
import { amendWriteUp } from './record';

function measure(id: string, kind: Measure['kind'], date: string, answers: number[]): Measure {
  const total = answers.reduce((a, b) => a + b, 0);
  return {
    id,
    clientId: 'client-1',
    courseId: 'course-1',
    kind,
    date,
    answers,
    total,
    status: 'complete',
    recordedAt: `${date}T09:10:00.000Z`,
  };
}

const measures: Measure[] = [
  measure('p1', 'phq9', '2026-03-02', [3, 3, 3, 3, 2, 2, 2, 1, 1]),
  measure('p2', 'phq9', '2026-03-09', [2, 2, 2, 2, 2, 1, 1, 1, 1]),
  measure('g1', 'gad7', '2026-03-02', [2, 2, 2, 1, 1, 1, 1]),
  measure('g2', 'gad7', '2026-03-09', [2, 1, 1, 1, 1, 1, 1]),
];

const asOf = (date: string) => ({
  phq9: scoreAsOf(measures, { courseId: 'course-1', kind: 'phq9', date }),
  gad7: scoreAsOf(measures, { courseId: 'course-1', kind: 'gad7', date }),
});

const assessment: RiskAssessment = {
  thoughts: 'passive',
  plan: 'no',
  intent: 'no',
  meansAccess: 'no',
  history: 'none',
  historyDetail: '',
  protectiveFactors: 'Her children; her sister Margaret visits daily',
  level: 'low',
  levelReasoning: 'Passive thoughts only, no plan or intent, strong reasons for living',
  safetyPlan: 'reviewed',
  crisisContactsGiven: true,
  othersInformed: '',
  followUp: 'Ask about item 9 again next week',
};

const assessedFlag = flag({
  status: 'acknowledged',
  acknowledgement: {
    assessed: true,
    safetyPlan: 'reviewed',
    action: 'Assessed',
    note: '',
    at: '2026-03-09T10:00:00.000Z',
    assessment,
  },
});

const ctx: NoteContext = {
  client: { code: 'JT-16', fullName: 'Jane Taylor' },
  length: 16,
  focus: 'Role dispute (impasse)',
  scores: asOf('2026-03-09'),
  flags: [assessedFlag],
  clinician: { name: 'Dr Alex Example', credentials: 'DClinPsy, IPT practitioner' },
};

const full = writeUp({
  startTime: '09:00',
  endTime: '09:50',
  clinicianAssessment: 'Low mood persists; Sam’s withdrawal keeps the dispute at an impasse.',
  plan: 'Role-play the conversation with Sam next week.',
});

describe('progressNote', () => {
  it('states the day’s scores, the assessment made that day, times, focus, tasks and clinician (DAP)', () => {
    const text = progressNote(full, ctx, 'DAP', DEFAULT_PRIVACY);
    expect(text).toBe(
      [
        'IPT progress note — JT-16 — Mon 9 Mar 2026 — Session 2 of 16',
        '',
        'Format: DAP',
        '',
        'DATA',
        '- Attendance: Held.',
        '- Time: 09:00–09:50 (50 minutes).',
        '- PHQ-9 14 (moderate) on Mon 9 Mar 2026, item 9: 1; baseline 20, down 30%; partial response (down 25% to under 50% from baseline).',
        '- GAD-7 8 (mild) on Mon 9 Mar 2026; baseline 10, down 20%.',
        '- Covered: Mood and the week.',
        '- Last week’s task (“Call Sam about Sunday”): partly done — Sam was busy',
        '- Spoke about the argument with Sam.',
        '',
        'ASSESSMENT',
        '- Risk assessed in this session (Mon 9 Mar 2026): low (passive thoughts, no plan, no intent).',
        '- Judgement of risk: Passive thoughts only, no plan or intent, strong reasons for living',
        '- Protective factors: Her children; her sister Margaret visits daily',
        '- Risk follow-up: Ask about item 9 again next week',
        '- Focus worked on: Role dispute (impasse).',
        '- Clinician’s assessment: Low mood persists; Sam’s withdrawal keeps the dispute at an impasse.',
        '',
        'PLAN',
        '- Task agreed for next week: Ask Sam for one evening together',
        '- Plan: Role-play the conversation with Sam next week.',
        '',
        'Clinician: Dr Alex Example, DClinPsy, IPT practitioner.',
        'Draft, not finalised.',
        '',
      ].join('\n'),
    );
  });

  it('lays out the same content in SOAP sections', () => {
    const text = progressNote(full, ctx, 'SOAP', DEFAULT_PRIVACY);
    expect(text.split('\n').filter((l) => /^[A-Z]+$/.test(l))).toEqual([
      'SUBJECTIVE',
      'OBJECTIVE',
      'ASSESSMENT',
      'PLAN',
    ]);
    const objective = text.slice(text.indexOf('OBJECTIVE'), text.indexOf('ASSESSMENT'));
    expect(objective).toContain('item 9: 1');
    expect(objective).toContain('GAD-7 8 (mild)');
    expect(text).toContain('- Risk assessed in this session (Mon 9 Mar 2026): low');
    expect(text).toContain('- Plan: Role-play the conversation with Sam next week.');
  });

  it('says a questionnaire was not taken that day, and gives the latest assessment with its date', () => {
    // The next week: nothing taken on 16 March, the assessment was a week earlier
    const next = writeUp({
      sessionId: 'session-3',
      sessionDate: '2026-03-16',
      sessionNumber: 3,
      scores: {},
    });
    const text = progressNote(next, { ...ctx, scores: asOf('2026-03-16') }, 'DAP', DEFAULT_PRIVACY);
    expect(text).toContain('- PHQ-9 not taken this session.');
    expect(text).toContain('- GAD-7 not taken this session.');
    expect(text).toContain(
      '- No risk assessment recorded in this session. Last risk assessment Mon 9 Mar 2026: low (passive thoughts, no plan, no intent).',
    );
    expect(text).not.toContain('No risk flag');
  });

  it('never says "No risk flag" after a positive item 9 or with a flag open', () => {
    // Item 9 answered 1 that day, no flag recorded at all
    const noFlags = progressNote(full, { ...ctx, flags: [] }, 'DAP', DEFAULT_PRIVACY);
    expect(noFlags).toContain(
      '- PHQ-9 item 9 answered 1 this session: no risk assessment recorded for it.',
    );
    expect(noFlags).not.toContain('No risk flag');
    // A flag raised that day and still open
    const open = progressNote(full, { ...ctx, flags: [flag()] }, 'SOAP', DEFAULT_PRIVACY);
    expect(open).toContain(
      '- Risk flag open, not yet assessed (raised Mon 9 Mar 2026): Disclosed passive thoughts of death.',
    );
    expect(open).not.toContain('No risk flag');
  });

  it('says when a flag open that day was acknowledged later', () => {
    const later = flag({
      status: 'acknowledged',
      acknowledgement: {
        assessed: true,
        safetyPlan: 'reviewed',
        action: 'Assessed',
        note: '',
        at: '2026-03-16T10:00:00.000Z',
      },
    });
    const text = progressNote(full, { ...ctx, flags: [later] }, 'DAP', DEFAULT_PRIVACY);
    expect(text).toContain(
      '- Risk flag raised Mon 9 Mar 2026, open at the end of this session, acknowledged Mon 16 Mar 2026: Disclosed passive thoughts of death.',
    );
    expect(text).not.toContain('No risk flag');
  });

  it('says "No risk flag" only when item 9 was 0 and nothing is open', () => {
    const calm = [measure('p3', 'phq9', '2026-03-09', [1, 1, 1, 1, 1, 1, 1, 1, 0])];
    const scores = {
      phq9: scoreAsOf(calm, { courseId: 'course-1', kind: 'phq9', date: '2026-03-09' }),
    };
    const text = progressNote(full, { ...ctx, scores, flags: [] }, 'DAP', DEFAULT_PRIVACY);
    expect(text).toContain('item 9: 0');
    expect(text).toContain('- Risk: No risk flag open and no positive item 9 this session.');
  });

  it('quotes the therapist’s text exactly as typed: names, months and capitals kept', () => {
    // Given the sentences, with a person whose role carries a month
    const sentence =
      'After your mother Margaret died in March, you have pulled away from Dan. Agreed to share one memory with Dan.';
    const w = writeUp({
      note: sentence,
      taskSet: 'Read one to Dan',
      clinicianAssessment: sentence,
    });
    const people = [
      { name: 'Margaret', relationship: 'Mother (died March 2026)' },
      { name: 'Dan', relationship: 'Husband' },
    ];
    const text = progressNote(w, { ...ctx, ...{ people } }, 'DAP', DEFAULT_PRIVACY);
    expect(text).toContain(`- ${sentence}`);
    expect(text).toContain('- Task agreed for next week: Read one to Dan');
    expect(text).not.toContain('mother mother');
    expect(text).not.toMatch(/\b(?:january|february|march|april|june|july|august)\b/);
    expect(text).not.toContain('husband');
  });

  it('says when the clinician is not set in Settings', () => {
    const text = progressNote(full, { ...ctx, clinician: undefined }, 'DAP', DEFAULT_PRIVACY);
    expect(text).toContain('Clinician: not set (add your name and credentials in Settings).');
  });

  it('shows the client’s name only when opted in', () => {
    const text = progressNote(full, ctx, 'DAP', { showClientName: true, showPeopleNames: false });
    expect(text.split('\n')[0]).toBe(
      'IPT progress note — Jane Taylor — Mon 9 Mar 2026 — Session 2 of 16',
    );
  });

  it('reads the amended record and lists each amendment with its reason', () => {
    // Given a final record amended from 50 to 45 minutes
    const amended = amendWriteUp(
      writeUp({ status: 'final', finalisedAt: NOW }),
      { minutes: 45 },
      'Ended early',
      '2026-03-10T08:00:00.000Z',
    );
    if (!amended.ok) throw new Error('fixture');
    const text = progressNote(amended.value, ctx, 'DAP', DEFAULT_PRIVACY);
    expect(text).toContain('Time: 45 minutes.');
    expect(text).toContain('Finalised 2026-03-09 15:30 UTC.');
    expect(text).toContain('Amended 2026-03-10 08:00 UTC: Minutes: 50 → 45. Reason: Ended early');
  });

  it('keeps a cancellation short', () => {
    const text = progressNote(
      writeUp({ attendance: 'no-show', scores: {}, taskReview: undefined, note: '' }),
      ctx,
      'DAP',
      DEFAULT_PRIVACY,
    );
    expect(text).toContain('- Attendance: Client did not attend.');
    expect(text).not.toContain('Covered');
    expect(text).not.toContain('PHQ-9 not taken');
  });
});

describe('progressNoteHtml', () => {
  it('escapes free text and uses headings and lists', () => {
    const html = progressNoteHtml(writeUp({ note: 'A <b> & "c"' }), ctx, 'SOAP', DEFAULT_PRIVACY);
    expect(html).toContain('<h3>Subjective</h3><ul>');
    expect(html).toContain('<li>A &lt;b&gt; &amp; &quot;c&quot;</li>');
  });
});

describe('noteHtml', () => {
  it('turns the plain note into headings, lists and paragraphs', () => {
    const text =
      'IPT progress note — AB-1\n\nFormat: DAP\n\nDATA\n- One\n- Two\nsecond line\n\nDraft, not finalised.\n';
    expect(noteHtml(text)).toBe(
      '<h2>IPT progress note — AB-1</h2><p>Format: DAP</p><h3>Data</h3><ul><li>One</li><li>Two<br>second line</li></ul><p>Draft, not finalised.</p>',
    );
  });
});
