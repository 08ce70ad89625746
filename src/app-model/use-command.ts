/**
 * The one way a screen runs a write. `useCommand(fn, { done })` returns `run`, which:
 * - ignores calls while one is pending (a double click submits once), and `pending` lets the
 *   control be disabled meanwhile;
 * - on success shows `done` (a confirmation such as "Flag raised") in `status`;
 * - on failure shows the reason's sentence (errors.ts) and resolves `false`, so the caller keeps
 *   what the therapist typed (clear inputs only in `onDone` or when `run` resolved true).
 * Nothing is thrown past the handler: no `void handler()` with a silent rejection.
 */
import { useCallback, useRef, useState } from 'react';

import { sentenceOf } from './errors';

export type CommandStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'done'; message: string }
  | { kind: 'failed'; message: string };

export interface CommandOptions<R> {
  /** The confirmation shown on success; a function gets the command's result. */
  done: string | ((result: R) => string);
  /** Runs after a success (reset the form here). */
  onDone?: (result: R) => void;
}

export interface Command<A extends unknown[]> {
  /** Runs the command once; resolves true when it succeeded. Never rejects. */
  run: (...args: A) => Promise<boolean>;
  pending: boolean;
  status: CommandStatus;
  /** Clears a shown confirmation or failure (e.g. when the therapist edits again). */
  reset: () => void;
}

export function useCommand<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
  options: CommandOptions<R>,
): Command<A> {
  const [status, setStatus] = useState<CommandStatus>({ kind: 'idle' });
  const running = useRef(false);
  const latest = useRef({ fn, options });
  latest.current = { fn, options };

  const run = useCallback(async (...args: A): Promise<boolean> => {
    if (running.current) return false;
    running.current = true;
    setStatus({ kind: 'pending' });
    try {
      const result = await latest.current.fn(...args);
      const { done, onDone } = latest.current.options;
      setStatus({ kind: 'done', message: typeof done === 'function' ? done(result) : done });
      onDone?.(result);
      return true;
    } catch (error) {
      console.error(error);
      setStatus({ kind: 'failed', message: sentenceOf(error) });
      return false;
    } finally {
      running.current = false;
    }
  }, []);

  const reset = useCallback(() => setStatus({ kind: 'idle' }), []);
  return { run, pending: status.kind === 'pending', status, reset };
}
