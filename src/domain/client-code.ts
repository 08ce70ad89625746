/**
 * Client codes: the short label a client is known by on screen and on paper. The app suggests
 * random codes, never initials, because initials can identify people in small communities.
 */
import { problem } from './problems';
import type { Problem } from './problems';

/** No 0/O, 1/I/L: a code is read aloud and copied by hand. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{1,11}$/;

/** A code such as `C-7KQ3` from four random bytes supplied by the caller. */
export function suggestClientCode(randomBytes: ArrayLike<number>): string {
  let body = '';
  for (let i = 0; i < 4; i += 1) body += ALPHABET[(randomBytes[i] ?? 0) % ALPHABET.length];
  return `C-${body}`;
}

/** Problems with a typed code: 2–12 letters, digits or hyphens, starting with a letter or digit. */
export function checkClientCode(code: string): Problem[] {
  const trimmed = code.trim();
  if (trimmed === '') return [problem('code-missing', 'Enter a client code.', 'code')];
  if (!CODE_PATTERN.test(trimmed)) {
    return [
      problem('code-format', 'Use 2–12 letters, digits or hyphens (for example C-7KQ3).', 'code'),
    ];
  }
  return [];
}
