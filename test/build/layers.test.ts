// The layers are enforced by lint (eslint.config.mjs): a forbidden import planted in each layer, at the top of
// the layer and one folder down, is refused; a permitted one passes. The probes are real files under src/ (as a
// change would be), linted by ESLint's Node API in one child process, and deleted in a finally.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const root = join(__dirname, '..', '..');
const RULE = '@typescript-eslint/no-restricted-imports';

interface Probe {
  /** under src/, e.g. 'core/x.ts' or 'core/sub/x.ts' */
  at: string;
  code: string;
  refused: boolean;
}

const use = (from: string) => `import { a } from '${from}';\nexport const b = a;\n`;
const typeUse = (from: string) => `import type { A } from '${from}';\nexport type B = A;\n`;

const cases: [layer: string, from: string, refused: boolean, code?: string][] = [
  ['core', '../workbook/port', true],
  ['core', '../documents/output', true],
  ['core', '../gas/services', true],
  ['core', 'node:fs', true],
  ['core', 'fflate', true],
  ['core', './model', false],
  ['documents', '../workbook/port', true],
  ['documents', '../gas/services', true],
  ['documents', '../core/model', false],
  ['workbook', '../gas/services', true],
  ['workbook', '../node/export', true],
  ['workbook', '../ui/format', true],
  ['workbook', '../documents/registry', false],
  ['gas', '../node/export', true],
  ['gas', '../ui/format', true],
  ['gas', 'node:fs', true],
  ['gas', '../workbook/api', false],
  ['node', '../gas/menu', true],
  ['node', '../ui/format', true],
  ['node', '../../test/gas/fake', true],
  ['node', '../workbook/api', false],
  ['node', 'node:fs', false],
  ['node', '../../sheets-templates/demo-school', false],
  ['ui', '../workbook/service', true],
  ['ui', '../core/model', true],
  ['ui', '../node/dev-server', true],
  ['ui', '../workbook/api', true], // a value import
  ['ui', '../workbook/api', false, typeUse('../workbook/api')],
  ['ui', './format', false],
];

/** The same import one folder down: one more `../` to leave the layer (`./x` stays `./x`). */
const deeper = (from: string): string => (from.startsWith('../') ? `../${from}` : from.startsWith('./') ? `.${from}` : from);

function probes(): Probe[] {
  const list: Probe[] = [];
  cases.forEach(([layer, from, refused, code], i) => {
    list.push({ at: `${layer}/zz-layer-probe-${i}.ts`, code: code ?? use(from), refused });
    const down = deeper(from);
    list.push({ at: `${layer}/zz-layer-probe-dir/probe-${i}.ts`, code: code ? code.replace(from, down) : use(down), refused });
  });
  return list;
}

function lint(files: string[]): Map<string, string[]> {
  let output: string;
  try {
    output = execFileSync(process.execPath, [join(__dirname, 'run-eslint.mjs'), ...files], { cwd: root, encoding: 'utf8' });
  } catch (error) {
    throw new Error(`ESLint did not run: ${error instanceof Error ? error.message : String(error)}`);
  }
  const results = JSON.parse(output) as { file: string; messages: { ruleId: string | null; message: string }[] }[];
  return new Map(
    results.map((r) => [relative(join(root, 'src'), r.file), r.messages.filter((m) => m.ruleId === RULE).map((m) => m.message)]),
  );
}

describe('layers (eslint.config.mjs)', () => {
  const list = probes();
  let found = new Map<string, string[]>();

  beforeAll(() => {
    const dirs = new Set<string>();
    try {
      for (const p of list) {
        const file = join(root, 'src', p.at);
        if (!existsSync(dirname(file))) {
          mkdirSync(dirname(file), { recursive: true });
          dirs.add(dirname(file));
        }
        writeFileSync(file, p.code);
      }
      found = lint(list.map((p) => join('src', p.at)));
    } finally {
      for (const p of list) rmSync(join(root, 'src', p.at), { force: true });
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  test.each(list.map((p) => [p.at, p.code.split('\n')[0], p.refused] as const))('%s: %s → refused: %s', (at, _line, refused) => {
    const messages = found.get(at);
    expect(messages).toBeDefined();
    expect((messages ?? []).length > 0).toBe(refused);
  });

  test('the probes are gone', () => {
    for (const p of list) expect(existsSync(join(root, 'src', p.at))).toBe(false);
  });

  test('no source file is deeper than the rules reach (3 folders below its layer: MAX_DEPTH in eslint.config.mjs)', () => {
    const deep: string[] = [];
    const walk = (dir: string, depth: number): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path, depth + 1);
        else if (name.endsWith('.ts') && depth > 3) deep.push(relative(root, path));
      }
    };
    for (const layer of readdirSync(join(root, 'src')))
      if (statSync(join(root, 'src', layer)).isDirectory()) walk(join(root, 'src', layer), 0);
    expect(deep).toEqual([]);
  });
});
