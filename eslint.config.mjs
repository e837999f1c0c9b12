import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'out/**', 'test-results/**', 'coverage/**', '*.js', '*.mjs', 'scripts/**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-globals': ['error', 'SpreadsheetApp', 'HtmlService', 'LockService', 'PropertiesService', 'DriveApp', 'Session'],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'os', 'child_process', '../node/*', '../gas/*', '../workbook/*'] }],
    },
  },
  {
    files: ['src/gas/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
  // Nothing is swallowed (issue 12): every catch binds the error and rethrows or reports it. src/gas and the bench
  // still have a few binding-less catches (owned by other work): warnings there until they are fixed, then 'error'.
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-empty': ['error', { allowEmptyCatch: false }],
      'no-restricted-syntax': ['error', { selector: 'CatchClause[param=null]', message: 'Bind the error (catch (error)) and rethrow or report it: nothing is swallowed.' }],
    },
  },
  {
    files: ['src/gas/**/*.ts', 'src/node/bench/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['warn', { selector: 'CatchClause[param=null]', message: 'Bind the error (catch (error)) and rethrow or report it: nothing is swallowed.' }],
    },
  },
);
