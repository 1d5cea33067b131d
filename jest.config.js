// Two projects: pure core/services logic in node, pages/components in jsdom under
// miniprogram-simulate. Both compile TypeScript with the test tsconfig (jest + node types).
const tsJest = [
  'ts-jest',
  { tsconfig: '<rootDir>/tsconfig.jest.json', diagnostics: { warnOnly: false } },
];
module.exports = {
  // Jest's default leaves one core idle; CI machines here have two, and npm test runs jest
  // after the type checks and lint, so it can have them all.
  maxWorkers: '100%',
  // Page tests compile templates and boot jsdom; on a busy two-core machine a single test can
  // pass 5 s without anything being wrong.
  testTimeout: 30000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      // Jest 30's default "soft" cleanup wraps leftover globals in a setter that calls itself
      // on the next write (jest-util deleteProperty): a worker then dies with "Maximum call
      // stack size exceeded" in whatever suite it runs next (seen in lookup, evidence/files,
      // a11y). The mode is per worker, so the ui project is covered too.
      testEnvironmentOptions: { globalsCleanup: 'off' },
      roots: ['<rootDir>/test/unit'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
    },
    {
      displayName: 'ui',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/test/pages'],
      setupFilesAfterEnv: ['<rootDir>/test/setup-ui.ts'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
    },
  ],
};
