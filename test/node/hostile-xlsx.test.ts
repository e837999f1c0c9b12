// Issue 12 (3, 4): zip bombs, lying central directories and references beyond Excel's grid end with a clear error
// naming the part, without inflating or allocating what the file claims.
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { demoFile } from '../../src/node/cli';
import { PackageEditor } from '../../src/node/fuzz/package-edit';
import { readXlsx } from '../../src/node/xlsx/index';
import { entryData, InflateBudget, readZip, writeZip, ZIP_LIMITS } from '../../src/node/xlsx/zip';
import { readSchool } from '../../src/workbook/read-school';

const demo = readFileSync(demoFile());

function sheetError(bytes: Uint8Array, sheet: string): string {
  const problems = readSchool(readXlsx(bytes, 'truong.xlsx')).problems;
  return problems
    .filter((p) => p.where?.sheet === sheet && p.severity === 'error')
    .map((p) => p.message)
    .join('\n');
}

describe('zip bombs', () => {
  test('a part declaring more than the per-part limit is refused before inflating', () => {
    const editor = new PackageEditor(demo);
    const part = editor.sheetPart('Cán bộ');
    const bytes = editor.lieAboutSize(part, ZIP_LIMITS.partBytes + 1).bytes();
    expect(sheetError(bytes, 'Cán bộ')).toMatch(new RegExp(`phần ${part} giải nén ra 200 MB, quá giới hạn 200 MB`));
  });

  test('a part declaring a small size but inflating to more stops at the declared size + 1 byte', () => {
    const editor = new PackageEditor(demo);
    const part = editor.sheetPart('Đơn vị');
    const bytes = editor.lieAboutSize(part, 100).bytes();
    expect(sheetError(bytes, 'Đơn vị')).toContain(`phần ${part} bị hỏng (kích thước khác với khai báo trong tệp nén)`);
  });

  test('a compression ratio no spreadsheet has is refused (4 MB of one byte)', () => {
    const huge = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/>${' '.repeat(4 << 20)}</worksheet>`;
    const editor = new PackageEditor(demo);
    const part = editor.sheetPart('Xếp loại');
    const bytes = editor.setDeflated(part, huge).bytes();
    expect(sheetError(bytes, 'Xếp loại')).toMatch(/nén \d+ lần, bất thường/);
  });

  test('the total inflated over one archive is capped (parts that each pass)', () => {
    const data = new TextEncoder().encode('x'.repeat(1000));
    const [entry] = readZip(writeZip([{ kind: 'new', name: 'a.xml', data }]));
    const budget = new InflateBudget(2500);
    entryData({ ...entry, name: 'a.xml' }, budget);
    entryData({ ...entry, name: 'b.xml' }, budget);
    entryData({ ...entry, name: 'a.xml' }, budget); // read again: not counted twice
    expect(() => entryData({ ...entry, name: 'c.xml' }, budget)).toThrow(/tổng dung lượng giải nén vượt 0 MB khi đọc phần c\.xml/);
  });

  test('a changed byte that inflates to the right size is caught by the CRC', () => {
    const data = new TextEncoder().encode('<x>7</x>');
    const [entry] = readZip(writeZip([{ kind: 'new', name: 'x.xml', data }]));
    const other = deflateRawSync(new TextEncoder().encode('<x>9</x>'));
    if (entry.kind !== 'stored') throw new Error('expected a stored entry');
    expect(() => entryData({ ...entry, raw: other, compressedSize: other.length })).toThrow('sai mã kiểm tra CRC');
  });
});

describe("references beyond Excel's grid", () => {
  const sheetWith = (rows: string): string =>
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD2000000000"/><sheetData>${rows}</sheetData></worksheet>`;

  test.each([
    [
      'row 2 000 000 000',
      '<row r="2000000000"><c r="A2000000000"><v>1</v></c></row>',
      /có dòng số 2000000000, vượt giới hạn 1\.048\.576 dòng/,
    ],
    ['row 1 048 577', '<row r="1048577"><c><v>1</v></c></row>', /có dòng số 1048577/],
    ['column ZZZZZZZZ', '<row r="2"><c r="ZZZZZZZZ2"><v>1</v></c></row>', /dòng 2 có ô vượt cột XFD/],
    ['column XFE', '<row r="1"><c r="XFE1"><v>1</v></c></row>', /vượt cột XFD/],
  ])('%s: an error at the sheet, nothing allocated', (_label, rows, message) => {
    const editor = new PackageEditor(demo);
    const bytes = editor.setText(editor.sheetPart('Danh mục'), sheetWith(rows)).bytes();
    expect(sheetError(bytes, 'Danh mục')).toMatch(message);
  });

  test('the last cell of the grid, XFD1048576, is still read', () => {
    const editor = new PackageEditor(demo);
    const bytes = editor
      .setText(editor.sheetPart('Danh mục'), sheetWith('<row r="3"><c r="XFD3" t="inlineStr"><is><t>x</t></is></c></row>'))
      .bytes();
    expect(readXlsx(bytes).read('Danh mục')?.values[2]).toHaveLength(16_384);
  });
});
