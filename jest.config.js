/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': '<rootDir>/scripts/jest-esbuild.cjs',
  },
  testTimeout: 60000,
  // jest's default leaves a core for itself: on a 2-core CI machine that is one worker, every suite in turn
  maxWorkers: '100%',
};
