/**
 * Client commands: add, change details, archive, restore, delete. The code stays unique: the
 * check runs inside the same transaction as the write (never against a screen's snapshot).
 */
import { checkClientCode } from '../../domain/client-code';
import type { Client } from '../../domain/types';
import {
  addClientIfCodeFree,
  deleteClientForever,
  setArchived,
  updateClientIfCodeFree,
} from '../../db/clients';
import { db } from '../../db/database';
import { newId, nowIso } from '../../state/edge';
import { Refusal } from '../errors';
import { askPersistentStorage } from '../storage';

export interface ClientDetails {
  code: string;
  /** Optional; blank means none. */
  fullName: string;
}

/** The refusal's sentence when `code` is another client's (a form shows it at the code field). */
export const codeTakenSentence = (code: string) =>
  `Another client already has the code ${code.trim()}.`;

/** The first problem with a typed code (shown at the field before anything is written). */
export function clientCodeProblem(code: string): string | undefined {
  return checkClientCode(code.trim())[0]?.message;
}

function checkedCode(code: string): string {
  const trimmed = code.trim();
  const problem = clientCodeProblem(trimmed);
  if (problem) throw new Refusal('invalid', problem);
  return trimmed;
}

/** Adds a client under `code`; refused when the code is malformed or already used. */
export async function addClient(details: ClientDetails): Promise<Client> {
  const code = checkedCode(details.code);
  const name = details.fullName.trim();
  const client: Client = {
    id: newId(),
    code,
    archived: false,
    createdAt: nowIso(),
    ...(name ? { fullName: name } : {}),
  };
  if ((await addClientIfCodeFree(client)) === 'taken') {
    throw new Refusal('exists', codeTakenSentence(code));
  }
  // Now there is something to keep: ask the browser not to evict it (its answer shows in
  // Settings). Never delays or fails the add.
  if ((await db.clients.count()) === 1) void askPersistentStorage();
  return client;
}

/** Changes a client's code and optional name; the code stays unique. */
export async function saveClientDetails(clientId: string, details: ClientDetails): Promise<void> {
  const code = checkedCode(details.code);
  const name = details.fullName.trim();
  const outcome = await updateClientIfCodeFree(clientId, {
    code,
    fullName: name === '' ? undefined : name,
  });
  if (outcome === 'taken') throw new Refusal('exists', codeTakenSentence(code));
  if (outcome === 'missing') throw new Refusal('not-found');
}

/** Hides a client from the list; every record is kept. */
export async function archiveClient(clientId: string): Promise<void> {
  await setArchived(clientId, true);
}

/** Brings an archived client back to the list. */
export async function restoreClient(clientId: string): Promise<void> {
  await setArchived(clientId, false);
}

/**
 * Deletes a client and everything recorded for them, only when `typedCode` is their code exactly
 * (the screen asks for it); all of it goes, or none.
 */
export async function deleteClient(
  client: Pick<Client, 'id' | 'code'>,
  typedCode: string,
): Promise<void> {
  if (typedCode.trim() !== client.code) {
    throw new Refusal(
      'invalid',
      `Type ${client.code} exactly to confirm. Nothing has been deleted.`,
    );
  }
  await deleteClientForever(client.id);
}
