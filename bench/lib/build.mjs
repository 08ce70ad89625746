/** Builds the app and the floor page into the bench's own folders (never ./dist). */
import { fileURLToPath } from 'node:url';

import { build } from 'vite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Production builds of the app (`appDir`) and the floor (`floorDir`). */
export async function buildBoth({ appDir, floorDir }) {
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: appDir, emptyOutDir: true } });
  await build({
    configFile: fileURLToPath(new URL('../floor/vite.config.ts', import.meta.url)),
    logLevel: 'warn',
    build: { outDir: floorDir, emptyOutDir: true },
  });
}
