/**
 * Timing one deep link. "Opened" means the same for the app and the floor: the moment (from
 * `performance.now()`, i.e. since navigation start) at which a DOM mutation first leaves the page
 * with its h1 starting with the screen's heading AND the screen's data present (its expected
 * strings in the page text, or enough matching elements). A MutationObserver installed before
 * any page script checks after every batch of DOM changes, so the time is taken as React commits,
 * before the paint that follows. "Heading" is when that h1 first appeared. Long tasks are read
 * with PerformanceObserver('longtask') for the whole load.
 */

/**
 * Installed on the context before its fixed clock (see `benchContext`), so it keeps the real
 * `performance`: Playwright's clock replaces it with one that follows the fake time. Watches the
 * DOM for `window.__OPENED__` (set per page) and records the times in window.__bench.
 */
function watch() {
  const perf = window.performance;
  const realNow = perf.now.bind(perf);
  const now = () => realNow();
  const b = { heading: undefined, opened: undefined, longest: 0, longtasks: 0, rows: undefined };
  window.__bench = b;
  window.__benchScripts = () =>
    perf
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.js'))
      .map((e) => new URL(e.name).pathname);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        b.longest = Math.max(b.longest, e.duration);
        b.longtasks += 1;
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* no long-task timing in this browser */
  }
  const check = () => {
    const opened = window.__OPENED__;
    if (b.opened !== undefined || !opened) return;
    const h1 = document.querySelector('h1');
    const heading = h1?.textContent?.trim() ?? '';
    if (!heading.startsWith(opened.h1)) return;
    if (b.heading === undefined) b.heading = now();
    if (opened.css && document.querySelectorAll(opened.css).length < (opened.min ?? 1)) return;
    if (opened.texts) {
      const text = document.body.textContent ?? '';
      if (!opened.texts.every((s) => text.includes(s))) return;
    }
    b.opened = now();
    b.rows = opened.css ? document.querySelectorAll(opened.css).length : undefined;
    observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/** Sets what "opened" means on this page and, for the floor, its reads, before any page script runs. */
function pageSpec({ opened, floor }) {
  window.__OPENED__ = opened;
  if (floor) window.__FLOOR_SPEC__ = floor;
}

/**
 * A browser context for timing: service workers blocked (both stacks load from the HTTP cache
 * alike), the real-clock watcher installed first, then the clock fixed at 10:00 on `today`.
 */
export async function benchContext(browser, today) {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 900 },
  });
  await context.addInitScript(watch);
  await context.clock.setFixedTime(new Date(`${today}T10:00:00`));
  return context;
}

const FLOOR_OPENED = (title) => ({ h1: title, css: 'ul[aria-label="Rows"] > li', min: 0 });

/**
 * Opens `url` in a new page of `context` and returns the times of `opened` (ms since navigation
 * start), the JS files it loaded, and its longest task. `floor` adds the floor's reads.
 * `context` comes from `benchContext`.
 */
export async function timeOpen(context, { url, opened, floor, timeout = 30_000 }) {
  const page = await context.newPage();
  try {
    await page.addInitScript(pageSpec, {
      opened: floor ? FLOOR_OPENED(floor.title) : opened,
      floor,
    });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench?.opened !== undefined, undefined, {
      timeout,
      polling: 50,
    });
    return await page.evaluate(() => ({ ...window.__bench, scripts: window.__benchScripts() }));
  } catch (e) {
    const want = floor ? FLOOR_OPENED(floor.title) : opened;
    const seen = await page
      .evaluate((o) => {
        const text = document.body.textContent ?? '';
        return {
          h1: document.querySelector('h1')?.textContent,
          bench: window.__bench,
          matching: o.css ? document.querySelectorAll(o.css).length : undefined,
          missing: (o.texts ?? []).filter((t) => !text.includes(t)).slice(0, 5),
        };
      }, want)
      .catch(() => undefined);
    throw new Error(
      `${url} did not open: ${e.message.split('\n')[0]} (page: ${JSON.stringify(seen)})`,
    );
  } finally {
    await page.close();
  }
}

/** The median of numbers (undefined for none). */
export function median(values) {
  const v = values.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (v.length === 0) return undefined;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
