/** Registers the service worker that precaches the app, so it opens with no network. */
export async function registerOffline(): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  try {
    const { registerSW } = await import('virtual:pwa-register');
    registerSW({ immediate: true });
  } catch (error) {
    // Offline use needs the worker, but the app still works online without it.
    console.warn('The offline copy could not be set up:', error);
  }
}
