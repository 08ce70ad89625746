/**
 * The draft formulation (after Markowitz & Swartz 1997; ipt-reference.md section 8): a few
 * paragraphs in plain, warm words that the therapist edits and reads with the client. The draft is
 * only a suggestion: what is kept is the therapist's text. Nothing is invented: a sentence whose
 * facts are unknown (no PHQ-9 score, no key event) is left out, not filled with a guess.
 */
import { formatDay } from '../dates';
import type { Course, DisputeStage, IsoDateTime, IsoDay, ProblemArea } from '../types';
import { sortPeople } from './person';
import type { InventoryPerson } from './person';
import { onsetEvent } from './timeline';
import type { LifeEvent } from './timeline';

/** A PHQ-9 total and its band's name ("moderately severe"), from the measures module. */
export interface Phq9Severity {
  total: number;
  band: string;
}

/** Everything the draft is built from; only the course and end date are required. */
export interface FormulationInput {
  course: Pick<Course, 'primaryArea' | 'secondaryArea' | 'disputeStage' | 'goals' | 'length'>;
  endDate: IsoDay;
  people?: readonly InventoryPerson[];
  /** The person the focus is about; otherwise the key event's person, else the first matching one. */
  keyPersonId?: string;
  events?: readonly LifeEvent[];
  /** The therapist's chosen key event; otherwise the life event nearest to the onset. */
  keyEventId?: string;
  onsetDate?: IsoDay;
  phq9?: Phq9Severity;
}

/** The kept formulation: the therapist's text, and the draft it started from, if any. */
export interface Formulation {
  id: string;
  courseId: string;
  text: string;
  draftedFrom?: string;
  editedAt: IsoDateTime;
  agreed?: { agreed: boolean; date?: IsoDay };
}

const AREA_WORDS: Record<ProblemArea, string> = {
  grief: 'grief',
  'role-dispute': 'a role dispute',
  'role-transition': 'a role transition',
  'interpersonal-deficits': 'interpersonal sensitivity',
};

/**
 * The event the formulation hangs on: the chosen one, else the one the therapist marked as
 * nearest the onset, else the app's guess (the life event nearest the onset).
 */
export function keyEventOf(input: FormulationInput): LifeEvent | undefined {
  const events = input.events ?? [];
  const chosen = events.find((e) => e.id === input.keyEventId);
  return chosen ?? onsetEvent(events, input.onsetDate)?.event;
}

/** The person the focus is about: the chosen one, the key event's, or the first for this area. */
export function keyPersonOf(input: FormulationInput): InventoryPerson | undefined {
  const people = sortPeople(input.people ?? []);
  const wanted = input.keyPersonId ?? keyEventOf(input)?.personId;
  const named = people.find((p) => p.id === wanted);
  return named ?? people.find((p) => p.problemArea === input.course.primaryArea);
}

function roleOf(person: InventoryPerson | undefined, fallback: string): string {
  const role = person?.relationship.trim().toLowerCase();
  return role ? `your ${role}` : fallback;
}

function illnessParagraph(phq9: Phq9Severity | undefined): string {
  const score = phq9
    ? ` Your PHQ-9 score of ${phq9.total} is in the ${phq9.band.toLowerCase()} range.`
    : '';
  return (
    `From what you have told me, you are going through an episode of depression.${score} ` +
    'Depression is a common illness, and it can be treated. It is not your fault and it is not ' +
    'a weakness. While you recover, it is fine to do a little less than usual and to put your ' +
    'energy into getting better.'
  );
}

function eventSentence(event: LifeEvent | undefined): string {
  if (!event) return '';
  const what = event.description.trim().replace(/[.!?]+$/, '');
  return `Things became harder around ${formatDay(event.date)}, when this happened: ${what}. `;
}

function disputeText(stage: DisputeStage | undefined, who: string): string {
  const opening: Record<DisputeStage, string> = {
    renegotiation: `You and ${who} want different things from each other, and you are both still trying to sort it out.`,
    impasse: `You and ${who} want different things from each other, and talking about it has stalled, leaving resentment or silence.`,
    dissolution: `Your relationship with ${who} seems to be ending, or may be past mending.`,
  };
  const first = stage ? opening[stage] : `You and ${who} want different things from each other.`;
  return (
    `${first} In IPT we call this a role dispute. Conflict with someone close pulls mood down, ` +
    'and low mood makes disagreements harder to handle. We will look at what each of you expects, ' +
    'and at how you talk to each other, so that you can choose what you want to do about it.'
  );
}

function areaText(
  area: ProblemArea,
  stage: DisputeStage | undefined,
  person?: InventoryPerson,
): string {
  switch (area) {
    case 'grief': {
      const who = roleOf(person, 'someone close to you');
      return (
        `Since the death of ${who}, your grief seems to have got stuck. In IPT we call this focus ` +
        'grief. Loss and low mood feed each other: the heavier the loss feels, the harder it is to ' +
        'reach out to others. We will talk about them as they really were, the good and the hard ' +
        'parts, and find people and activities that can fill some of the gap.'
      );
    }
    case 'role-dispute':
      return disputeText(stage, roleOf(person, 'someone close to you'));
    case 'role-transition':
      return (
        'A big change in your life has been hard to adjust to. In IPT we call this a role ' +
        'transition. Losing what the old situation gave you, and facing what the new one asks, can ' +
        'bring mood down, and low mood makes the change harder still. We will look at what you ' +
        'have lost and what the new situation can offer, and build the skills and support it needs.'
      );
    case 'interpersonal-deficits':
      return (
        'It has been hard for you to find and keep close relationships, and you have felt quite ' +
        'alone. In IPT we call this focus interpersonal sensitivity. Feeling isolated lowers mood, ' +
        'and low mood makes it harder to reach out. We will look at your relationships, old and ' +
        'new, and practise small steps towards people.'
      );
  }
}

function focusParagraph(input: FormulationInput): string {
  const { primaryArea, secondaryArea, disputeStage } = input.course;
  const person = keyPersonOf(input);
  const second = secondaryArea
    ? ` We will also keep ${AREA_WORDS[secondaryArea]} in mind as a second focus.`
    : '';
  return `${eventSentence(keyEventOf(input))}${areaText(primaryArea, disputeStage, person)}${second}`;
}

function goalsParagraph(goals: readonly string[]): string {
  const filled = goals.map((g) => g.trim()).filter((g) => g !== '');
  if (filled.length === 0) return '';
  const lines = filled.map((g) => `- ${g}`).join('\n');
  return `The goals we will work towards together:\n${lines}`;
}

function contractParagraph(length: number, endDate: IsoDay): string {
  return (
    `We will meet for ${length} sessions, with our last session on ${formatDay(endDate)}. ` +
    'Having a set end helps us both stay focused on what matters most to you.'
  );
}

/** A first draft of the formulation for the therapist to edit; unknown facts are left out. */
export function draftFormulation(input: FormulationInput): string {
  return [
    illnessParagraph(input.phq9),
    focusParagraph(input),
    goalsParagraph(input.course.goals),
    contractParagraph(input.course.length, input.endDate),
  ]
    .filter((p) => p !== '')
    .join('\n\n');
}

function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/** True when the kept text is the therapist's own: written by hand, or changed from the draft. */
export function formulationIsEdited(f: Pick<Formulation, 'text' | 'draftedFrom'>): boolean {
  return f.draftedFrom === undefined || normalise(f.text) !== normalise(f.draftedFrom);
}

/** A new formulation holding the draft text unchanged, ready for the therapist to edit. */
export function startFormulation(
  ids: { id: string; courseId: string },
  draft: string,
  now: IsoDateTime,
): Formulation {
  return { ...ids, text: draft, draftedFrom: draft, editedAt: now };
}

/** The formulation with the therapist's new text; the draft it came from is kept for comparison. */
export function editFormulation(f: Formulation, text: string, now: IsoDateTime): Formulation {
  return { ...f, text, editedAt: now };
}
