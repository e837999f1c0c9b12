// Issue 12 (2): a sheet that is in the file but cannot be read (damaged deflate, truncated XML) is an error naming
// the sheet and what is wrong: never reported as "missing", never skipped (its marks or votes would silently go).
import { readFileSync } from 'node:fs';
import { demoFile } from '../../src/node/cli';
import { PackageEditor } from '../../src/node/fuzz/package-edit';
import { readXlsx } from '../../src/node/xlsx/index';
import { readSchool } from '../../src/workbook/read-school';

const demo = readFileSync(demoFile());

function problemsOf(bytes: Uint8Array): { sheet: string; message: string; severity: string }[] {
  return readSchool(readXlsx(bytes, 'truong.xlsx')).problems.map((p) => ({
    sheet: p.where?.sheet ?? '',
    message: p.message,
    severity: p.severity,
  }));
}

const SHEETS = ['Chấm D1 TV03', 'Chấm TT D2 TV01', 'Phiếu D1', 'Cấu hình', 'Khen thưởng', 'Cán bộ', 'Đăng ký', 'Đợt thi đua'];

describe.each([
  ['damaged deflate', (e: PackageEditor, part: string) => e.corrupt(part)],
  ['truncated XML', (e: PackageEditor, part: string) => e.truncate(part, 0.6)],
])('%s', (_label, damage) => {
  test.each(SHEETS)('%s is an error at that sheet, not "missing"', (sheet) => {
    const editor = new PackageEditor(demo);
    const bytes = damage(editor, editor.sheetPart(sheet)).bytes();
    const problems = problemsOf(bytes);
    const atSheet = problems.filter((p) => p.sheet === sheet && p.severity === 'error');
    expect(atSheet.map((p) => p.message).join('\n')).toMatch(
      /có trong tệp nhưng không đọc được \(phần xl\/worksheets\/sheet\d+\.xml bị (hỏng|cắt cụt)/,
    );
    expect(problems.map((p) => p.message).join('\n')).not.toMatch(/thiếu sheet/);
  });
});

test('the undamaged demo has no errors (the cases above fail only because of the damage)', () => {
  expect(problemsOf(demo).filter((p) => p.severity === 'error')).toEqual([]);
});

test('a truncated shared-string table is an error, not blank cells', () => {
  const editor = new PackageEditor(demo);
  const part = editor.names().find((n) => /sharedStrings/i.test(n));
  // the demo writes inline strings; give it a table first, then cut it
  const xml =
    '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>a</t></si><si><t>b</t></si></sst>';
  const path = part ?? 'xl/sharedStrings.xml';
  editor.setText(path, xml.slice(0, 90));
  const rels = editor.text('xl/_rels/workbook.xml.rels');
  if (!part) {
    editor.setText(
      'xl/_rels/workbook.xml.rels',
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
      ),
    );
  }
  const wb = readXlsx(editor.bytes(), 'truong.xlsx');
  expect(() => wb.read('Đơn vị')).toThrow(/bị cắt cụt/);
});
