/**
 * Never lose typing (issue 10 item 3): while a form that saves on request has unsaved changes,
 * following a link asks first (stay, or discard and leave), and closing or reloading the tab asks
 * the browser's own question. The prompt is inline, next to the form, never a blocking modal.
 */
import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';

/** Blocks in-app navigation and tab close while `dirty`; render the returned prompt. */
export function useUnsavedGuard(dirty: boolean) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need a returnValue to show their prompt.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
  return blocker;
}

type Blocker = ReturnType<typeof useBlocker>;

/** The question shown when the therapist tries to leave with unsaved changes. */
export function UnsavedPrompt({
  blocker,
  what = 'this form',
}: {
  blocker: Blocker;
  what?: string;
}) {
  const stay = useRef<HTMLButtonElement>(null);
  const blocked = blocker.state === 'blocked';
  useEffect(() => {
    if (blocked) stay.current?.focus();
  }, [blocked]);
  if (!blocked) return null;
  return (
    <section
      className="unsaved-prompt no-print"
      role="alertdialog"
      aria-labelledby="unsaved-title"
      aria-describedby="unsaved-text"
    >
      <h2 id="unsaved-title">Unsaved changes</h2>
      <p id="unsaved-text">You have changes in {what} that are not saved yet.</p>
      <div className="unsaved-prompt__actions">
        <button type="button" ref={stay} onClick={() => blocker.reset?.()}>
          Stay on this page
        </button>
        <button type="button" className="danger" onClick={() => blocker.proceed?.()}>
          Discard changes and leave
        </button>
      </div>
    </section>
  );
}
