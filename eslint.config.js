// @ts-check
/* CommonJS so that tests can load the very same config with require (tests/lint/boundary.test.ts). */
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');

/**
 * The Apps Script services. Only the adapters (src/gas/**) and the composition root may name them;
 * everything else receives them through ports, which is what lets the core run on plain data and the
 * add-on run over the offline Workspace.
 */
const APPS_SCRIPT_GLOBALS = [
  'SpreadsheetApp',
  'FormApp',
  'DocumentApp',
  'DriveApp',
  'PropertiesService',
  'LockService',
  'ScriptApp',
  'HtmlService',
  'Session',
  'Utilities',
  'CacheService',
  'CalendarApp',
  'MailApp',
  'GmailApp',
  'UrlFetchApp',
  'Logger',
];

const COMPOSITION_ROOT = 'src/addon/composition-root.ts';

const restrictedGlobals = APPS_SCRIPT_GLOBALS.map((name) => ({
  name,
  message: `Apps Script globals belong in src/gas adapters or ${COMPOSITION_ROOT}; take a port instead.`,
}));

/**
 * `no-restricted-imports` patterns forbidding imports that climb out of the importing folder into one
 * of the given top-level src/ folders (`../gas/…`, `../../offline/…`), or name them by a `src/` path.
 */
const forbidFolders = (folders, why) => ({
  patterns: [
    { regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`, message: why },
    { regex: `(^|/)src/(${folders.join('|')})(/|$)`, message: why },
  ],
});

module.exports = tseslint.config(
  { ignores: ['dist/**', 'out/**', 'coverage/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Google's own signatures take `any` (e.g. Range.setValues(values: any[][])); the subsets copy them
    // and the offline services implement them with the same parameter types.
    files: ['src/gas/api/**/*.ts', 'src/offline/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The offline services read `arguments` to reproduce Google's overload and signature errors (§0.3).
    files: ['src/offline/**/*.ts'],
    rules: { 'prefer-rest-params': 'off' },
  },
  // The boundary: no Apps Script global outside the adapters and the composition root.
  {
    files: ['src/**/*.ts'],
    ignores: ['src/gas/**', COMPOSITION_ROOT],
    rules: { 'no-restricted-globals': ['error', ...restrictedGlobals] },
  },
  {
    files: ['src/core/**/*.ts', 'src/ports/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        forbidFolders(
          ['gas', 'addon', 'offline', 'cli', 'ui'],
          'The core is pure TypeScript: it depends on ports, never on adapters, entry points or the offline Workspace.',
        ),
      ],
    },
  },
  {
    files: ['src/gas/**/*.ts', 'src/addon/**/*.ts', 'src/ui/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        forbidFolders(
          ['offline', 'cli'],
          'The add-on bundle never contains the offline Workspace or the CLI.',
        ),
      ],
    },
  },
);

module.exports.APPS_SCRIPT_GLOBALS = APPS_SCRIPT_GLOBALS;
module.exports.COMPOSITION_ROOT = COMPOSITION_ROOT;
