/** The number fields as typed: kept as text so a half-typed value is never lost. */
import type { SessionWriteUp, WriteUpFields } from '../../domain/writeup';

export interface NumberTexts {
  minutes: string;
  phq9: string;
  gad7: string;
}

export function textsOf(w: WriteUpFields): NumberTexts {
  const text = (n: number | undefined) => (n === undefined ? '' : String(n));
  return { minutes: text(w.minutes), phq9: text(w.scores.phq9), gad7: text(w.scores.gad7) };
}

function numberOf(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text);
}

/** The fields with the typed numbers applied (blank means not recorded). */
export function withNumbers<T extends WriteUpFields>(w: T, texts: NumberTexts): T {
  const minutes = numberOf(texts.minutes);
  const phq9 = numberOf(texts.phq9);
  const gad7 = numberOf(texts.gad7);
  const rest = { ...w };
  delete rest.minutes;
  return {
    ...rest,
    ...(minutes === undefined ? {} : { minutes }),
    scores: { ...(phq9 === undefined ? {} : { phq9 }), ...(gad7 === undefined ? {} : { gad7 }) },
  } as T;
}

export type { SessionWriteUp };
