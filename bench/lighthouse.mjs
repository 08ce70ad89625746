#!/usr/bin/env node
/**
 * Lighthouse on the built app with the clinic-scale caseload loaded (issue 15), outside `npm test`
 * and CI's pass/fail: `npm run lighthouse`. Builds the app and the floor (the seeder lives on the
 * floor's page), generates the caseload with the bench's fixed seed, starts Debian's Chromium with
 * chrome-launcher, loads the caseload into the app's IndexedDB through that same browser
 * (Playwright over CDP), then runs Lighthouse (storage kept) on each page, desktop and mobile.
 * Prints performance, accessibility, best practices and CLS per page and writes them to
 * bench/results/lighthouse.json.
 *
 * Env: LH_PORT (default 4427), LH_PAGES=this-week,course (keys from lib/screens.mjs),
 * BENCH_CLIENTS, BENCH_SEED, BENCH_OUT, BENCH_NO_BUILD=1, CHROME_PATH.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { runnerImport } from 'vite';

import { buildBoth } from './lib/build.mjs';
import { screensOf } from './lib/screens.mjs';
import { seedCaseload, tableFiles } from './lib/seed.mjs';
import { serve } from './lib/server.mjs';

const env = process.env;
const PORT = Number(env.LH_PORT ?? 4427);
const OUT = env.BENCH_OUT ?? join(tmpdir(), 'ipt-planner-bench');
const appDir = join(OUT, 'app');
const floorDir = join(OUT, 'floor');
const base = `http://127.0.0.1:${PORT}`;
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const PAGES = (env.LH_PAGES ?? 'this-week,course').split(',');
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function load(path) {
  return (await runnerImport(here(path), { configFile: false, logLevel: 'error' })).module;
}

async function caseloadAndPages() {
  const gen = await load('./caseload/index.ts');
  const caseload = gen.generateCaseload({
    ...(env.BENCH_SEED ? { seed: Number(env.BENCH_SEED) } : {}),
    ...(env.BENCH_CLIENTS ? { clients: Number(env.BENCH_CLIENTS) } : {}),
  });
  const dates = await load('../src/domain/dates.ts');
  const pending = await load('../src/domain/writeup/pending.ts');
  const screens = screensOf(caseload, { ...dates, pendingWriteUps: pending.pendingWriteUps });
  return { caseload, pages: screens.filter((s) => PAGES.includes(s.key)) };
}

const SETTINGS = {
  desktop: {
    formFactor: 'desktop',
    screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1 },
    throttling: { rttMs: 40, throughputKbps: 10240, cpuSlowdownMultiplier: 1 },
  },
  mobile: { formFactor: 'mobile' },
};

async function audit(port, url, form) {
  const { lhr } = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error' },
    {
      extends: 'lighthouse:default',
      settings: {
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
        disableStorageReset: true,
        ...(form === 'desktop' ? { preset: 'desktop' } : {}),
        ...SETTINGS[form],
      },
    },
  );
  const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    cls: lhr.audits['cumulative-layout-shift']?.numericValue,
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue,
    shifts: (lhr.audits['layout-shifts']?.details?.items ?? []).map((i) => ({
      score: i.score,
      node: i.node?.snippet ?? i.node?.selector,
    })),
  };
}

async function main() {
  if (env.BENCH_NO_BUILD !== '1') await buildBoth({ appDir, floorDir });
  const { caseload, pages } = await caseloadAndPages();
  const server = await serve({ appDir, floorDir, port: PORT, data: tableFiles(caseload.tables) });
  const chrome = await chromeLauncher.launch({
    chromePath: env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: FLAGS,
  });
  const results = [];
  try {
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
    await seedCaseload(browser.contexts()[0], base, caseload.tables);
    await browser.close();
    for (const page of pages) {
      for (const form of ['desktop', 'mobile']) {
        const r = await audit(chrome.port, base + page.path, form);
        results.push({ page: page.label, path: page.path, form, ...r });
        console.log(
          `${page.label.padEnd(34)} ${form.padEnd(7)} perf ${r.performance}  a11y ${r.accessibility}  best ${r.bestPractices}  CLS ${r.cls?.toFixed(3)}  LCP ${r.lcpMs?.toFixed(0)} ms  TBT ${r.tbtMs?.toFixed(0)} ms`,
        );
      }
    }
  } finally {
    await chrome.kill();
    server.close();
  }
  mkdirSync(here('./results'), { recursive: true });
  writeFileSync(here('./results/lighthouse.json'), JSON.stringify(results, null, 2));
  console.log('written to bench/results/lighthouse.json');
}

await main();
