/**
 * Saves a draft as the therapist types: ~500 ms after the last change, and at once when the tab
 * is hidden or the screen closes, so a reload or a closed tab loses nothing.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export function useAutosave<T>(value: T, save: (value: T) => Promise<void>, delay = 500) {
  const [savedAt, setSavedAt] = useState<Date>();
  const [error, setError] = useState<string>();
  const pending = useRef<T | null>(null);
  const first = useRef(true);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(() => {
    const next = pending.current;
    if (next === null) return;
    pending.current = null;
    saveRef.current(next).then(
      () => {
        setSavedAt(new Date());
        setError(undefined);
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, []);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    pending.current = value;
    const timer = setTimeout(flush, delay);
    return () => clearTimeout(timer);
  }, [value, delay, flush]);

  useEffect(() => {
    const onHide = () => flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, [flush]);

  /** Drops any unsaved change (the record was saved another way, e.g. finalised). */
  const cancel = useCallback(() => {
    pending.current = null;
  }, []);

  return { savedAt, error, cancel };
}
