// Issue 12 (5): `tally --write` on a workbook whose root element does not declare the r: prefix (openpyxl declares it
// on each <sheet>) must write a package other programs open: the new <sheet> declares what it uses.
// openpyxl itself is not available here (no PyPI); the openpyxl layout is reproduced by hand below.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoFile, runCli } from '../../src/node/cli';
import { findSoffice } from '../../src/node/export';
import { PackageEditor } from '../../src/node/fuzz/package-edit';
import { openXlsx } from '../../src/node/xlsx/index';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const tmp = mkdtempSync(join(tmpdir(), 'thidua-ns-'));

function openpyxlStyle(): string {
  const editor = new PackageEditor(readFileSync(demoFile()));
  const xml = editor
    .text('xl/workbook.xml')
    .replace(/\sxmlns:r="[^"]*"/, '')
    .replace(/<sheet /g, `<sheet xmlns:r="${REL_NS}" `);
  expect(xml).not.toMatch(/<workbook[^>]*xmlns:r=/);
  const file = join(tmp, 'openpyxl.xlsx');
  writeFileSync(file, editor.setText('xl/workbook.xml', xml).bytes());
  return file;
}

/** Every element using r: has the prefix declared on itself or on the root. */
function undeclaredPrefixes(workbookXml: string): string[] {
  const rootDeclares = /<workbook[^>]*\sxmlns:r=/.test(workbookXml);
  return (workbookXml.match(/<[\w:]+[^>]*\sr:id=[^>]*>/g) ?? []).filter((tag) => !rootDeclares && !/\sxmlns:r=/.test(tag));
}

test('the new results sheet declares the r: prefix it uses; the copy reads back', async () => {
  const input = openpyxlStyle();
  const output = join(tmp, 'ket-qua.xlsx');
  const code = await runCli(['tally', input, '--phase', 'D1', '--write', output], { out: () => undefined, err: () => undefined });
  expect(code).toBe(0);
  const workbookXml = new PackageEditor(readFileSync(output)).text('xl/workbook.xml');
  expect(undeclaredPrefixes(workbookXml)).toEqual([]);
  expect(openXlsx(output).sheetNames()).toContain('Kết quả D1');
});

test('exceljs opens the written copy and sees the results sheet', async () => {
  const input = openpyxlStyle();
  const output = join(tmp, 'ket-qua-exceljs.xlsx');
  await runCli(['tally', input, '--phase', 'D1', '--write', output], {
    out: () => undefined,
    err: () => undefined,
  });
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(output);
  expect(wb.worksheets.map((w) => w.name)).toContain('Kết quả D1');
});

const soffice = findSoffice();
(soffice ? test : test.skip)(
  'LibreOffice converts the written copy (it refused an undeclared prefix)',
  async () => {
    const input = openpyxlStyle();
    const output = join(tmp, 'ket-qua-lo.xlsx');
    await runCli(['tally', input, '--phase', 'D1', '--write', output], {
      out: () => undefined,
      err: () => undefined,
    });
    const outDir = mkdtempSync(join(tmp, 'lo-'));
    const profile = mkdtempSync(join(tmpdir(), 'thidua-lo-profile-'));
    execFileSync(
      soffice as string,
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', outDir, output],
      { timeout: 120_000, stdio: 'ignore' },
    );
    expect(readdirSync(outDir)).toEqual(['ket-qua-lo.xlsx']);
    expect(openXlsx(join(outDir, 'ket-qua-lo.xlsx')).sheetNames()).toContain('Kết quả D1');
  },
  150_000,
);
