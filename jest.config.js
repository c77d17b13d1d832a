// One config, several tiers: `--selectProjects unit|integration|e2e`.
// ESM throughout (NestJS 12 ships ESM only), so jest runs with --experimental-vm-modules.
const swc = ['@swc/jest', {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'es6' },
}];

const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
};

export default {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      setupFilesAfterEnv: ['<rootDir>/test/support/timeout-30s.ts', '<rootDir>/test/support/kontraktsjekk.ts'],
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.js',
      globalTeardown: '<rootDir>/test/support/global-teardown.js',
    },
    {
      ...common,
      displayName: 'e2e',
      setupFilesAfterEnv: ['<rootDir>/test/support/timeout-60s.ts'],
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.js',
      globalTeardown: '<rootDir>/test/support/global-teardown.js',
    },
    {
      ...common,
      displayName: 'web',
      setupFilesAfterEnv: ['<rootDir>/test/support/timeout-web.ts'],
      testMatch: ['<rootDir>/test/web/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.js',
      globalTeardown: '<rootDir>/test/support/global-teardown.js',
    },
    {
      ...common,
      displayName: 'resilience',
      setupFilesAfterEnv: ['<rootDir>/test/support/timeout-180s.ts'],
      testMatch: ['<rootDir>/test/resilience/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.js',
      globalTeardown: '<rootDir>/test/support/global-teardown.js',
    },
    {
      ...common,
      displayName: 'security',
      setupFilesAfterEnv: ['<rootDir>/test/support/timeout-120s.ts'],
      testMatch: ['<rootDir>/test/security/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.js',
      globalTeardown: '<rootDir>/test/support/global-teardown.js',
    },
    {
      // Beyond one machine, on engines that run here: a throwaway primary and its streaming standby. Not in CI's
      // `npm test` (see docs/scaling.md); run with `npm run test:scale`.
      ...common,
      displayName: 'scale',
      setupFilesAfterEnv: ['<rootDir>/test/support/timeout-180s.ts'],
      testMatch: ['<rootDir>/test/scale/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.js',
      globalTeardown: '<rootDir>/test/support/global-teardown.js',
    },
    {
      // The isolation tests again, on the demo's embedded database (PGlite, one shared session).
      ...common,
      displayName: 'embedded',
      setupFilesAfterEnv: ['<rootDir>/test/support/timeout-120s.ts'],
      testMatch: ['<rootDir>/test/integration/tenancy.test.ts', '<rootDir>/test/security/cross-tenant.test.ts', '<rootDir>/test/embedded/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/embedded-setup.js',
      globalTeardown: '<rootDir>/test/support/embedded-teardown.js',
    },
  ],
};
