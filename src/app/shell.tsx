import { Link, NavLink, Outlet } from 'react-router';

import { BackupReminderBar } from '../app-model/backup-reminder-bar';
import { EscapedErrors } from '../app-model/escaped-errors';

/** The frame around every screen: skip link, navigation, and the main landmark. */
export function Shell() {
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
        <BackupReminderBar />
        <Outlet />
      </main>
      <footer className="app-footer no-print">
        Data is kept only in this browser on this device. Nothing is sent anywhere.{' '}
        <Link to="/backup">Restore a backup</Link>
      </footer>
    </>
  );
}
