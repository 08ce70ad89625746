import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';

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
 * After the first screen: the browser loads localStorage from disk on its first use (about 15 ms
 * of the main thread on a first load, issue 15), and preferences carried over from an earlier
 * version reach the screens through their live query whenever they are written.
 */
function carryOverLater(): void {
  carryOverLocalPreferences().catch((error: unknown) => {
    console.warn('Earlier preferences could not be carried over:', error);
  });
}
if (document.readyState === 'complete') setTimeout(carryOverLater, 0);
else window.addEventListener('load', () => setTimeout(carryOverLater, 0), { once: true });
