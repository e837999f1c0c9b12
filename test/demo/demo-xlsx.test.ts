// The committed .xlsx files hold what their readable sources generate. When this fails, the source was edited
// without regenerating: npm run templates
import { join } from 'node:path';
import { demoSheets } from '../../sheets-templates/demo-school';
import { templateSheets } from '../../sheets-templates/template';
import { openXlsx } from '../../src/node/xlsx/index';
import type { OutputSheet } from '../../src/workbook/port';

const folder = join(__dirname, '..', '..', 'sheets-templates');

/** Cell values as text, trailing blanks and blank rows at the end dropped, so that written and read tables compare. */
function normalise(rows: unknown[][]): string[][] {
  const out = rows.map((row) => {
    const cells = row.map((cell) =>
      cell === null || cell === undefined || cell === '' ? '' : cell instanceof Date ? cell.toISOString() : String(cell),
    );
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    return cells;
  });
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
}

test.each([
  ['demo.xlsx', demoSheets],
  ['template.xlsx', templateSheets],
])('%s is up to date with its source', (file, sheets: () => OutputSheet[]) => {
  const wb = openXlsx(join(folder, file));
  const expected = sheets();
  expect(wb.sheetNames()).toEqual(expected.map((s) => s.name));
  for (const sheet of expected) {
    expect([sheet.name, normalise(wb.read(sheet.name)?.values ?? [])]).toEqual([sheet.name, normalise(sheet.rows)]);
  }
});
