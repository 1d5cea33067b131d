// `npm run screenshots` only (not part of `npm test`): scripts/screenshots.ts renders pages
// with miniprogram-simulate, which needs jsdom, then shoots them with the system Chromium.
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/scripts'],
  testMatch: ['<rootDir>/scripts/screenshots.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/setup-ui.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.node.json', diagnostics: false }],
  },
};
