import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The layers (imports only point down): core ← documents ← workbook ← the shells gas, node, ui. Each entry: the
// layers a layer may import from (its own first). The shells may not import each other; ui may import only the
// types of workbook/api.ts (the sidebar's contract with the server); node may also read sheets-templates/.
const LAYERS = {
  core: ['core'],
  documents: ['documents', 'core'],
  workbook: ['workbook', 'documents', 'core'],
  gas: ['gas', 'workbook', 'documents', 'core'],
  node: ['node', 'workbook', 'documents', 'core', '../sheets-templates'],
  ui: ['ui'],
};

/** Deepest folder under src/<layer>/ (src/node/xlsx/… is 1); a deeper file gets no rule, and the test says so. */
const MAX_DEPTH = 3;

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A relative import leaves src/<layer>/ when it climbs above it: from a file `depth` folders below the layer that
 * is `depth + 1` times `../`. What it then names must be an allowed layer, else the import is refused. Relative
 * paths are matched as written, so `../../workbook/port` from src/core/exports/ is caught as surely as
 * `../workbook/port` from src/core/.
 */
function layerRules(layer, depth) {
  const up = `^(\\.\\./){${depth + 1}}`;
  const allowed = LAYERS[layer].map((target) => `${escape(target)}(/|$)`);
  if (layer === 'ui') allowed.push('workbook/api$');
  const patterns = [
    {
      regex: `${up}(?!${allowed.join('|')})`,
      message: `the ${layer} layer may import only ${LAYERS[layer].join(', ')}${layer === 'ui' ? ' and the types of workbook/api' : ''} (see eslint.config.mjs LAYERS)`,
    },
  ];
  if (layer === 'ui') {
    patterns.push({
      regex: `${up}workbook/api$`,
      allowTypeImports: true,
      message: 'the sidebar may import only the types of workbook/api (import type …)',
    });
  }
  if (layer !== 'node') {
    // only the Node shell may use packages and Node's modules: every other layer runs in Apps Script or a browser
    patterns.push({ regex: '^(?!\\.)', message: `the ${layer} layer imports no package or Node module (only the Node shell may)` });
  }
  return patterns;
}

const layerConfigs = Object.keys(LAYERS).flatMap((layer) =>
  Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => ({
    files: [`src/${layer}/${'*/'.repeat(depth)}*.ts`],
    // the Apps Script bench runs the shell on the test fake; it moves out of the Node shell (issue 13)
    ignores: layer === 'node' ? ['src/node/bench/gas.ts'] : [],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: layerRules(layer, depth) }],
    },
  })),
);

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'build/**',
      'node_modules/**',
      'out/**',
      'test-results/**',
      'coverage/**',
      '*.js',
      '*.mjs',
      'scripts/**/*.mjs',
      'scripts/**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-globals': ['error', 'SpreadsheetApp', 'HtmlService', 'LockService', 'PropertiesService', 'DriveApp', 'Session'],
    },
  },
  ...layerConfigs,
  // Type-aware rules on the product's code (the tests keep the plain recommended set)
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({
    ...config,
    files: ['src/**/*.ts', 'bench/**/*.ts', 'sheets-templates/**/*.ts'],
  })),
  {
    files: ['src/**/*.ts', 'bench/**/*.ts', 'sheets-templates/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // cell values arrive as `unknown` primitives (string, number, boolean, Date): String() is the intended reading
      '@typescript-eslint/no-base-to-string': 'off',
      // a bench section or server function may be async by contract without awaiting anything itself
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': ['error', { ignoreStatic: true }],
    },
  },
  {
    files: ['src/gas/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
  // Nothing is swallowed (issue 12): every catch binds the error and rethrows or reports it, everywhere in src.
  {
    files: ['src/**/*.ts', 'bench/**/*.ts'],
    rules: {
      'no-empty': ['error', { allowEmptyCatch: false }],
      'no-restricted-syntax': [
        'error',
        { selector: 'CatchClause[param=null]', message: 'Bind the error (catch (error)) and rethrow or report it: nothing is swallowed.' },
      ],
    },
  },
);
