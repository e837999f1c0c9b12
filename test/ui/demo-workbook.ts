// The demo school as an .xlsx in a temporary folder: sheets-templates/demo.xlsx when it is there, else written
// from its source (sheets-templates/demo-school.ts), so that the tests never touch the committed file.
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { columnLetter } from '../../src/core/cellref';
import { openXlsx, writeXlsxFile } from '../../src/node/xlsx/index';
import { demoSheets } from '../../sheets-templates/demo-school';

const DEMO = resolve(__dirname, '..', '..', 'sheets-templates', 'demo.xlsx');

export function demoCopy(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-ui-'));
  const file = join(dir, 'demo.xlsx');
  if (existsSync(DEMO)) copyFileSync(DEMO, file);
  else writeXlsxFile(file, demoSheets());
  return { dir, file };
}

/**
 * Puts `mark` into a marked cell of the first score card of a phase, and returns that cell
 * ('Chấm D1 TV01!D2').
 */
export function putBadMark(file: string, phaseId: string, mark: number): string {
  const wb = openXlsx(file);
  const sheet = wb.sheetNames().find((n) => n.startsWith(`Chấm ${phaseId} `));
  if (!sheet) throw new Error(`no score card of ${phaseId} in ${file}`);
  const data = wb.read(sheet);
  if (!data) throw new Error(`cannot read ${sheet}`);
  // A member's marks of themself are ignored (SPEC §3): take a row that is somebody else's.
  const memberId = sheet.split(' ').pop();
  const council = wb.read('Hội đồng')?.values ?? [];
  const staffCol = council[0]?.indexOf('Mã CB') ?? -1;
  const self = council.find((r) => r[0] === memberId)?.[staffCol];
  const rows = data.values.map((r) => [...r]);
  const row = rows.findIndex((r, i) => i > 0 && r[0] !== self && r.some((v) => typeof v === 'number'));
  if (row < 0) throw new Error(`no marks on ${sheet}`);
  const col = rows[row].findIndex((v) => typeof v === 'number');
  rows[row][col] = mark;
  wb.write([{ name: sheet, rows: rows as (string | number | boolean | Date | null)[][] }]);
  wb.saveAs(file);
  return `${sheet}!${columnLetter(col + 1)}${row + 1}`;
}
