import { readdirSync } from 'node:fs';

import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import playwright from 'eslint-plugin-playwright';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Layers (imports flow one way): domain ← db ← state ← app-model ← features ← app.
 * ui is used by app-model, features and app, and itself imports at most the domain.
 * Features never import each other. The zones below are checked on the resolved file, so no
 * relative path (`../../features/x`) slips past them.
 */
const SRC = 'src';
const layerDir = (name) => `${SRC}/${name}`;
const ABOVE = {
  domain: ['db', 'state', 'app-model', 'features', 'app', 'ui', 'main.tsx'],
  db: ['state', 'app-model', 'features', 'app', 'ui', 'main.tsx'],
  state: ['app-model', 'features', 'app', 'ui', 'main.tsx'],
  'app-model': ['features', 'app', 'main.tsx'],
  features: ['app', 'main.tsx'],
  ui: ['db', 'state', 'app-model', 'features', 'app', 'main.tsx'],
  app: ['main.tsx'],
};
const WHY = {
  domain: 'src/domain is pure and imports nothing above it.',
  db: 'src/db imports only the domain.',
  state: 'src/state imports only db and domain.',
  'app-model': 'src/app-model imports only ui, state, db and domain.',
  features: 'Features import app-model, ui, state, db and domain, never the app shell.',
  ui: 'src/ui is presentational: it imports at most the domain (types and labels).',
  app: 'The app shell is imported only by main.tsx.',
};
const layerZones = Object.entries(ABOVE).map(([layer, banned]) => ({
  target: layerDir(layer),
  from: banned.map(layerDir),
  message: WHY[layer],
}));
const featureNames = readdirSync(new URL(`./${SRC}/features`, import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const featureZones = featureNames.map((feature) => ({
  target: `${SRC}/features/${feature}`,
  from: featureNames
    .filter((other) => other !== feature)
    .map((other) => `${SRC}/features/${other}`),
  message:
    'Features never import each other: move shared code to app-model, ui, state, db or domain.',
}));

/** Packages each layer may not use (paths are covered by the zones above). */
const packageBan = (from, groups, message) => ({
  files: [`${SRC}/${from}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: groups.flat(), message }] }],
  },
});
const DEXIE = ['dexie', 'dexie-react-hooks'];
const ZUSTAND = ['zustand', 'zustand/*'];
const REACT = ['react', 'react-dom', 'react-dom/*', 'react-router', 'react-router/*'];

/** The clock and randomness enter at src/state/edge.ts; the domain takes them as arguments. */
const impure = [
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: '"Now" enters at src/state/edge.ts (nowIso, todayIso): no new Date() here.',
  },
  {
    selector: "CallExpression[callee.name='Date']",
    message: '"Now" enters at src/state/edge.ts (nowIso, todayIso): no Date() here.',
  },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: '"Now" enters at src/state/edge.ts (nowIso, todayIso): no Date.now() here.',
  },
  {
    selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
    message:
      'Ids and random bytes enter at src/state/edge.ts (newId, randomBytes): no Math.random() here.',
  },
  {
    selector: "MemberExpression[object.name='crypto']",
    message:
      'Ids and random bytes enter at src/state/edge.ts (newId, randomBytes): no crypto here.',
  },
];

export default tseslint.config(
  {
    ignores: ['dist', 'dev-dist', 'node_modules', 'test-results', 'playwright-report', 'coverage'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['bench/**/*.mjs', 'scripts/**/*.mjs'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...featureZones] }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
    },
  },
  { files: ['src/**/*.test.tsx'], ...testingLibrary.configs['flat/react'] },
  packageBan('domain', [REACT, DEXIE, ZUSTAND], 'src/domain is pure TypeScript.'),
  packageBan('db', [REACT, ZUSTAND], 'src/db imports only the domain (and Dexie).'),
  packageBan('ui', [DEXIE, ZUSTAND], 'src/ui knows nothing of storage or stores.'),
  {
    files: [`${SRC}/domain/**/*.ts`],
    rules: { 'no-restricted-syntax': ['error', ...impure] },
  },
  {
    // Outside the domain too, "now" and new ids come only from the edge, so tests can fix them.
    files: ['db', 'state', 'app-model', 'ui', 'features', 'app'].map((layer) => `${SRC}/${layer}/**/*.{ts,tsx}`),
    ignores: [`${SRC}/state/edge.ts`, '**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...impure] },
  },
  {
    files: ['tests/e2e/**/*.ts'],
    ...playwright.configs['flat/recommended'],
    rules: {
      ...Object.fromEntries(
        Object.keys(playwright.configs['flat/recommended'].rules).map((rule) => [
          rule,
          rule.startsWith('playwright/') ? 'error' : 'off',
        ]),
      ),
      'playwright/no-skipped-test': ['error', { allowConditional: false }],
      'playwright/expect-expect': [
        'error',
        { assertFunctionPatterns: ['^expect', '^assert', '^check', '^verify'] },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='waitForTimeout']",
          message: 'No fixed sleeps: wait for what the user sees (a web-first assertion).',
        },
        {
          selector: "NewExpression[callee.name='Promise'] CallExpression[callee.name='setTimeout']",
          message: 'No fixed sleeps: wait for what the user sees (a web-first assertion).',
        },
      ],
    },
  },
);
