/** The end-of-treatment summary built from the record, the saved plan and the edited letter. */
import { useLiveQuery } from 'dexie-react-hooks';

import { getRelapsePlan, getStoredDocument } from '../../db/documents';
import { buildEndOfTreatmentSummary, documentId, draftLetter } from '../../domain/documents';
import type { EndOfTreatmentSummary, SummaryInput } from '../../domain/documents';
import type { StoredDocument } from '../../domain/documents';
import { useUiStore } from '../../state/ui-store';

import { useClientSources } from './use-documents';

export type SummaryData =
  | { state: 'loading' | 'missing' }
  | {
      state: 'ready';
      summary: EndOfTreatmentSummary;
      draft: string;
      stored: StoredDocument | null;
    };

/** Builds the summary live; `draft` is the letter drafted from the record (before any edit). */
export function useSummary(courseId: string): SummaryData {
  const privacy = useUiStore((s) => s.privacy);
  const data = useClientSources(courseId);
  const extra = useLiveQuery(async () => {
    const [plan, stored] = await Promise.all([
      getRelapsePlan(courseId),
      getStoredDocument(documentId('summary', courseId)),
    ]);
    return { plan: plan ?? null, stored: stored ?? null };
  }, [courseId]);
  if (data.state !== 'ready') return { state: data.state };
  if (!extra) return { state: 'loading' };
  const { sources } = data;
  const input: SummaryInput = {
    client: data.client,
    course: data.course,
    sessions: sources.sessions,
    phq9: sources.phq9,
    goalRatings: sources.goalRatings,
    people: sources.people,
    ...(extra.plan ? { relapsePlan: extra.plan } : {}),
    crisisContacts: sources.crisisContacts,
    privacy,
    safety: sources.safety,
  };
  const letter = extra.stored?.fields.letter;
  const summary = buildEndOfTreatmentSummary(letter ? { ...input, letter } : input);
  const draft = buildEndOfTreatmentSummary({
    ...input,
    letter: draftLetter(input, summary.clientLabel),
  }).letter;
  return { state: 'ready', summary, draft, stored: extra.stored };
}
