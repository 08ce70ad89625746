/**
 * The benchmark floor: a bare React + react-router + Dexie + zustand page, built on its own (never
 * part of the app bundle) and served under /__floor/ on the app's origin so it reads the same
 * IndexedDB. Built by `npm run bench`.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  base: '/__floor/',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false, manifest: true },
  logLevel: 'warn',
});
