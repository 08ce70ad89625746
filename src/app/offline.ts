/**
 * Registers the service worker that precaches the app, so it opens with no network. It waits for
 * the page's `load` event (as Workbox advises), so the worker's code and its precache downloads
 * never compete with the first screen.
 */
export function registerOffline(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}

async function register(): Promise<void> {
  try {
    const { registerSW } = await import('virtual:pwa-register');
    registerSW({ immediate: true });
  } catch (error) {
    // Offline use needs the worker, but the app still works online without it.
    console.warn('The offline copy could not be set up:', error);
  }
}
