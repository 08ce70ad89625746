import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** One-way imports: domain ← db ← state ← features ← app; ui is used by features and app only. */
const layer = (from, banned, message) => ({
  files: [`src/${from}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: banned.map((group) => ({
          group: group.patterns,
          message: `${message} ${group.why}`,
        })),
      },
    ],
  },
});

const ui = { patterns: ['**/ui/*', '**/ui'], why: 'ui is for features and app only.' };
const db = {
  patterns: ['**/db/*', '**/db', 'dexie', 'dexie-react-hooks'],
  why: 'The database sits above the domain.',
};
const state = {
  patterns: ['**/state/*', '**/state', 'zustand', 'zustand/*'],
  why: 'State sits above.',
};
const features = { patterns: ['**/features/*', '**/features/**'], why: 'Features sit above.' };
const app = { patterns: ['**/app/*', '**/app/**'], why: 'The app shell sits on top.' };
const react = {
  patterns: ['react', 'react-dom', 'react-dom/*', 'react-router', 'react-router/*'],
  why: 'The domain is pure TypeScript.',
};

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
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
    },
  },
  { files: ['src/**/*.test.tsx'], ...testingLibrary.configs['flat/react'] },
  layer('domain', [react, db, state, features, app, ui], 'src/domain imports nothing above it:'),
  layer('db', [react, state, features, app, ui], 'src/db imports only the domain:'),
  layer('state', [features, app, ui], 'src/state imports only domain and db:'),
  layer(
    'ui',
    [db, state, features, app],
    'src/ui knows nothing of the domain’s storage or screens:',
  ),
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!\\.\\.)[^/]+',
              message:
                'Features never import each other: move shared code to ui, state, db or domain.',
            },
            { regex: '(^|/)app(/|$)', message: 'Features never import the app shell.' },
          ],
        },
      ],
    },
  },
);
