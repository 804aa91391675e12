// Test tiers (see docs/testing.md): unit = no I/O; int = real embedded PostgreSQL; e2e = the whole app over HTTP;
// process = compiled deployables as child processes; browser = the web UI in Chromium.
const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  moduleFileExtensions: ['ts', 'js', 'json'],
};

// Jest runs a project's global setup only when a test of that project is selected, and each module once
// per run however many projects name it: unit tests alone start no PostgreSQL.
const withDatabase = {
  ...shared,
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};

/** @type {import('jest').Config} */
module.exports = {
  // A global option that also bounds hooks: Jest ignores it inside a project, where it once stood (and
  // hooks had 5 s).
  testTimeout: 30_000,
  // Jest's default on 2 cores is one worker; most files wait on PostgreSQL, Chromium or child processes, and
  // two workers took the HTTP tier from 196 s to 144 s on the 2-core CI machine (docs/testing.md).
  maxWorkers: 2,
  testSequencer: '<rootDir>/test/support/test-sequencer.js',
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,test}/**/*.spec.ts'] },
    { ...withDatabase, displayName: 'int', testMatch: ['<rootDir>/{apps,libs,test}/**/*.int-spec.ts'] },
    {
      ...withDatabase,
      displayName: 'e2e',
      testMatch: ['<rootDir>/{apps,libs,test}/**/*.e2e-spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/process/'],
    },
    // Compiles the deployables once per run (see test/support/process-global-setup.ts).
    {
      ...withDatabase,
      displayName: 'process',
      testMatch: ['<rootDir>/test/process/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/process-global-setup.ts',
    },
    // A real Chromium against the built site (npm run build:web first; npm test does).
    {
      ...withDatabase,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/browser/support/jest-setup.ts'],
    },
  ],
};
