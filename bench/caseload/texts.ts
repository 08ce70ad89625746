/** Words for the benchmark caseload: plausible goals, tasks and notes, none of them about real people. */
export const GOALS = [
  'Raise the housework argument calmly',
  'See a friend once a week',
  'Talk about the loss with my sister',
  'Settle into the new job',
  'Ask for help when the week is too much',
  'Spend an evening out each week',
  'Say no to extra shifts without guilt',
  'Visit the grave with family',
  'Join the walking group',
  'Agree a plan for the children at weekends',
] as const;

export const TASKS = [
  'Tell a friend about one good moment this week',
  'Ask for ten minutes to talk about the rota',
  'Write down what was said in the argument and how it felt',
  'Call one person from the middle circle',
  'Notice one time the role change felt manageable',
  'Plan a small outing with someone close',
  'Look at the photographs with a family member',
] as const;

export const NOTE_SENTENCES = [
  'Client arrived on time and reviewed the week.',
  'Mood lower mid-week after a difficult phone call.',
  'Worked through the last argument step by step: expectations on each side were different.',
  'Role-played asking for support; client felt it went better on the second try.',
  'Linked the low days to the conflict at home.',
  'Client named two people they could call when things get hard.',
  'Reviewed the interpersonal inventory and added a colleague.',
  'Discussed the approaching end of the course and what has changed.',
  'Client described the loss in more detail than before and cried; grief work continued.',
  'Agreed to keep the task small and concrete.',
] as const;

export const AGENDA_NOTES = [
  'Check how the talk with the partner went.',
  'Keep time for the mood rating.',
  'Bring the inventory sheet.',
  '',
] as const;

export const PEOPLE = [
  ['Sam', 'partner'],
  ['Alex', 'sister'],
  ['Jo', 'friend'],
  ['Chris', 'colleague'],
  ['Pat', 'mother'],
  ['Robin', 'neighbour'],
] as const;
