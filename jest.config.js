/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  // tsconfig.json keeps `import()` as written (module: preserve) so ncc splits the bundle into lazily
  // loaded chunks; jest runs CommonJS, so tests compile with module commonjs.
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node10' } }],
  },
  testTimeout: 60000,
};
