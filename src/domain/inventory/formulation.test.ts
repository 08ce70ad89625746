import { describe, expect, it } from 'vitest';

import type { DisputeStage, ProblemArea } from '../types';
import {
  draftFormulation,
  editFormulation,
  formulationIsEdited,
  keyEventOf,
  keyPersonOf,
  startFormulation,
} from './formulation';
import type { FormulationInput } from './formulation';
import { emptyPersonDraft } from './person';
import type { InventoryPerson } from './person';
import type { LifeEvent } from './timeline';

const NOW = '2026-03-16T10:00:00.000+00:00';

function person(id: string, order: number, relationship: string, area?: ProblemArea) {
  return {
    ...emptyPersonDraft(),
    id,
    clientId: 'c',
    courseId: 'k',
    order,
    name: `Name-${id}`,
    relationship,
    ...(area ? { problemArea: area } : {}),
    createdAt: NOW,
  } satisfies InventoryPerson;
}

const events: LifeEvent[] = [
  {
    id: 'm1',
    courseId: 'k',
    date: '2026-01-20',
    kind: 'mood-change',
    description: 'low',
    mood: 'lower',
  },
  {
    id: 'e1',
    courseId: 'k',
    date: '2026-01-12',
    kind: 'life-event',
    description: 'Moved in together.',
    personId: 'p2',
  },
  { id: 'e2', courseId: 'k', date: '2025-09-01', kind: 'life-event', description: 'New job' },
];

const people = [person('p1', 0, 'Mother', 'grief'), person('p2', 1, 'Partner', 'role-dispute')];

function input(extra: Partial<FormulationInput> = {}): FormulationInput {
  return {
    course: {
      primaryArea: 'role-dispute',
      disputeStage: 'impasse',
      goals: ['Talk with my partner about money', ' ', 'See friends once a week'],
      length: 12,
    },
    endDate: '2026-05-18',
    people,
    events,
    phq9: { total: 16, band: 'Moderately severe' },
    ...extra,
  };
}

describe('draftFormulation', () => {
  it('contains the illness framing, severity, key event and date, goals, sessions and end date', () => {
    // Given a role dispute course with a PHQ-9 score, timeline and inventory
    // When the draft is made
    const text = draftFormulation(input());
    // Then every field of the template is there, in plain words
    expect(text).toContain('episode of depression');
    expect(text).toContain('PHQ-9 score of 16 is in the moderately severe range');
    expect(text).toContain('not your fault');
    expect(text).toContain('Mon 12 Jan 2026');
    expect(text).toContain('Moved in together.');
    expect(text).toContain('- Talk with my partner about money\n- See friends once a week');
    expect(text).toContain('12 sessions');
    expect(text).toContain('Mon 18 May 2026');
    expect(text).not.toMatch(/^- *$/m);
  });

  it('leaves out the severity sentence when no PHQ-9 score is known', () => {
    // Given no PHQ-9 score
    const text = draftFormulation(input({ phq9: undefined }));
    // Then there is no score, and the rest still reads
    expect(text).not.toContain('PHQ-9');
    expect(text).not.toMatch(/\d+ is in the/);
    expect(text).toContain('not your fault');
  });

  it('leaves out the key event when the timeline has none', () => {
    // Given no events
    const text = draftFormulation(input({ events: [] }));
    // Then no event or date is invented
    expect(text).not.toContain('became harder around');
    expect(text).toContain('role dispute');
  });

  it('refers to people by their role, never by their name', () => {
    // Given people with names in the inventory
    const text = draftFormulation(input());
    // Then the draft speaks of "your partner" and no name appears
    expect(text).toContain('your partner');
    expect(text).not.toContain('Name-');
  });

  it.each([
    ['renegotiation', 'still trying to sort it out'],
    ['impasse', 'talking about it has stalled'],
    ['dissolution', 'seems to be ending'],
  ] as const)('describes a role dispute at %s', (stage: DisputeStage, words) => {
    // Given a role dispute at `stage`
    const text = draftFormulation(input({ course: { ...input().course, disputeStage: stage } }));
    // Then the stage's own wording and the event-to-mood link appear
    expect(text).toContain(words);
    expect(text).toContain('pulls mood down');
  });

  it.each([
    ['grief', 'Since the death of your mother', 'p1'],
    ['role-transition', 'role transition', undefined],
    ['interpersonal-deficits', 'interpersonal sensitivity', undefined],
  ] as const)('describes %s in its own words', (area, words, keyPersonId) => {
    // Given a course focused on `area`
    const course = { ...input().course, primaryArea: area, disputeStage: undefined };
    const text = draftFormulation(input({ course, keyPersonId }));
    // Then the area's wording appears, with a sentence linking it to mood
    expect(text).toContain(words);
    expect(text).toMatch(/mood/);
  });

  it('mentions a secondary area', () => {
    // Given a transition with a secondary dispute
    const course = {
      ...input().course,
      primaryArea: 'role-transition' as const,
      secondaryArea: 'role-dispute' as const,
    };
    // Then the second focus is named
    expect(draftFormulation(input({ course }))).toContain('keep a role dispute in mind');
  });
});

describe('keyEventOf', () => {
  it('uses the therapist’s chosen event over the one nearest the onset', () => {
    // Given a chosen event, Then it wins; without one, the nearest to onset is used
    expect(keyEventOf(input({ keyEventId: 'e2' }))?.id).toBe('e2');
    expect(keyEventOf(input())?.id).toBe('e1');
  });
});

describe('keyPersonOf', () => {
  it.each([
    ['the chosen person', { keyPersonId: 'p1' }, 'p1'],
    ['the key event’s person', {}, 'p2'],
    ['the first person pointing to the area', { events: [] }, 'p2'],
  ])('picks %s', (_, extra: Partial<FormulationInput>, expected) => {
    // Given the inventory and timeline, Then the focus person is found in this order of preference
    expect(keyPersonOf(input(extra))?.id).toBe(expected);
  });
});

describe('formulationIsEdited', () => {
  it.each([
    ['unchanged draft', { text: 'Draft', draftedFrom: 'Draft' }, false],
    [
      'draft with line endings and spaces changed',
      { text: ' Draft\r\n', draftedFrom: 'Draft\n' },
      false,
    ],
    ['changed draft', { text: 'Draft, edited', draftedFrom: 'Draft' }, true],
    ['text written without a draft', { text: 'My own words' }, true],
  ])('is %s → %s', (_, f, expected) => {
    // Given a formulation, Then it counts as edited only when the therapist changed or wrote it
    expect(formulationIsEdited(f)).toBe(expected);
  });
});

describe('startFormulation', () => {
  it('keeps the draft as both the text and its origin', () => {
    // Given a draft, When a formulation is started, Then it is not yet edited
    const f = startFormulation({ id: 'f1', courseId: 'k' }, 'Draft', NOW);
    expect(f).toEqual({
      id: 'f1',
      courseId: 'k',
      text: 'Draft',
      draftedFrom: 'Draft',
      editedAt: NOW,
    });
    expect(formulationIsEdited(f)).toBe(false);
  });
});

describe('editFormulation', () => {
  it('replaces the text and time, keeping the draft it came from', () => {
    // Given a started formulation, When the therapist edits it
    const f = editFormulation(
      startFormulation({ id: 'f1', courseId: 'k' }, 'Draft', NOW),
      'Mine',
      '2026-03-17T09:00:00.000+00:00',
    );
    // Then the new text is kept and it counts as edited
    expect(f).toMatchObject({
      text: 'Mine',
      draftedFrom: 'Draft',
      editedAt: '2026-03-17T09:00:00.000+00:00',
    });
    expect(formulationIsEdited(f)).toBe(true);
  });
});
