/** Fills the structured risk assessment in one acknowledge form, as a clinician would. */
import { within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

export interface AssessmentAnswers {
  thoughts: RegExp;
  plan: 'Yes' | 'No';
  intent: 'Yes' | 'No';
  means: 'Yes' | 'No';
  history: RegExp;
  historyDetail?: string;
  protective: string;
  level: 'Low' | 'Moderate' | 'High';
  reasoning: string;
  safetyPlan: 'Safety plan made' | 'Safety plan reviewed' | 'No safety plan needed';
  crisisContacts: boolean;
  others: string;
  followUp: string;
}

export const PASSIVE_MODERATE: AssessmentAnswers = {
  thoughts: /^Passive thoughts/,
  plan: 'No',
  intent: 'No',
  means: 'Yes',
  history: /^No past attempts/,
  protective: 'Her daughter; weekly choir',
  level: 'Moderate',
  reasoning: 'Passive wish not to wake up since the funeral, no plan, tablets at home',
  safetyPlan: 'No safety plan needed',
  crisisContacts: true,
  others: 'GP, with consent',
  followUp: 'Review item 9 next session',
};

const choose = async (user: UserEvent, form: HTMLElement, group: string, option: string | RegExp) =>
  user.click(
    within(within(form).getByRole('group', { name: group })).getByRole('radio', { name: option }),
  );

/** Puts text into a field as a clinician pasting their note would (quicker than typing each key). */
async function write(user: UserEvent, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

/** Answers every field of `form` from `a` (text typed, radios and the checkbox clicked). */
export async function fillAssessment(user: UserEvent, form: HTMLElement, a: AssessmentAnswers) {
  await choose(user, form, 'Thoughts of death or suicide', a.thoughts);
  await choose(user, form, 'A plan', a.plan);
  await choose(user, form, 'Intent to act', a.intent);
  await choose(user, form, 'Access to means', a.means);
  await choose(user, form, 'Past attempts or self-harm', a.history);
  if (a.historyDetail) {
    await write(user, within(form).getByLabelText('When, and what happened'), a.historyDetail);
  }
  await write(user, within(form).getByLabelText('Protective factors'), a.protective);
  await choose(user, form, 'Your judgement of the risk', a.level);
  await write(
    user,
    within(form).getByLabelText('What your judgement rests on (your words)'),
    a.reasoning,
  );
  await choose(user, form, 'Safety plan', a.safetyPlan);
  if (a.crisisContacts) await user.click(within(form).getByLabelText('Crisis contacts given'));
  if (a.others)
    await write(user, within(form).getByLabelText('Others informed (who, if anyone)'), a.others);
  await write(user, within(form).getByLabelText('Follow-up'), a.followUp);
}
