// Unit, integration and end-to-end tests, all under jest. TypeScript is stripped by swc
// (type checking is `npm run typecheck`, run first by `npm test`).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2023', parser: { syntax: 'typescript', tsx: true } }, module: { type: 'commonjs' } }],
  },
  // Electron's module is replaced by a recorder: the wiring is tested without the binary.
  moduleNameMapper: { '^electron$': '<rootDir>/test/stubs/electron.ts' },
  testTimeout: 20_000,
};
