/**
 * Saves a draft as the therapist types: ~500 ms after the last change, and at once when the tab is
 * hidden, the screen closes or another tab upgrades the database (before this tab lets go of it). A
 * failed write keeps the value and is retried (1 s, 2 s, 4 s … up to 15 s) until it is stored;
 * a refusal that a retry cannot cure (a record finalised or changed elsewhere) is shown and not
 * retried; the value stays pending, so a later `flush` (after the therapist's choice) writes it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

import { reasonOf, sentenceOf } from '../../app-model/errors';
import type { Reason } from '../../app-model/errors';
import { beforeVersionClose } from '../../db/database';
import { nowIso } from '../../state/edge';

export type AutosaveStatus =
  | { kind: 'idle' }
  | { kind: 'saved'; at: Date }
  | { kind: 'retrying'; message: string }
  | { kind: 'failed'; message: string };

const FINAL: readonly Reason[] = ['locked', 'invalid', 'not-found', 'exists', 'conflict'];
const retryDelay = (attempt: number) => Math.min(1000 * 2 ** attempt, 15_000);
const AFTER_CLOSE_TRIES = 3;
/** Runs a flush nobody waits for (it never rejects: failures show in the status). */
const background = (work: Promise<unknown>) => {
  work.catch((error: unknown) => console.error(error));
};

export interface Autosave {
  status: AutosaveStatus;
  /** Writes any pending change now; resolves true once nothing is left unsaved. */
  flush: () => Promise<boolean>;
  /** Drops any unsaved change (the record was saved another way, e.g. finalised). */
  cancel: () => void;
}

export function useAutosave<T>(value: T, save: (value: T) => Promise<void>, delay = 500): Autosave {
  const [status, setStatus] = useState<AutosaveStatus>({ kind: 'idle' });
  const pending = useRef<{ value: T } | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const retry = useRef<ReturnType<typeof setTimeout>>(undefined);
  const attempts = useRef(0);
  const first = useRef(true);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const mounted = useRef(true);

  /** One write of `next`: stored, to retry, or refused for good. */
  const writeOnce = useCallback(
    async (next: { value: T }): Promise<'saved' | 'retry' | 'final'> => {
      try {
        await saveRef.current(next.value);
        if (pending.current === next) pending.current = null;
        attempts.current = 0;
        setStatus({ kind: 'saved', at: new Date(nowIso()) });
        return 'saved';
      } catch (error) {
        console.error(error);
        const final = FINAL.includes(reasonOf(error));
        setStatus({ kind: final ? 'failed' : 'retrying', message: sentenceOf(error) });
        return final ? 'final' : 'retry';
      }
    },
    [],
  );

  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(retry.current);
    while (inFlight.current) await inFlight.current;
    const next = pending.current;
    if (!next) return true;
    const run = writeOnce(next).then((outcome) => {
      // Keep retrying while the screen is open; after it closes, a few more tries.
      const more = mounted.current || attempts.current < AFTER_CLOSE_TRIES;
      if (outcome === 'retry' && pending.current === next && more) {
        retry.current = setTimeout(() => background(flush()), retryDelay(attempts.current));
        attempts.current += 1;
      }
      return outcome === 'saved';
    });
    inFlight.current = run;
    const ok = await run;
    inFlight.current = null;
    return ok && pending.current === null;
  }, [writeOnce]);

  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return undefined;
    }
    pending.current = { value };
    const timer = setTimeout(() => background(flushRef.current()), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);

  useEffect(() => {
    const onHide = () => background(flushRef.current());
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    // Another tab upgrades the database: the draft is stored before this tab lets go of it.
    const unregister = beforeVersionClose(() => flushRef.current());
    mounted.current = true;
    return () => {
      mounted.current = false;
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      unregister();
      background(flushRef.current());
    };
  }, []);

  const cancel = useCallback(() => {
    clearTimeout(retry.current);
    pending.current = null;
  }, []);

  return { status, flush, cancel };
}
