import { defineConfig } from '@playwright/test';

import base from './playwright.config';

/**
 * `npm run screenshots`: every screen of a seeded course at four sizes, written to screenshots/
 * (not compared pixel by pixel; they are for looking at). Not part of `npm test`.
 */
export default defineConfig({
  ...base,
  testDir: 'tests/screens',
  timeout: 15 * 60_000,
});
