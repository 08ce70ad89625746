/**
 * The first checks on a backup file, before any row is looked at: its size, its encoding, whether
 * it is JSON at all, and whether its structure is something this app could have written (no keys
 * such as `__proto__`, no absurd nesting). Each refusal is one sentence the therapist can act on.
 */
import { failure, problem, resultOf } from './problems';
import type { Result } from './problems';

/** The largest backup accepted: 500 clients' full courses are about 50 MB; this leaves room. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;
/** Deeper than any record the app writes (a write-up amendment is about six levels). */
export const MAX_DEPTH = 32;
/** Keys that would change an object's prototype when copied; the app never writes them. */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

const megabytes = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024))} MB`;

/** Refuses a file by its size alone, so a far too large file is never read into memory. */
export function checkBackupSize(bytes: number): Result<number> {
  if (bytes === 0) return failure([problem('backup-empty', 'This file is empty.')]);
  if (bytes > MAX_BACKUP_BYTES) {
    return failure([
      problem(
        'backup-too-large',
        `This file is ${megabytes(bytes)}; a backup from this app is at most ${megabytes(MAX_BACKUP_BYTES)}. It is not restored.`,
      ),
    ]);
  }
  return resultOf(bytes, []);
}

/** The file's bytes as text: UTF-8 only (a UTF-8 byte-order mark is allowed). */
export function decodeBackup(bytes: Uint8Array): Result<string> {
  const size = checkBackupSize(bytes.length);
  if (!size.ok) return failure(size.problems);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return failure([
      problem(
        'backup-utf16',
        'This file is saved as UTF-16 text; a backup from this app is UTF-8. Use the original file.',
      ),
    ]);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return failure([binary()]);
  }
  if (text.includes('\u0000')) return failure([binary()]);
  return resultOf(text.replace(/^\uFEFF/, ''), []);
}

const binary = () =>
  problem('backup-binary', 'This file is not text (it holds binary data), so it is not a backup.');

/** Parses the text as JSON, telling a cut-off file from one that was never JSON. */
export function parseBackupText(text: string): Result<unknown> {
  const trimmed = text.trim();
  if (trimmed === '') return failure([problem('backup-empty', 'This file is empty.')]);
  try {
    return resultOf(JSON.parse(trimmed) as unknown, []);
  } catch {
    if (trimmed.startsWith('{') && !trimmed.endsWith('}')) {
      return failure([
        problem(
          'backup-truncated',
          'This file is cut off before its end (perhaps the download or copy was interrupted).',
        ),
      ]);
    }
    return failure([
      problem('backup-not-json', 'This file is not a readable backup (it is not JSON).'),
    ]);
  }
}

/**
 * Walks the parsed value without recursion: refuses nesting deeper than MAX_DEPTH and any key in
 * FORBIDDEN_KEYS, naming where it was found.
 */
export function checkStructure(raw: unknown): Result<unknown> {
  const stack: { value: unknown; path: string; depth: number }[] = [
    { value: raw, path: '', depth: 0 },
  ];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_DEPTH) {
      return failure([
        problem('backup-too-deep', `This file is nested far deeper than any backup (at ${path}).`),
      ]);
    }
    for (const key of Object.keys(value)) {
      const at = path === '' ? key : `${path}.${key}`;
      if (FORBIDDEN_KEYS.includes(key)) {
        return failure([
          problem(
            'backup-forbidden-key',
            `This file has an entry named "${key}" (at ${at}), which this app never writes. It is not restored.`,
          ),
        ]);
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: at, depth: depth + 1 });
    }
  }
  return resultOf(raw, []);
}
