// ESLint flat config (ESLint 8.57 reads eslint.config.js). Syntax-level rules only: no
// type-aware linting, so `npm run lint` stays fast; `npm run typecheck` does the type work.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const noFolderImport = require('./scripts/eslint/no-folder-import');

const nodeGlobals = Object.fromEntries(
  [
    'require',
    'module',
    'exports',
    '__dirname',
    '__filename',
    'process',
    'console',
    'Buffer',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'URL',
    'TextEncoder',
    'TextDecoder',
    'structuredClone',
  ].map((name) => [name, 'readonly']),
);

// The app never talks to the network (DESIGN.md: private by construction).
const networkApis = ['request', 'uploadFile', 'downloadFile', 'connectSocket'].map((property) => ({
  object: 'wx',
  property,
  message: 'The app makes no network requests (DESIGN.md, "Private by construction").',
}));

module.exports = tseslint.config(
  {
    ignores: [
      'node_modules/',
      'miniprogram/miniprogram_npm/',
      'coverage/',
      '.cache/',
      'tmp/',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      '@typescript-eslint/no-explicit-any': 'warn',
      'no-empty': ['error', { allowEmptyCatch: true }],
      // Normalising hostile text means matching control and zero-width characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    // Node-side JavaScript: build scripts, configs, CI helpers.
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: nodeGlobals },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['miniprogram/**/*.ts', 'miniprogram/**/*.js'],
    // WeChat resolves `./x` to x.js only: a folder import loads in Node and jest, not on a phone.
    plugins: { local: { rules: { 'no-folder-import': noFolderImport } } },
    rules: {
      'no-restricted-properties': ['error', ...networkApis],
      'local/no-folder-import': 'error',
    },
  },
  {
    // core/ runs in the app and in Node: no wx, no Node APIs, no reaching up the layers.
    files: ['miniprogram/core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'wx', message: 'core/ is pure TypeScript; use a service in miniprogram/services.' },
        { name: 'process', message: 'core/ must not use Node APIs.' },
        { name: 'Buffer', message: 'core/ must not use Node APIs.' },
        { name: 'require', message: 'Use import.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/services/**', '**/stores/**', '**/pages/**', '**/components/**'],
              message: 'core/ must not depend on app layers.',
            },
            {
              group: ['fs', 'path', 'crypto', 'child_process', 'os', 'node:*'],
              message: 'core/ must not use Node APIs.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
