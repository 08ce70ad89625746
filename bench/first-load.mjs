#!/usr/bin/env node
/**
 * What the first screen ("This week", the home route) costs to load: the entry chunk, every chunk
 * it imports statically, and the home route's lazy chunk with its static imports, gzipped.
 * Reads <dir>/.vite/manifest.json (dir: the first argument, default dist), so build first;
 * `npm run bench` runs it on its own build.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const manifest = JSON.parse(readFileSync(`${dir}/.vite/manifest.json`, 'utf8'));

function closure(keys, seen = new Set()) {
  for (const key of keys) {
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    closure(manifest[key].imports ?? [], seen);
  }
  return seen;
}

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
const home = Object.keys(manifest).find((k) => k.includes('this-week-page'));
const chunks = closure([entry, home].filter(Boolean));
let raw = 0;
let gzip = 0;
const rows = [];
for (const key of chunks) {
  const bytes = readFileSync(`${dir}/${manifest[key].file}`);
  const z = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gzip += z;
  rows.push(`${(z / 1024).toFixed(1).padStart(7)} kB gzip  ${manifest[key].file}`);
}
const css = [...new Set([...chunks].flatMap((key) => manifest[key].css ?? []))].map(
  (f) => gzipSync(readFileSync(`${dir}/${f}`), { level: 9 }).length,
);
console.log(rows.sort().reverse().join('\n'));
console.log(
  `first screen: ${chunks.size} JS chunks, ${(raw / 1024).toFixed(1)} kB raw, ${(gzip / 1024).toFixed(1)} kB gzip JS` +
    ` + ${(css.reduce((a, b) => a + b, 0) / 1024).toFixed(1)} kB gzip CSS`,
);
