/** The end-of-treatment summary built from the course view, the saved plan and the edited letter. */
import { useLiveQuery } from 'dexie-react-hooks';

import { getRelapsePlan, getStoredDocument } from '../../db/documents';
import type { CourseView } from '../../domain/course-view';
import { buildEndOfTreatmentSummary, documentId, draftLetter } from '../../domain/documents';
import type { EndOfTreatmentSummary, SummaryInput } from '../../domain/documents';
import type { StoredDocument } from '../../domain/documents';
import type { InventoryPerson } from '../../domain/inventory';
import { usePreferences } from '../../state/preferences';

import { phq9Points, useClientSources } from './use-documents';

export type SummaryData =
  | { state: 'loading' }
  | {
      state: 'ready';
      summary: EndOfTreatmentSummary;
      draft: string;
      stored: StoredDocument | null;
      /** The inventory, for the review of names on the client's paper. */
      people: InventoryPerson[];
    };

/**
 * Builds the summary live; `draft` is the letter drafted from the record (before any edit). The
 * score sentence and the letter take the baseline and the latest score from the course view.
 * `handout` builds it for the client's paper: people named unless the therapist chose roles.
 */
export function useSummary(view: CourseView, handout?: { roles: boolean }): SummaryData {
  const settings = usePreferences().privacy;
  // On the client's paper the people are named (the client knows them) unless roles are chosen.
  const privacy = handout ? { ...settings, showPeopleNames: !handout.roles } : settings;
  const courseId = view.course.id;
  const sources = useClientSources(view);
  const extra = useLiveQuery(async () => {
    const [plan, stored] = await Promise.all([
      getRelapsePlan(courseId),
      getStoredDocument(documentId('summary', courseId)),
    ]);
    return { plan: plan ?? null, stored: stored ?? null };
  }, [courseId]);
  if (!sources || !extra) return { state: 'loading' };
  const input: SummaryInput = {
    client: view.client,
    course: view.course,
    sessions: view.sessions,
    phq9: phq9Points(view),
    ...(view.latest.phq9 ? { latestPhq9: view.latest.phq9 } : {}),
    goalRatings: sources.goalRatings,
    people: sources.people,
    ...(extra.plan ? { relapsePlan: extra.plan } : {}),
    crisisContacts: view.contacts,
    privacy,
    safety: sources.safety,
  };
  const letter = extra.stored?.fields.letter;
  const summary = buildEndOfTreatmentSummary(letter ? { ...input, letter } : input);
  const draft = buildEndOfTreatmentSummary({
    ...input,
    letter: draftLetter(input, summary.clientName),
  }).letter;
  return { state: 'ready', summary, draft, stored: extra.stored, people: sources.people };
}
