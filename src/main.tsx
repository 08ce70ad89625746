import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';

import { afterLoad } from './app/after-load';
import { createAppRouter } from './app/router';
import { registerOffline } from './app/offline';
import { carryOverLocalPreferences } from './state/preferences';
import './app/styles.css';
import './app/responsive.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <RouterProvider router={createAppRouter()} />
  </StrictMode>,
);
registerOffline();

/**
 * Well after the first screen: the browser loads localStorage from disk on its first use (about
 * 15 ms of the main thread, issue 15), and the page's load event can come before the screen's data.
 * Preferences carried over from an earlier version (once ever) reach the screens through their
 * live query when written; until then the defaults show, which hide names.
 */
const CARRY_OVER_AFTER_MS = 2000;
function carryOverLater(): void {
  carryOverLocalPreferences().catch((error: unknown) => {
    console.warn('Earlier preferences could not be carried over:', error);
  });
}
afterLoad(CARRY_OVER_AFTER_MS, carryOverLater);
