#!/usr/bin/env node
/**
 * The clinic-scale benchmark (issue 15): builds the app and the floor page, generates the large
 * caseload with a fixed seed, loads it into the app's IndexedDB in Chromium, and times each
 * screen by deep link side by side with the floor in the same run (medians of BENCH_ROUNDS).
 * Then first-screen JS bytes, cold and warm loads. See README "Benchmarks".
 *
 * Env: BENCH_ROUNDS (default 7), BENCH_PORT (default 4417), BENCH_CLIENTS (default 500),
 * BENCH_SEED, BENCH_OUT (build folder, default $TMPDIR/ipt-planner-bench), BENCH_NO_BUILD=1 to
 * reuse the last build, BENCH_SCREENS=this-week,clients (keys from lib/screens.mjs) to time only
 * some screens, BENCH_JSON=path to also write the figures as JSON, CHROME_PATH.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { runnerImport } from 'vite';

import { benchBackup, printBackup } from './backup.mjs';
import { launch } from './lib/browser.mjs';
import { buildBoth } from './lib/build.mjs';
import { jsBytes, printTable } from './lib/report.mjs';
import { benchContext, median, timeOpen } from './lib/measure.mjs';
import { screensOf } from './lib/screens.mjs';
import { seedCaseload, tableFiles } from './lib/seed.mjs';
import { serve } from './lib/server.mjs';

const env = process.env;
const ROUNDS = Number(env.BENCH_ROUNDS ?? 7);
const PORT = Number(env.BENCH_PORT ?? 4417);
const OUT = env.BENCH_OUT ?? join(tmpdir(), 'ipt-planner-bench');
const appDir = join(OUT, 'app');
const floorDir = join(OUT, 'floor');
const base = `http://127.0.0.1:${PORT}`;
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const started = Date.now();
const step = (what) =>
  console.log(`· ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s  ${what}`);

async function load(path) {
  return (await runnerImport(here(path), { configFile: false, logLevel: 'error' })).module;
}

async function generate() {
  const gen = await load('./caseload/index.ts');
  const caseload = gen.generateCaseload({
    ...(env.BENCH_SEED ? { seed: Number(env.BENCH_SEED) } : {}),
    ...(env.BENCH_CLIENTS ? { clients: Number(env.BENCH_CLIENTS) } : {}),
  });
  const dates = await load('../src/domain/dates.ts');
  const pending = await load('../src/domain/writeup/pending.ts');
  const only = env.BENCH_SCREENS ? env.BENCH_SCREENS.split(',') : undefined;
  const screens = screensOf(caseload, {
    ...dates,
    pendingWriteUps: pending.pendingWriteUps,
  }).filter((s) => !only || only.includes(s.key));
  return { caseload, counts: gen.countRecords(caseload.tables), screens };
}

/** One app load and one floor load of `screen`, in alternating order. */
async function round(context, screen, r) {
  const app = () => timeOpen(context, { url: base + screen.path, opened: screen.opened });
  const floor = () =>
    timeOpen(context, {
      url: `${base}/__floor/${screen.key}`,
      floor: { title: screen.label, reads: screen.floor.reads },
    });
  if (r % 2 === 0) return { app: await app(), floor: await floor() };
  const f = await floor();
  return { app: await app(), floor: f };
}

async function timeScreens(context, screens) {
  const results = [];
  for (const screen of screens) {
    const runs = [];
    for (let r = 0; r < ROUNDS; r += 1) runs.push(await round(context, screen, r));
    const pick = (side, key) => median(runs.map((x) => x[side][key]));
    results.push({
      key: screen.key,
      label: screen.label,
      app: pick('app', 'opened'),
      appHeading: pick('app', 'heading'),
      floor: pick('floor', 'opened'),
      appLongest: Math.max(...runs.map((x) => x.app.longest)),
      floorRows: runs[0].floor.rows,
      scripts: { app: runs[0].app.scripts, floor: runs[0].floor.scripts },
    });
    step(
      `${screen.label}: app ${results.at(-1).app.toFixed(0)} ms, floor ${results.at(-1).floor.toFixed(0)} ms`,
    );
  }
  return results;
}

/** Cold (HTTP cache emptied first) and warm (same load again) opens of This week, app and floor. */
async function coldWarm(context, screen) {
  const cdpPage = await context.newPage();
  const cdp = await context.newCDPSession(cdpPage);
  const out = { app: { cold: [], warm: [] }, floor: { cold: [], warm: [] } };
  const opts = {
    app: { url: base + screen.path, opened: screen.opened },
    floor: {
      url: `${base}/__floor/${screen.key}`,
      floor: { title: screen.label, reads: screen.floor.reads },
    },
  };
  for (let r = 0; r < ROUNDS; r += 1) {
    for (const side of ['app', 'floor']) {
      await cdp.send('Network.clearBrowserCache');
      out[side].cold.push((await timeOpen(context, opts[side])).opened);
      out[side].warm.push((await timeOpen(context, opts[side])).opened);
    }
  }
  await cdpPage.close();
  return {
    app: { cold: median(out.app.cold), warm: median(out.app.warm) },
    floor: { cold: median(out.floor.cold), warm: median(out.floor.warm) },
  };
}

async function main() {
  const t0 = Date.now();
  if (env.BENCH_NO_BUILD !== '1') {
    step(`building the app and the floor into ${OUT}`);
    await buildBoth({ appDir, floorDir });
  }
  step('generating the caseload');
  const { caseload, counts, screens } = await generate();
  step(
    `${counts.total} records (seed ${caseload.seed}, today ${caseload.clock.today}): ${JSON.stringify(counts.byTable)}`,
  );
  const server = await serve({ appDir, floorDir, port: PORT, data: tableFiles(caseload.tables) });
  const browser = await launch();
  try {
    const context = await benchContext(browser, caseload.clock.today);
    step("loading it into the app's IndexedDB");
    await seedCaseload(context, base, caseload.tables);
    step(`timing ${screens.length} screens, ${ROUNDS} rounds each`);
    const results = await timeScreens(context, screens);
    step('cold and warm loads of This week');
    const loads = await coldWarm(context, screens[0]);
    step('export, preview and restore of the whole caseload');
    const backup = await benchBackup(context, base);
    const bytes = jsBytes({ appDir, floorDir }, results[0].scripts);
    const figures = {
      rounds: ROUNDS,
      records: counts,
      screens: results,
      loads,
      bytes,
      backup,
      seconds: (Date.now() - t0) / 1000,
    };
    printTable(figures);
    printBackup(backup);
    console.log(
      '\nThe entry and the home route with their static imports (from the build manifest):',
    );
    console.log(
      execFileSync(process.execPath, [here('./first-load.mjs'), appDir], { encoding: 'utf8' }),
    );
    if (env.BENCH_JSON) writeFileSync(env.BENCH_JSON, JSON.stringify(figures, null, 2));
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
