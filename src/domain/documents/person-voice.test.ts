import { describe, expect, it } from 'vitest';

import { THIRD_PERSON_GOAL_WARNING, goalVoiceWarnings, isThirdPersonGoal } from './person-voice';

describe('isThirdPersonGoal', () => {
  it.each([
    'She will call her sister once a week.',
    'He to return to football.',
    'they will talk to their partner without shouting',
    'Client to attend one social event a week.',
    'The client will grieve her mother.',
    'Patient will re-engage with friends.',
    'Pt to phone a friend.',
    'Help the client make one new friend at work.',
    'Be kinder to herself about the divorce.',
  ])('finds “%s” written about the client', (goal) => {
    expect(isThirdPersonGoal(goal)).toBe(true);
  });

  it.each([
    'Call my sister weekly',
    'Make one new friend at work',
    'Talk about Margaret with Dan',
    'Shelve the arguments about money', // "She" only as part of a word
    'Theyre is no subject here: the typo is theirs', // "They" only inside a word
    'Go back to the climbing club',
    '',
  ])('leaves “%s” alone: it is in the client’s voice or has no subject', (goal) => {
    expect(isThirdPersonGoal(goal)).toBe(false);
  });

  it('finds a goal that opens with the client’s recorded name', () => {
    expect(isThirdPersonGoal('Maria will visit her father’s grave.', 'Maria Lopez')).toBe(true);
    expect(isThirdPersonGoal('Visit my father’s grave with Maria', 'Maria Lopez')).toBe(false);
  });
});

describe('goalVoiceWarnings', () => {
  it('warns at each third-person goal only, and never changes the goals', () => {
    const goals = ['She will call her sister.', 'Call my brother', 'Client to rest'];
    const before = [...goals];
    expect(goalVoiceWarnings(goals)).toEqual([
      THIRD_PERSON_GOAL_WARNING,
      undefined,
      THIRD_PERSON_GOAL_WARNING,
    ]);
    expect(goals).toEqual(before);
    expect(THIRD_PERSON_GOAL_WARNING).toMatch(
      /^This goal is written about the client; the handout speaks to them as “you”/,
    );
  });
});
