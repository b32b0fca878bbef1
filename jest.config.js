const os = require('os');

/**
 * Native ESM, the way actions/typescript-action runs its tests: jest's ES module support (node
 * --experimental-vm-modules, set by `npm test` and by .npmrc for `npx jest`), our TypeScript compiled by swc to ES
 * modules, ESM packages loaded as ESM and CommonJS packages as CommonJS. See docs/testing.md.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  // swc (see the transform) instead of ts-jest: types are checked once by `npm run typecheck`.
  transform: { '^.+\\.(t|j|mj|cj)s$': '<rootDir>/__tests__/support/jest-transform.js' },
  // node_modules run untransformed, except the secretlint preset: core/redact/secretlint.ts loads it lazily with a
  // synchronous require, and jest can require() an ES module only on Node 24.9+ (the transform compiles it then).
  transformIgnorePatterns: ['/node_modules/(?!@secretlint/)'],
  // jest's runtime, with the link step of import()s queued (a Node vm race; see the file).
  runtime: '<rootDir>/__tests__/support/jest-runtime.js',
  // The slowest suites start first, also on a clean clone without jest's cached durations.
  testSequencer: '<rootDir>/__tests__/support/sequencer.js',
  // Most suites spend their time waiting on git and bundled-CLI child processes, so one worker more than there
  // are cores keeps the CPUs busy (jest's default, cores - 1, is a single worker on a 2-core machine). Capped so a
  // big CI machine does not start dozens of jest processes. `--maxWorkers` / `-w` on the command line still wins.
  maxWorkers: Math.min(8, (os.availableParallelism?.() ?? os.cpus().length) + 1),
  testTimeout: 60000,
};
