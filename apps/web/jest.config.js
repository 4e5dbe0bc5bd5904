/** Component tests: jsdom, swc in ESM mode, @spiegel/domain read from its source. */
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'jsdom',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: {
    '^@spiegel/domain$': '<rootDir>/../../packages/domain/src/index.ts',
    '\\.css$': '<rootDir>/src/testing/style-stub.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.tsx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'es6' },
      },
    ],
  },
  setupFiles: ['<rootDir>/src/testing/setup-env.ts'],
  setupFilesAfterEnv: ['<rootDir>/src/testing/setup-tests.ts'],
  testMatch: ['<rootDir>/src/**/*.test.{ts,tsx}'],
  // jsdom renders slowly on a loaded machine; 5 s (the default) timed out there while the same tests pass alone.
  testTimeout: 20000,
};
