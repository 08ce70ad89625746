/**
 * Registers the service worker that precaches the app, so it opens with no network. It waits for
 * the page's `load` event (as Workbox advises), so the worker's code and its precache downloads
 * never compete with the first screen. Not a write: a failure is logged, and the app still works
 * online without the worker.
 */
import { afterLoad } from './after-load';

export function registerOffline(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  afterLoad(0, register);
}

function register(): void {
  import('virtual:pwa-register')
    .then(({ registerSW }) => registerSW({ immediate: true }))
    .catch((error: unknown) => {
      console.warn('The offline copy could not be set up:', error);
    });
}
