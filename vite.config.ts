import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

import { firstScreen } from './build/first-screen.ts';
import { routePreload } from './build/route-preload.ts';

/** The libraries nearly every screen needs, in one cached chunk next to the entry. */
const FRAMEWORK =
  /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|dexie|dexie-react-hooks|zustand|zod|date-fns)[\\/]/;
/** App modules used by at least this many lazy routes go into one shared chunk. */
const SHARED_BY = 12;
/** What a first visit runs: the entry and the home route, "This week". */
const FIRST_SCREEN = firstScreen(['/src/main.tsx', '/src/features/this-week/this-week-page.tsx']);
const APP = /[\\/]src[\\/]/;

export default defineConfig({
  plugins: [
    react(),
    FIRST_SCREEN.plugin,
    routePreload(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: null,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'IPT Planner',
        short_name: 'IPT Planner',
        description:
          'Plan and run Interpersonal Psychotherapy courses. Data stays in this browser.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f4e5f',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    rolldownOptions: {
      output: {
        // Fewer, larger files: the framework libraries in one chunk, the app code of the first
        // screen in a second, the app code most other screens share in a third, instead of dozens
        // of sub-kilobyte shared chunks (issue 15).
        codeSplitting: {
          groups: [
            { name: 'framework', test: FRAMEWORK, priority: 3 },
            {
              name: 'first-screen',
              test: (id: string) => APP.test(id) && FIRST_SCREEN.test(id),
              priority: 2,
            },
            { name: 'shared', test: APP, minShareCount: SHARED_BY, priority: 1 },
          ],
        },
      },
    },
  },
});
