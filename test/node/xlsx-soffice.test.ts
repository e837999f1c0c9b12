// LibreOffice opens what we write (a new workbook, and a patched one). Skipped, saying so, when soffice is absent.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readXlsx, writeXlsxFile } from '../../src/node/xlsx/index';
import { fixtureXlsx } from './xlsx-fixtures';

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60000 });
    return true;
  } catch {
    return false;
  }
}

const available = hasSoffice();
if (!available) {
  if (process.env.THIDUA_REQUIRE_SOFFICE === '1') throw new Error('LibreOffice (soffice) is required here (THIDUA_REQUIRE_SOFFICE=1)');
  console.warn('xlsx-soffice: LibreOffice (soffice) is not installed: the "LibreOffice opens it" tests are skipped.');
}
const maybe = available ? test : test.skip;

/** csv: UTF-8, comma, cells as shown, every sheet to its own `name-Sheet.csv` */
const CSV = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

function convert(dir: string, file: string, to: string): void {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      to,
      '--outdir',
      dir,
      file,
    ],
    { stdio: 'ignore', timeout: 120000 },
  );
}

describe('LibreOffice opens the workbooks we write', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-xlsx-lo-'));

  maybe('a new workbook converts to csv with its values, and to pdf', () => {
    const file = join(dir, 'moi.xlsx');
    writeXlsxFile(file, [
      {
        name: 'Kết quả',
        rows: [
          ['TT', 'Họ và tên', 'Điểm', 'Ngày'],
          [1, '=Nguyễn Văn An', 87.25, new Date(Date.UTC(2025, 10, 20))],
        ],
        styles: [{ range: { row: 1, col: 1, cols: 4 }, style: { bold: true, border: 'all', fill: '#D9E2F3' } }],
        merges: [{ row: 3, col: 1, cols: 2 }],
        columnWidths: [40, 200],
        frozenRows: 1,
        page: {
          paper: 'A4',
          orientation: 'landscape',
          fitToWidth: true,
          margins: { top: 0.5, bottom: 0.5, left: 0.5, right: 0.5 },
          repeatRows: { first: 1, last: 1 },
        },
      },
    ]);
    convert(dir, file, CSV);
    const csv = readFileSync(join(dir, 'moi-Kết quả.csv'), 'utf8');
    expect(csv.split(/\r?\n/)[1]).toBe('1,=Nguyễn Văn An,87.25,20/11/2025');
    convert(dir, file, 'pdf');
    expect(readFileSync(join(dir, 'moi.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  maybe('a patched workbook converts to csv (first sheet untouched, the new one readable)', () => {
    const source = fixtureXlsx({
      sheets: [{ name: 'Cũ', xml: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>3</v></c></row></sheetData>' }],
      sharedStrings: ['giữ nguyên'],
    });
    const wb = readXlsx(source);
    wb.write([{ name: 'Mới', rows: [['thêm', 4]], styles: [{ range: { row: 1, col: 1 }, style: { italic: true } }] }]);
    const file = join(dir, 'va.xlsx');
    writeFileSync(file, wb.toBuffer());
    convert(dir, file, CSV);
    expect(readFileSync(join(dir, 'va-Cũ.csv'), 'utf8').trim()).toBe('giữ nguyên,3');
    expect(readFileSync(join(dir, 'va-Mới.csv'), 'utf8').trim()).toBe('thêm,4');
  });
});
