/**
 * Orders for the app's own strings without the browser's collator: `localeCompare` starts ICU's
 * collation on its first call (about 20 ms of a first screen's main thread, issue 15), and for ISO
 * days, times, timestamps of one format and ids, code-unit order is the same order.
 */

/** Code-unit order (how IndexedDB orders strings too). */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Client codes (letters, digits and hyphens) alphabetically, ignoring case, as the locale orders
 * them: hyphen before digits before letters; codes equal but for case fall back to code units.
 */
export function byCode(a: string, b: string): number {
  return byText(a.toLowerCase(), b.toLowerCase()) || byText(a, b);
}
