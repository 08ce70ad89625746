import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import { Link, NavLink, Outlet } from 'react-router';

import { DbStatus } from '../app-model/db-status';
import { EscapedErrors } from '../app-model/escaped-errors';

/**
 * The backup reminder is loaded after the shell: it shows only once its live query has answered
 * anyway, and its code (settings, the clock and the date parser) stays out of the entry chunk.
 */
const BackupReminderBar = lazy(() =>
  import('../app-model/backup-reminder-bar').then((m) => ({ default: m.BackupReminderBar })),
);

/**
 * The frame around every screen: skip link, navigation, and the main landmark. `children` replace
 * the matched screen, for the first load's "Loading…" (drawn inside the same frame, so nothing moves).
 */
export function Shell({ children }: { children?: ReactNode }) {
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
        <Suspense fallback={null}>
          <BackupReminderBar />
        </Suspense>
      </main>
      <footer className="app-footer no-print">
        Data is kept only in this browser on this device. Nothing is sent anywhere.{' '}
        <Link to="/backup">Restore a backup</Link>
      </footer>
    </>
  );
}
