import { describe, expect, it } from 'vitest';

import { DEFAULT_PRIVACY } from '../privacy';
import { checkClientDocument, documentText } from './client-safety';
import { buildTaskCard, checkTaskCard, taskCardFields } from './task-card';
import { checkRelapsePlan, draftRelapsePlan, relapsePlanTiming } from './relapse-plan';
import { expectClean, plan, poisoned, safety } from './client-paper.test-util';
import { client, course, crisis, NOTE, people, sessions } from './test-fixtures';

describe('buildTaskCard', () => {
  it('Given session 5 with an agreed task, Then the card carries the task, next date and crisis line', () => {
    const r = buildTaskCard({
      client,
      course,
      sessions,
      sessionId: 's5',
      taskSet: 'Ask Tom to lunch on Friday.',
      crisisContacts: crisis,
      privacy: DEFAULT_PRIVACY,
      safety: { people },
    });
    expect(r.ok && r.value).toMatchObject({
      clientName: '',
      sessionLine: 'Session 5 of 12 · Mon 30 Mar 2026',
      // The client's handout keeps the name as typed: the client knows Tom
      task: 'Ask Tom to lunch on Friday.',
      nextSession: 'Mon 6 Apr 2026 at 09:00',
      crisisContacts: crisis,
    });
  });

  it('Given the last session, Then there is no next date', () => {
    const r = buildTaskCard({
      client,
      course,
      sessions,
      sessionId: 's12',
      crisisContacts: [],
      privacy: DEFAULT_PRIVACY,
    });
    expect(r.ok && r.value.nextSession).toBe('');
  });

  it('Given an unknown session, Then it is refused', () => {
    const r = buildTaskCard({
      client,
      course,
      sessions,
      sessionId: 'nope',
      crisisContacts: [],
      privacy: DEFAULT_PRIVACY,
    });
    expect(!r.ok && r.problems[0]?.code).toBe('session-missing');
  });

  it('Given poisoned inputs in every field, Then the printed card holds none of them', () => {
    const edits = {
      task: poisoned,
      why: poisoned,
      when: 'Friday',
      obstacle: poisoned,
      plan: poisoned,
    };
    const r = buildTaskCard({
      client,
      course,
      sessions,
      sessionId: 's5',
      edits,
      crisisContacts: crisis,
      privacy: DEFAULT_PRIVACY,
      safety: { ...safety, people },
    });
    expect(r.ok).toBe(false); // the fields are over the card's limits
    const loose = buildTaskCard({
      client,
      course,
      sessions,
      sessionId: 's5',
      edits: { task: `Call Maria. ${NOTE}`, obstacle: 'Impasse at home.' },
      crisisContacts: crisis,
      privacy: DEFAULT_PRIVACY,
      safety: { ...safety, people },
    });
    expect(loose.ok).toBe(true);
    if (loose.ok) expectClean(loose.value);
    if (loose.ok) expect(loose.value.task).toBe('Call Maria.');
  });
});

describe('checkTaskCard names the sentence it leaves off', () => {
  it('Given a jargon sentence among others, Then the warning quotes that sentence', () => {
    const fields = taskCardFields(undefined, {
      task: 'Read one to Dan. This is the role dispute work. Then have tea.',
    });
    const found = checkTaskCard(fields).filter((p) => p.field === 'task');
    expect(found).toEqual([
      expect.objectContaining({
        code: 'client-jargon',
        severity: 'warning',
        message:
          '“role dispute” is not for client paper. “This is the role dispute work.” is left off the card.',
      }),
    ]);
  });
});

describe('client handouts keep the therapist’s words', () => {
  it('Given the issue’s sentence, Then the card reads as typed: no role doubled, no month lowered', () => {
    const task = 'After your mother Margaret died in March, read one to Dan.';
    const r = buildTaskCard({
      client,
      course,
      sessions,
      sessionId: 's5',
      taskSet: task,
      crisisContacts: [],
      privacy: DEFAULT_PRIVACY,
      safety: {
        people: [
          { name: 'Margaret', relationship: 'Mother (died March 2026)' },
          { name: 'Dan', relationship: 'Husband' },
        ],
      },
    });
    expect(r.ok && r.value.task).toBe(task);
    const text = documentText(r.ok ? r.value : {});
    expect(text).not.toContain('mother mother');
    expect(text).not.toMatch(/\bmarch\b/);
    expect(text).not.toContain('husband');
  });
});

describe('checkTaskCard', () => {
  it.each([
    [{ task: '' }, 'task-missing', 'task'],
    [{ task: 'x'.repeat(201) }, 'too-long', 'task'],
    [{ task: 'Go', when: 'y'.repeat(81) }, 'too-long', 'when'],
    [{ task: 'Work on the sick role' }, 'client-jargon', 'task'],
  ])('Given %o, Then %s on %s', (edits, code, field) => {
    const found = checkTaskCard(taskCardFields(undefined, edits));
    expect(found).toContainEqual(expect.objectContaining({ code, field }));
  });
});

describe('checkRelapsePlan', () => {
  it.each([
    ['no warning signs', { ...plan, warningSigns: [] }, 'warning-signs-missing'],
    ['no way back', { ...plan, returnWhen: [] }, 'return-missing'],
    ['too many lines', { ...plan, triggers: Array.from({ length: 7 }, () => 'x') }, 'too-many'],
    ['jargon', plan, 'client-jargon'],
  ])('Given %s, Then %s', (_, draft, code) => {
    expect(checkRelapsePlan(draft).map((p) => p.code)).toContain(code);
  });

  it('Given a name among the supports, Then it is kept: the client knows the people in their plan', () => {
    const named = { ...plan, people: ['Maria', 'Dan at the club'] };
    expect(checkRelapsePlan(named).filter((p) => p.field === 'people')).toEqual([]);
  });

  it('Given the inventory, When drafted, Then close people appear by role with the default return lines', () => {
    const draft = draftRelapsePlan(people);
    expect(draft.people).toEqual(['My sister']);
    expect(draft.returnWhen.join(' ')).toMatch(/10 or more for two weeks/);
    expect(checkClientDocument(draft.returnWhen.join('\n'))).toEqual([]);
  });

  it.each([
    [5, 1],
    [10, 0],
    [undefined, 0],
  ])('Given session %s, Then %i timing notes', (n, count) => {
    expect(relapsePlanTiming(course, n)).toHaveLength(count);
  });
});
