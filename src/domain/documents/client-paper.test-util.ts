/** What the client-paper tests share: the words no handout may carry, and the check for them. */
import { expect } from 'vitest';

import { checkClientDocument, documentText, FORBIDDEN_CLIENT_TERMS } from './client-safety';
import { course, FORMULATION, ITEM_ANSWERS, NOTE } from './test-fixtures';

export const safety = {
  notes: [NOTE],
  itemAnswers: [ITEM_ANSWERS],
  formulation: FORMULATION,
  allowed: course.goals,
};
export const poisoned = `Talk to Maria about the role dispute. ${NOTE} Item 9: Nearly every day. ${FORMULATION}`;

export const plan = {
  warningSigns: ['Sleeping badly', 'Staying in my room'],
  triggers: ['The anniversary in June', 'Impasse at work'],
  helped: ['Asking directly', 'Calling Maria'],
  people: ['My sister'],
  returnWhen: ['Score of 10 or more two weeks running'],
  actions: [NOTE],
};

export function expectClean(doc: unknown) {
  const text = documentText(doc, ['crisisContacts']).toLowerCase();
  for (const term of FORBIDDEN_CLIENT_TERMS) expect(text).not.toContain(term);
  expect(text).not.toContain('ashamed');
  expect(text).not.toContain('nearly every day');
  expect(checkClientDocument(text, safety)).toEqual([]);
}
