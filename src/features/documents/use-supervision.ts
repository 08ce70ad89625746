/** The supervision pack built live, with the adherence hints from the record. */
import { buildSupervisionPack, adherenceHints } from '../../domain/documents';
import type { AdherenceCheck, SupervisionPack } from '../../domain/documents';
import type { InventoryPerson } from '../../domain/inventory';
import { endingRaisedWeek } from '../../domain/agenda/phase-steps';
import { phaseOf } from '../../domain/course-rules';
import type { CourseView } from '../../domain/course-view';
import type { Problem } from '../../domain/problems';
import { usePreferences } from '../../state/preferences';

import { useSupervisionSources } from './use-documents';

export type PackData =
  | { state: 'loading' }
  | { state: 'refused'; problems: Problem[] }
  | {
      state: 'ready';
      pack: SupervisionPack;
      hints: Record<string, string>;
      adherence: AdherenceCheck | undefined;
      /** The inventory, for the review of names in the therapist's text. */
      people: InventoryPerson[];
    };

/** The pack, or why it is refused (no consent to supervision in the contract). */
export function useSupervisionPack(view: CourseView): PackData {
  const privacy = usePreferences().privacy;
  const sources = useSupervisionSources(view);
  if (!sources) return { state: 'loading' };
  const { course, client } = view;
  const result = buildSupervisionPack({
    client,
    course,
    sessions: sources.sessions,
    ...(sources.contract ? { contract: sources.contract } : {}),
    ...(sources.formulation ? { formulation: sources.formulation } : {}),
    people: sources.people,
    focusChanges: sources.focusChanges,
    agendas: sources.agendas,
    measures: sources.measures,
    flags: sources.flags,
    ...(sources.adherence ? { adherence: sources.adherence } : {}),
    privacy,
  });
  if (!result.ok) return { state: 'refused', problems: result.problems };
  const middle = sources.sessions.filter(
    (s) =>
      s.number !== null && s.status === 'held' && phaseOf(s.number, course.boundaries) === 'middle',
  );
  const hints = adherenceHints({
    people: sources.people.length,
    formulationAgreed: sources.formulation?.agreed?.agreed === true,
    contractAgreed: sources.contract?.agreed === true,
    middleWithAgenda: middle.filter((s) => sources.agendas.some((a) => a.sessionId === s.id))
      .length,
    middleHeld: middle.length,
    endingDueBy: endingRaisedWeek(course),
    relapsePlanMade: sources.relapsePlan !== undefined,
  });
  return {
    state: 'ready',
    pack: result.value,
    hints,
    adherence: sources.adherence,
    people: sources.people,
  };
}
