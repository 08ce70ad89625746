/**
 * The rule: a client handout addresses the client by first name only when a name is recorded and
 * the therapist opted in to names on paper; otherwise by no label (the letter leaves a blank line
 * for the therapist's pen). The record code never appears in a handout's body.
 */
import { describe, expect, it } from 'vitest';

import { DEFAULT_PRIVACY } from '../privacy';
import type { PrintPrivacy } from '../privacy';
import { documentText } from './client-safety';
import { draftLetter, letterSalutation } from './letter';
import { buildEndOfTreatmentSummary } from './summary';
import type { SummaryInput } from './summary';
import { buildTaskCard } from './task-card';
import { course, crisis, sessions } from './test-fixtures';

const NAMES_ON: PrintPrivacy = { ...DEFAULT_PRIVACY, showClientName: true };
const anna = { code: 'PRN-7', fullName: 'Anna Rossi' };
const unnamed = { code: 'PRN-7' };

/** Who is addressed, and how, for each combination the rule distinguishes. */
const CASES = [
  ['a name, names off', anna, DEFAULT_PRIVACY, '', 'Dear ____________,', 'Your course'],
  ['a name, names on', anna, NAMES_ON, 'Anna', 'Dear Anna,', 'Your course, Anna'],
  ['no name, names on', unnamed, NAMES_ON, '', 'Dear ____________,', 'Your course'],
  ['no name, names off', unnamed, DEFAULT_PRIVACY, '', 'Dear ____________,', 'Your course'],
] as const;

function summaryInput(client: SummaryInput['client'], privacy: PrintPrivacy): SummaryInput {
  return { client, course, sessions, phq9: [], crisisContacts: crisis, privacy };
}

describe('letterSalutation', () => {
  it.each([
    ['Anna', 'Dear Anna,'],
    ['', 'Dear ____________,'],
    ['  ', 'Dear ____________,'],
  ])('Given the name “%s”, Then the letter opens “%s”', (name, expected) => {
    expect(letterSalutation(name)).toBe(expected);
  });
});

describe.each(CASES)('Given %s', (_, client, privacy, name, salutation, heading) => {
  it(`Then the task card names “${name}” and never the code`, () => {
    const r = buildTaskCard({
      client,
      course,
      sessions,
      sessionId: 's5',
      taskSet: 'Ask a colleague to lunch on Friday.',
      crisisContacts: crisis,
      privacy,
    });
    if (!r.ok) throw new Error('card expected');
    expect(r.value.clientName).toBe(name);
    expect(r.value.sessionLine).toBe('Session 5 of 12 · Mon 30 Mar 2026');
    expect(documentText(r.value)).not.toMatch(/PRN-7|Rossi/);
  });

  it(`Then the summary is headed “${heading}” and the letter opens “${salutation}”`, () => {
    const s = buildEndOfTreatmentSummary(summaryInput(client, privacy));
    expect(s.clientName).toBe(name);
    expect(s.heading).toBe(heading);
    expect(s.letter.split('\n')[0]).toBe(salutation);
    expect(documentText(s)).not.toMatch(/PRN-7|Rossi/);
  });

  it('Then the letter drafted on its own opens the same way', () => {
    const letter = draftLetter(summaryInput(client, privacy), name);
    const [first, second] = letter.split('\n\n');
    expect(first).toBe(salutation);
    expect(second).toMatch(/^Over our \d+ sessions we worked together/);
  });
});
