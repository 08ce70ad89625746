/** The bench's printed figures: the screen table, first-screen JS bytes, cold and warm loads. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

function sizes(dir, paths, prefix) {
  let raw = 0;
  let gzip = 0;
  for (const p of new Set(paths)) {
    const bytes = readFileSync(join(dir, p.slice(prefix.length)));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: new Set(paths).size, raw, gzip };
}

/** Raw and gzip bytes of the JS files the app and the floor actually loaded for the first screen. */
export function jsBytes({ appDir, floorDir }, scripts) {
  return {
    app: sizes(appDir, scripts.app, '/'),
    floor: sizes(floorDir, scripts.floor, '/__floor/'),
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n) => (n === undefined ? '—' : `${n.toFixed(0)} ms`);
const ratio = (a, b) =>
  a === undefined || b === undefined || b === 0 ? '—' : `${(a / b).toFixed(2)}×`;

/** Prints every figure as plain-text tables. */
export function printTable(f) {
  const rows = f.screens.map((s) => [
    s.label,
    ms(s.app),
    ms(s.floor),
    ratio(s.app, s.floor),
    ms(s.appHeading),
    ms(s.appLongest),
  ]);
  const head = ['Screen', 'App', 'Floor', 'Ratio', 'App h1', 'Longest task'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(
    `\nScreens by deep link, medians of ${f.rounds} rounds (${f.records.total} records):\n`,
  );
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.forEach((r) => console.log(line(r)));
  const { app, floor } = f.bytes;
  console.log(
    `\nFirst-screen JS (This week): app ${app.files} files, ${kb(app.raw)} raw, ${kb(app.gzip)} gzip; floor ${floor.files} files, ${kb(floor.raw)} raw, ${kb(floor.gzip)} gzip; ratio ${ratio(app.gzip, floor.gzip)}`,
  );
  const l = f.loads;
  console.log(
    `Load of This week: cold app ${ms(l.app.cold)} / floor ${ms(l.floor.cold)} (${ratio(l.app.cold, l.floor.cold)}); warm app ${ms(l.app.warm)} / floor ${ms(l.floor.warm)} (${ratio(l.app.warm, l.floor.warm)})`,
  );
  console.log(`Bench took ${f.seconds.toFixed(0)} s.`);
}
