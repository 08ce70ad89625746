/**
 * Write-up commands: save the draft (autosave), finalise, amend, record attendance with its
 * schedule change, and the write-up settings. Each reads the stored record it changes inside its
 * own transaction (`changeWriteUp`), so a finalised record is never overwritten by a late draft.
 */
import type { RiskFlag } from '../../domain/measures';
import type { Session } from '../../domain/types';
import { amendWriteUp, riskOf } from '../../domain/writeup';
import type { Clinician, NoteFormat, SessionWriteUp, WriteUpChanges } from '../../domain/writeup';
import { setSetting } from '../../db/settings';
import { changeWriteUp, getWriteUp, saveWriteUpWithSchedule } from '../../db/writeups';
import { nowIso } from '../../state/edge';
import { Refusal } from '../errors';

const LOCKED =
  'Not saved: this write-up is already final (perhaps in another tab). Add an amendment instead.';

function refuseFinal(stored: SessionWriteUp | undefined): void {
  if (stored?.status === 'final') throw new Refusal('locked', LOCKED);
}

const CHANGED =
  'Not saved: this write-up was changed in another tab since this one read it. Your text is kept here; choose what to keep.';

/** The stored record changed since this tab read it (revision `base`): the caller chooses. */
export class WriteUpConflict extends Refusal {
  readonly theirs: SessionWriteUp;
  constructor(theirs: SessionWriteUp) {
    super('conflict', CHANGED);
    this.theirs = theirs;
  }
}

const BOOKKEEPING = new Set(['updatedAt', 'revision', 'risk', 'status']);

/** Whether two records hold the same content (their bookkeeping fields aside). */
function sameContent(a: SessionWriteUp, b: SessionWriteUp): boolean {
  const content = (w: SessionWriteUp) =>
    JSON.stringify(
      Object.entries(w)
        .filter(([key, value]) => !BOOKKEEPING.has(key) && value !== undefined)
        .sort(([x], [y]) => (x < y ? -1 : 1)),
    );
  return content(a) === content(b);
}

/**
 * Saves the draft as typed, with its risk status from the client's flags, over revision `base`
 * (the one this tab last read or wrote; undefined: no check). Refused once final, and refused
 * with the stored record (`WriteUpConflict`) when another tab saved since. Returns the revision
 * written.
 */
export async function saveDraft(
  draft: SessionWriteUp,
  flags: readonly RiskFlag[],
  base?: number,
): Promise<number> {
  const risk = riskOf(flags, draft.sessionId);
  const stored = await getWriteUp(draft.sessionId);
  // Nothing to write (the other tab's text, just taken): the revision stays, so no false conflict.
  if (stored?.status === 'draft' && stored.risk === risk && sameContent(stored, draft)) {
    return stored.revision ?? 0;
  }
  const written = await changeWriteUp(draft.sessionId, (current) => {
    refuseFinal(current);
    if (current && base !== undefined && (current.revision ?? 0) !== base) {
      throw new WriteUpConflict(current);
    }
    return { ...draft, status: 'draft', risk, updatedAt: nowIso() };
  });
  return written.revision ?? 0;
}

export interface FinaliseInput {
  /** The record as `finaliseWriteUp` (domain) made it: checked, status final, stamped. */
  record: SessionWriteUp;
  /** The course's sessions with this one marked held, when finalising also marks it held. */
  schedule?: readonly Session[];
}

/** Stores the finalised record (with the session marked held when it was planned). */
export async function finaliseDraft(input: FinaliseInput): Promise<void> {
  if (input.record.status !== 'final') throw new Refusal('invalid');
  if (input.schedule) {
    await saveWriteUpWithSchedule(input.record, input.schedule, undefined, refuseFinal);
    return;
  }
  await changeWriteUp(input.record.sessionId, (stored) => {
    refuseFinal(stored);
    return input.record;
  });
}

export interface AmendInput {
  sessionId: string;
  changes: WriteUpChanges;
  reason: string;
}

/** Adds a dated amendment to the stored final record; the original stays as it was. */
export async function saveAmendment(input: AmendInput): Promise<SessionWriteUp> {
  return changeWriteUp(input.sessionId, (stored) => {
    if (!stored) throw new Refusal('not-found');
    const result = amendWriteUp(stored, input.changes, input.reason, nowIso());
    if (!result.ok) {
      throw new Refusal('invalid', `Not saved: ${result.problems.map((p) => p.message).join(' ')}`);
    }
    return result.value;
  });
}

export interface AttendanceInput {
  record: SessionWriteUp;
  /** The course's sessions after the change (a cancellation's rule applied, or marked held). */
  schedule: readonly Session[];
  /** The session whose record moves to `record.sessionId` (a therapist cancellation). */
  replacedId: string;
}

/** Saves the attendance with the schedule change in one transaction. */
export async function recordAttendance(input: AttendanceInput): Promise<void> {
  await saveWriteUpWithSchedule(
    { ...input.record, updatedAt: nowIso() },
    input.schedule,
    input.replacedId,
    refuseFinal,
  );
}

/** Keeps the progress-note layout as the therapist's setting. */
export async function saveNoteFormat(format: NoteFormat): Promise<NoteFormat> {
  await setSetting('noteFormat', format);
  return format;
}

/** Keeps the retention period (years) as the therapist's setting. */
export async function saveRetentionYears(years: number): Promise<number> {
  await setSetting('retentionYears', years);
  return years;
}

/** Keeps the clinician's name and credentials, printed at the foot of every progress note. */
export async function saveClinician(clinician: Clinician): Promise<Clinician> {
  const kept = { name: clinician.name.trim(), credentials: clinician.credentials.trim() };
  await setSetting('clinicianName', kept.name);
  await setSetting('clinicianCredentials', kept.credentials);
  return kept;
}
