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
  // globalsCleanup 'off' (in each project): Jest 30 "soft-deletes" globals a finished test file
  // left behind by wrapping them in accessors, and setting one again recurses without end
  // (jest-util's deleteProperty setter calls Reflect.set on itself). That failed whole suites
  // at random ("Maximum call stack size exceeded") when a late store timer of the previous file
  // touched mobx's global state. 'off' is Jest 29's behaviour: no cleanup.
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      testEnvironmentOptions: { globalsCleanup: 'off' },
      roots: ['<rootDir>/test/unit'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
    },
    {
      displayName: 'ui',
      testEnvironment: 'jsdom',
      testEnvironmentOptions: { globalsCleanup: 'off' },
      roots: ['<rootDir>/test/pages'],
      setupFilesAfterEnv: ['<rootDir>/test/setup-ui.ts'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
    },
  ],
};
