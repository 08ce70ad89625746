/**
 * What every printed page carries in its margins (issue 13): who the page is about (the client
 * code, left off client handouts), the clinician from Settings, the day it was printed (left off
 * the de-identified supervision pack) and "Page n of N". Chromium draws CSS @page margin boxes, so
 * the lines are written into a style rule for this print view only; nothing shows on screen.
 */
import { useLiveQuery } from 'dexie-react-hooks';

import { formatDay } from '../domain/dates';
import { getSetting } from '../db/settings';
import { todayIso } from '../state/edge';

/** A CSS string literal: quotes and backslashes escaped, line breaks as spaces. */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;
}

export interface MarginLines {
  /** Top left, e.g. "Client PRN-7"; empty for none. */
  about: string;
  /** Top right: the clinician or practice. */
  clinician: string;
  /** Bottom left, e.g. "Printed Wed 18 Nov 2026"; empty for none. */
  printed: string;
}

/** The @page rule for these lines; the page number always bottom right. */
export function marginRule({ about, clinician, printed }: MarginLines): string {
  const box = (name: string, text: string) =>
    text ? `@${name} { content: ${cssString(text)}; }` : '';
  return `@media print { @page { ${box('top-left', about)} ${box('top-right', clinician)} ${box('bottom-left', printed)} } }`;
}

export type Paper = 'record' | 'handout' | 'deidentified';

interface Props {
  /** The client's code (for records and the de-identified pack, which names the code only);
   * none for a page about several clients (the week's packet names each on its own part). */
  code?: string;
  paper?: Paper;
}

/** The print view's margin lines; renders nothing visible (an off-screen status while loading). */
export function PrintMargins({ code, paper = 'record' }: Props) {
  const clinician = useLiveQuery(() => getSetting<string>('clinicianName', ''), []);
  // Until the clinician's name is read, say so (off screen): a page printed now would lack its
  // margin lines, so print views count as loading until they are in place.
  if (clinician === undefined) {
    return (
      <p role="status" className="visually-hidden no-print">
        Loading the page margins…
      </p>
    );
  }
  const rule = marginRule({
    about: paper === 'handout' || !code ? '' : `Client ${code}`,
    clinician: clinician.trim(),
    printed: paper === 'deidentified' ? '' : `Printed ${formatDay(todayIso())}`,
  });
  return <style>{rule}</style>;
}
