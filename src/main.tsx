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
carryOverLocalPreferences().catch((error: unknown) => {
  console.warn('Earlier preferences could not be carried over:', error);
});
