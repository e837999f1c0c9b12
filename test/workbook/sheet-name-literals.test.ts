// Issue 13: sheet names are spelled in one place, src/core/sheet-names.ts. Everywhere else code names a sheet by
// its constant (SHEET.staff), never by a string literal that a rename would silently miss.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SHEET } from '../../src/core/sheet-names';

const ROOT = join(__dirname, '..', '..');
const HOME = 'src/core/sheet-names.ts';

/**
 * Literals equal to a sheet name that are not sheet names: column headers and labels that happen to be spelled the
 * same (`Đơn vị` is a sheet and a card column), and literals in files owned elsewhere that are still to be converted.
 * Each entry is `file: literal`; an entry that no longer matches fails the test, so the list only shrinks.
 */
const ALLOWED = new Set([
  // column headers and labels (not sheets)
  'src/documents/messages.ts: Đơn vị',
  'src/documents/paper-messages.ts: Đơn vị',
  'src/documents/fairness-messages.ts: Khen thưởng',
  'src/documents/results-messages.ts: Khen thưởng',
  'src/documents/results-messages.ts: Đơn vị',
  'src/documents/results-messages.ts: Xếp loại',
  'src/node/messages.ts: Khen thưởng',
  'src/node/messages.ts: Đơn vị',
  'src/node/messages.ts: Xếp loại',
  'src/ui/fairness-messages.ts: Hội đồng',
  'src/ui/messages.ts: Đợt thi đua',
  'src/ui/messages.ts: Khen thưởng',
  'src/ui/messages.ts: Xếp loại',
  'src/ui/messages.ts: Đơn vị',
  'src/workbook/office/messages.ts: Đơn vị',
  'src/workbook/schema.ts: Xếp loại',
  'src/workbook/schema.ts: Đơn vị',
  'src/node/bench/xlsx.ts: Đơn vị',
  'src/node/bench/xlsx.ts: Xếp loại',
  'src/node/bench/synthetic-xlsx.ts: Đơn vị',
  'src/node/bench/synthetic-xlsx.ts: Xếp loại',
]);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** The code without its comments (string contents kept: `//` inside a string is rare in this code base). */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** `file: literal` for every string literal (', ", `) equal to a sheet name. */
function sheetNameLiterals(files: string[]): string[] {
  const names = Object.values(SHEET);
  const found = new Set<string>();
  for (const file of files) {
    const code = withoutComments(readFileSync(join(ROOT, file), 'utf8')).normalize('NFC');
    for (const name of names) {
      const literal = new RegExp(`(['"\`])${name}\\1`);
      if (literal.test(code)) found.add(`${file}: ${name}`);
    }
  }
  return [...found].sort();
}

test('no sheet name is a string literal in src/ outside src/core/sheet-names.ts', () => {
  const files = sources(join(ROOT, 'src'))
    .map((f) => relative(ROOT, f).split('\\').join('/'))
    .filter((f) => f !== HOME);
  const found = sheetNameLiterals(files);
  expect(found.filter((f) => !ALLOWED.has(f))).toEqual([]);
  expect([...ALLOWED].filter((a) => !found.includes(a))).toEqual([]);
});

test('the scan finds a literal sheet name, and not one in a comment', () => {
  expect(sheetNameLiterals([HOME])).toEqual(
    Object.values(SHEET)
      .map((n) => `${HOME}: ${n}`)
      .sort(),
  );
  expect(sheetNameLiterals(['test/workbook/sheet-name-literals.test.ts'])).toEqual([]);
});
