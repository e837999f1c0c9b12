// Jest transform: esbuild strips the types (the type checks run once, in `npm run typecheck`), which is several
// times faster than ts-jest compiling each test file with the type checker.
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { transformSync, version } = require('esbuild');

// jest caches by this key: a change to this file or to esbuild must not reuse old output
const self = readFileSync(__filename, 'utf8');

module.exports = {
  getCacheKey(source, filename) {
    return createHash('sha256').update(self).update(version).update(filename).update(source).digest('hex');
  },
  process(source, filename) {
    const result = transformSync(source, {
      loader: 'ts',
      format: 'cjs',
      target: 'node20',
      sourcemap: 'external',
      sourcefile: filename,
      sourcesContent: false,
      // jest runs CommonJS: `await import(…)` in a test becomes a require
      supported: { 'dynamic-import': false },
    });
    return { code: result.code, map: result.map };
  },
};
