/**
 * PHQ-9 and GAD-7 as data, quoted exactly from ipt-reference.md section 7 (the Pfizer
 * "no permission required" forms). Do not reword: a test compares every string with the reference.
 */
import type { MeasureKind } from './measure';

export interface AnswerOption {
  value: 0 | 1 | 2 | 3;
  label: string;
}

export interface Questionnaire {
  kind: MeasureKind;
  name: string;
  stem: string;
  items: readonly string[];
  options: readonly AnswerOption[];
  difficulty: { question: string; options: readonly AnswerOption[] };
  attribution: string;
  /** Highest possible total: 3 × the number of items. */
  maxTotal: number;
}

export const ANSWER_OPTIONS: readonly AnswerOption[] = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Several days' },
  { value: 2, label: 'More than half the days' },
  { value: 3, label: 'Nearly every day' },
];

export const DIFFICULTY_OPTIONS: readonly AnswerOption[] = [
  { value: 0, label: 'Not difficult at all' },
  { value: 1, label: 'Somewhat difficult' },
  { value: 2, label: 'Very difficult' },
  { value: 3, label: 'Extremely difficult' },
];

export const PFIZER_ATTRIBUTION =
  'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.';

export const PHQ9: Questionnaire = {
  kind: 'phq9',
  name: 'PHQ-9',
  stem: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  items: [
    'Little interest or pleasure in doing things',
    'Feeling down, depressed, or hopeless',
    'Trouble falling or staying asleep, or sleeping too much',
    'Feeling tired or having little energy',
    'Poor appetite or overeating',
    'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
    'Trouble concentrating on things, such as reading the newspaper or watching television',
    'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
    'Thoughts that you would be better off dead or of hurting yourself in some way',
  ],
  options: ANSWER_OPTIONS,
  difficulty: {
    question:
      'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
    options: DIFFICULTY_OPTIONS,
  },
  attribution: PFIZER_ATTRIBUTION,
  maxTotal: 27,
};

export const GAD7: Questionnaire = {
  kind: 'gad7',
  name: 'GAD-7',
  stem: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  items: [
    'Feeling nervous, anxious, or on edge',
    'Not being able to stop or control worrying',
    'Worrying too much about different things',
    'Trouble relaxing',
    'Being so restless that it is hard to sit still',
    'Becoming easily annoyed or irritable',
    'Feeling afraid, as if something awful might happen',
  ],
  options: ANSWER_OPTIONS,
  difficulty: {
    question:
      'If you checked any problems, how difficult have they made it for you to do your work, take care of things at home, or get along with other people?',
    options: DIFFICULTY_OPTIONS,
  },
  attribution: PFIZER_ATTRIBUTION,
  maxTotal: 21,
};

export const QUESTIONNAIRES: Readonly<Record<MeasureKind, Questionnaire>> = {
  phq9: PHQ9,
  gad7: GAD7,
};

/** The 1-based number of the PHQ-9 item about thoughts of death or self-harm. */
export const PHQ9_ITEM9 = 9;

/** Shown wherever item 9 or its flag appears (ipt-reference.md section 9). */
export const ITEM9_SCREEN_STATEMENT =
  'PHQ-9 item 9 is a screen, not a risk assessment: any answer above 0 needs a clinician’s risk assessment in the same session.';
