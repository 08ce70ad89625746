// Writes the sample printed packets to examples/ (npm run examples). The packets are built by the
// app's own domain code, loaded through Vite so the TypeScript runs as it does in the app.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const { module } = await runnerImport('/scripts/examples-packets.ts', {
  root,
  configFile: false,
  logLevel: 'error',
});
const dir = new URL('../examples/', import.meta.url);
await mkdir(dir, { recursive: true });
for (const example of module.EXAMPLES) {
  const t0 = performance.now();
  const text = module.packetText(example);
  const ms = (performance.now() - t0).toFixed(1);
  await writeFile(new URL(example.file, dir), text);
  console.log(`examples/${example.file}: ${example.length} sessions in ${ms} ms`);
}
console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
