/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  // swc (see the transform) instead of ts-jest: types are checked once by `npm run typecheck`.
  transform: { '^.+\\.(t|j|mj|cj)s$': '<rootDir>/__tests__/support/jest-transform.js' },
  transformIgnorePatterns: [],
  resolver: '<rootDir>/__tests__/support/esm-resolver.js',
  testTimeout: 60000,
};
