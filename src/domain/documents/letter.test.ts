/**
 * The letter draft quotes the therapist's own words (the course goals, what helped) exactly as
 * typed: never lower-cased, never cut at a full stop (the guide: never alter text the therapist
 * typed).
 */
import { describe, expect, it } from 'vitest';

import { DEFAULT_PRIVACY } from '../privacy';
import { draftLetter } from './letter';
import { draftRelapsePlan } from './relapse-plan';
import type { SummaryInput } from './summary';
import { client, course, crisis, sessions } from './test-fixtures';

const GOALS = ['Call Anne every Sunday.', 'Go back to the choir at St Mary’s!'];
const HELPED = ['Walks with Tom on Saturdays.', 'Telling Anne when I felt low'];

function input(goals: string[], helped: string[] | undefined): SummaryInput {
  return {
    client,
    course: { ...course, goals },
    sessions,
    phq9: [],
    crisisContacts: crisis,
    privacy: DEFAULT_PRIVACY,
    ...(helped ? { relapsePlan: { ...draftRelapsePlan(), helped } } : {}),
  };
}

describe('draftLetter: the therapist’s words', () => {
  it('Given goals and what helped, Then each is listed exactly as typed', () => {
    const letter = draftLetter(input(GOALS, HELPED), '');
    expect(letter).toContain(
      'The goals you set at the start:\n• Call Anne every Sunday.\n• Go back to the choir at St Mary’s!',
    );
    expect(letter).toContain(
      'Much of the change came from what you did:\n• Walks with Tom on Saturdays.\n• Telling Anne when I felt low',
    );
    expect(letter).not.toMatch(/call anne|anne every|st mary/);
  });

  it('Given no goals and nothing on what helped, Then those lines are the general ones', () => {
    const letter = draftLetter(input([], undefined), '');
    expect(letter).not.toContain('The goals you set');
    expect(letter).toContain('Much of the change came from what you did between our sessions.');
  });
});
