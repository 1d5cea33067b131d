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

// WeChat ships miniprogram/ as written (project.config.json: es6 and enhance off, so no ES5
// pass) and WeChat for iOS runs it in the system's JavaScriptCore; iOS 12's knows ES2018. Any
// newer syntax is a parse error that stops the whole module loading (a white screen), so it is
// banned here; the compiled-package test (official-compile) parses the real upload as ES2018.
const ios12 = (what, instead) =>
  `${what} is newer than ES2018: iOS 12's JavaScriptCore cannot parse it and the whole module fails to load (es6 is off in project.config.json). ${instead}`;
const es2018Only = [
  {
    selector: 'ChainExpression',
    message: ios12(
      'Optional chaining (?.)',
      'Test the object first: `a && a.b` when a is an object or nullish, `a == null ? undefined : a.b` otherwise; `if (f) f()` for `f?.()`.',
    ),
  },
  {
    selector: "LogicalExpression[operator='??']",
    message: ios12(
      '??',
      "Write `x != null ? x : y` (or `x || y` only when x can never be 0, '' or false).",
    ),
  },
  ...['??=', '||=', '&&='].map((op) => ({
    selector: `AssignmentExpression[operator='${op}']`,
    message: ios12(`Logical assignment (${op})`, 'Write an if and a plain assignment.'),
  })),
  {
    selector: 'PropertyDefinition[value]',
    message: ios12(
      'A class field with an initializer',
      'Declare its type on the class and assign it in the constructor.',
    ),
  },
  {
    selector: 'PropertyDefinition[static=true]',
    message: ios12('A static class field', 'Use a module constant.'),
  },
  {
    selector: 'PrivateIdentifier',
    message: ios12('A #private member', 'Use TypeScript private.'),
  },
  { selector: 'StaticBlock', message: ios12('A static block', 'Use module code.') },
  {
    selector: 'CatchClause[param=null]',
    message: ios12('catch without a binding', 'Write `catch (_e)`.'),
  },
  {
    selector: 'Literal[raw=/^[0-9.][0-9a-zA-Z.]*_/]',
    message: ios12('A numeric separator (1_000)', 'Write the digits without _.'),
  },
  { selector: 'Literal[bigint]', message: ios12('A BigInt literal', 'Use a number.') },
  { selector: 'ImportExpression', message: ios12('import()', 'Use a static import.') },
  {
    selector: 'Literal[regex.flags=/[dv]/]',
    message: ios12('The regex flags d and v', 'Use u and match indices by hand.'),
  },
  {
    // In a regex literal or in a string a RegExp is built from: "(?<=" or "(?<!" whose "(" is
    // not escaped (an even number of backslashes before it).
    selector: ['Literal[regex.pattern=', 'Literal[value=', 'TemplateElement[value.raw=']
      .map((s) => s + String.raw`/(^|[^\\])(\\\\)*\(\?<[=!]/]`)
      .join(', '),
    message:
      "A regex lookbehind, (?<= or (?<!, is not in iOS's JavaScriptCore before 16.4: the script fails to load (or the RegExp throws). Match the text before and check it in code.",
  },
];

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
      'no-restricted-syntax': ['error', ...es2018Only],
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
