/**
 * Runs `run` `delayMs` after the page's load event (at once counted from now when the page has
 * already loaded), for work that must not compete with the first screen: its data often arrives
 * after the load event (issue 15). Returns a function that cancels it if it has not run yet.
 */
export function afterLoad(delayMs: number, run: () => void): () => void {
  let cancel = () => {};
  const later = () => {
    const id = window.setTimeout(run, delayMs);
    cancel = () => window.clearTimeout(id);
  };
  if (document.readyState === 'complete') later();
  else {
    window.addEventListener('load', later, { once: true });
    cancel = () => window.removeEventListener('load', later);
  }
  return () => cancel();
}
