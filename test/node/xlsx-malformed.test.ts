import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openXlsx, readXlsx, XlsxFormatError } from '../../src/node/xlsx/index';
import { fixtureXlsx } from './xlsx-fixtures';

const INVALID = /^Tệp .+ không phải là tệp Excel \.xlsx hợp lệ \(.+\)\.$/;

function formatError(run: () => unknown): XlsxFormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof XlsxFormatError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('malformed input never crashes with a stack', () => {
  test('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        expect(formatError(() => readXlsx(bytes, 'rac.xlsx')).message).toMatch(INVALID);
      }),
    );
  });

  test('random corruption of a real workbook: an XlsxFormatError or a readable workbook, nothing else', () => {
    const good = fixtureXlsx({
      sheets: [{ name: 'S', xml: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>' }],
      sharedStrings: ['x'],
    });
    fc.assert(
      fc.property(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 }), (at, byte) => {
        const bytes = good.slice();
        bytes[at] = byte;
        try {
          const wb = readXlsx(bytes, 'hong.xlsx');
          for (const name of wb.sheetNames()) wb.read(name);
        } catch (error) {
          expect(error).toBeInstanceOf(XlsxFormatError);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('a zip without workbook.xml, a .docx, a truncated file, an old .xls or encrypted file', () => {
    const noWorkbook = zipSync({ 'hello.txt': strToU8('xin chào') });
    expect(formatError(() => readXlsx(noWorkbook, 'a.xlsx')).message).toBe(
      'Tệp a.xlsx không phải là tệp Excel .xlsx hợp lệ (không có phần bảng tính xl/workbook.xml).',
    );
    const docx = zipSync({
      '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      '_rels/.rels': strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/document.xml': strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'),
    });
    expect(formatError(() => readXlsx(docx, 'bao-cao.docx')).message).toContain('tài liệu Office khác');
    const good = fixtureXlsx({ sheets: [{ name: 'S', xml: '' }] });
    expect(formatError(() => readXlsx(good.slice(0, good.length / 2), 'cut.xlsx')).message).toMatch(INVALID);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]);
    expect(formatError(() => readXlsx(ole, 'cu.xls')).message).toContain('.xls cũ hoặc tệp có đặt mật khẩu');
    expect(formatError(() => readXlsx(new Uint8Array(0), 'rong.xlsx')).message).toMatch(INVALID);
  });

  test('a broken sheet part is reported when that sheet is read', () => {
    const files = unzipSync(
      fixtureXlsx({
        sheets: [
          { name: 'Tốt', xml: '' },
          { name: 'Hỏng', xml: '<sheetData/>' },
        ],
      }),
    );
    const bytes = zipSync(files, { level: 6 });
    // corrupt the deflated data of sheet2 in place, keeping the zip structure
    const name = new TextEncoder().encode('xl/worksheets/sheet2.xml');
    let at = -1;
    for (let i = 0; i < bytes.length - name.length && at < 0; i++) {
      if (
        bytes[i] === 0x50 &&
        bytes[i + 1] === 0x4b &&
        bytes[i + 2] === 3 &&
        bytes[i + 3] === 4 &&
        name.every((b, k) => bytes[i + 30 + k] === b)
      )
        at = i + 30 + name.length;
    }
    for (let k = 0; k < 8; k++) bytes[at + k] = 0xff;
    const wb = readXlsx(bytes, 'mot-phan.xlsx');
    expect(wb.read('Tốt')?.values).toEqual([]);
    expect(formatError(() => wb.read('Hỏng')).message).toContain('phần xl/worksheets/sheet2.xml bị hỏng');
  });

  test('openXlsx: a missing file or a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-xlsx-'));
    expect(formatError(() => openXlsx(join(dir, 'khong-co.xlsx'))).message).toBe(`Không tìm thấy tệp ${join(dir, 'khong-co.xlsx')}.`);
    expect(formatError(() => openXlsx(dir)).message).toContain('thư mục');
    writeFileSync(join(dir, 'text.xlsx'), 'không phải excel');
    expect(formatError(() => openXlsx(join(dir, 'text.xlsx'))).message).toBe(
      'Tệp text.xlsx không phải là tệp Excel .xlsx hợp lệ (không phải tệp nén Office Open XML).',
    );
  });
});
