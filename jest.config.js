const os = require('os');

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  // swc (see the transform) instead of ts-jest: types are checked once by `npm run typecheck`.
  transform: { '^.+\\.(t|j|mj|cj)s$': '<rootDir>/__tests__/support/jest-transform.js' },
  transformIgnorePatterns: [],
  resolver: '<rootDir>/__tests__/support/esm-resolver.js',
  // The slowest suites start first, also on a clean clone without jest's cached durations.
  testSequencer: '<rootDir>/__tests__/support/sequencer.js',
  // Most suites spend their time waiting on git and bundled-CLI child processes, so one worker more than there
  // are cores keeps the CPUs busy (jest's default, cores - 1, is a single worker on a 2-core machine). Capped so a
  // big CI machine does not start dozens of jest processes. `--maxWorkers` / `-w` on the command line still wins.
  maxWorkers: Math.min(8, (os.availableParallelism?.() ?? os.cpus().length) + 1),
  testTimeout: 60000,
};
