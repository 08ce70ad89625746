import { lazy, Suspense, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { Link, NavLink, Outlet } from 'react-router';

import { DbStatus } from '../app-model/db-status';
import { EscapedErrors } from '../app-model/escaped-errors';

import { afterLoad } from './after-load';

/**
 * The backup reminder is loaded after the shell: it shows only once its live query has answered
 * anyway, and its code (settings, the clock and the date parser) stays out of the entry chunk.
 */
const BackupReminderBar = lazy(() =>
  import('../app-model/backup-reminder-bar').then((m) => ({ default: m.BackupReminderBar })),
);

/** How long after the page's load event the reminder starts, then at most for an idle moment. */
const REMINDER_AFTER_LOAD_MS = 1500;
const REMINDER_IDLE_TIMEOUT_MS = 1000;

/**
 * True a moment after the page has loaded, at an idle time: the backup reminder's code and its
 * read of the clients (while no backup was ever saved) then no longer compete with the screen the
 * therapist opened, whose data often arrives after the load event (issue 15). The reminder is a
 * quiet bar, never urgent, so the wait changes nothing for it.
 */
function usePageSettled(): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    let cancelIdle = () => {};
    const cancelWait = afterLoad(REMINDER_AFTER_LOAD_MS, () => {
      if (typeof window.requestIdleCallback !== 'function') {
        setSettled(true);
        return;
      }
      const id = window.requestIdleCallback(() => setSettled(true), {
        timeout: REMINDER_IDLE_TIMEOUT_MS,
      });
      cancelIdle = () => window.cancelIdleCallback(id);
    });
    return () => {
      cancelWait();
      cancelIdle();
    };
  }, []);
  return settled;
}

/**
 * The frame around every screen: skip link, navigation, and the main landmark. `children` replace
 * the matched screen, for the first load's "Loading…" (drawn inside the same frame, so nothing moves).
 */
export function Shell({ children }: { children?: ReactNode }) {
  const settled = usePageSettled();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header no-print">
        <span className="app-header__name">IPT Planner</span>
        <nav aria-label="Main">
          <ul>
            <li>
              <NavLink to="/" end>
                This week
              </NavLink>
            </li>
            <li>
              <NavLink to="/clients">Clients</NavLink>
            </li>
            <li>
              <NavLink to="/settings">Settings</NavLink>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main">
        <EscapedErrors />
        <DbStatus>{children ?? <Outlet />}</DbStatus>
        {/* After the screen: fixed along the window's foot on wide screens, at the page's end on a phone. */}
        {settled ? (
          <Suspense fallback={null}>
            <BackupReminderBar />
          </Suspense>
        ) : null}
      </main>
      <footer className="app-footer no-print">
        Data is kept only in this browser on this device. Nothing is sent anywhere.{' '}
        <Link to="/backup">Restore a backup</Link>
      </footer>
    </>
  );
}
