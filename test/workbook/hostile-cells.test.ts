// Issue 12 (8, 9, 10): cells that used to read silently wrong — formulas without a value, "1 0", 0x9, invisible
// characters in codes — are errors at their cell.
import { readFileSync } from 'node:fs';
import { demoFile } from '../../src/node/cli';
import { PackageEditor } from '../../src/node/fuzz/package-edit';
import { readXlsx } from '../../src/node/xlsx/index';
import { parseNumberText, readCode, readNumber, UncalculatedFormula } from '../../src/workbook/cells';
import { readSchool } from '../../src/workbook/read-school';
import { lines, read } from './fixture';

describe('numbers written as text', () => {
  test.each([['1 0'], ['12 34'], ['1 00'], ['0x9'], ['0b1'], ['Infinity'], ['1e999'], ['9 8,5']])('%j is not a number', (text) => {
    expect(parseNumberText(text)).toBeNull();
  });
  test.each([
    ['1 234', 1234],
    ['1 234,5', 1234.5],
    [' 8,5 ', 8.5],
    ['1\u00a0000', 1000],
  ])('%j is %d (a space groups thousands)', (text, n) => {
    expect(parseNumberText(text)).toBe(n);
  });
});

describe('formulas saved without their value', () => {
  test('the marker is an error in every reader', () => {
    const marker = new UncalculatedFormula('SUM(B2:C2)');
    for (const result of [readNumber(marker), readCode(marker)]) {
      expect(result).toEqual({
        ok: false,
        message: 'công thức chưa được tính — hãy mở và lưu lại tệp bằng Excel hoặc LibreOffice',
      });
    }
  });

  const demo = readFileSync(demoFile());
  const xmlCell = (xml: string, ref: string, replacement: string): string => {
    const re = new RegExp(`<c r="${ref}"[^>]*?(/>|>.*?</c>)`);
    expect(xml).toMatch(re);
    return xml.replace(re, replacement);
  };

  test.each([
    ['no <v>', '<f>SUM(E2:F2)</f>'],
    ['an empty <v>', '<f>SUM(E2:F2)</f><v></v>'],
    ['<v/>', '<f>SUM(E2:F2)</f><v/>'],
  ])('a mark on a score card with %s is an error at the cell, not a missing mark', (_label, inner) => {
    const editor = new PackageEditor(demo);
    const part = editor.sheetPart('Chấm D1 TV01');
    editor.setText(part, xmlCell(editor.text(part), 'D2', `<c r="D2">${inner}</c>`));
    const { problems } = readSchool(readXlsx(editor.bytes()));
    expect(lines(problems)).toContain('Chấm D1 TV01!D2: công thức chưa được tính — hãy mở và lưu lại tệp bằng Excel hoặc LibreOffice');
  });

  test('a number cell holding 0x9 is reported, not read as 9 nor as a blank', () => {
    const editor = new PackageEditor(demo);
    const part = editor.sheetPart('Chấm D1 TV01');
    editor.setText(part, xmlCell(editor.text(part), 'D2', '<c r="D2"><v>0x9</v></c>'));
    const { problems } = readSchool(readXlsx(editor.bytes()));
    expect(lines(problems).filter((l) => l.startsWith('Chấm D1 TV01!D2'))).toHaveLength(1);
  });
});

describe('invisible characters in codes', () => {
  test.each([['\u200b'], ['\u202e'], ['\ufeff'], ['\u00ad'], ['\u0007']])('a code with U+%j is refused at its cell', (ch) => {
    const { problems } = read((s) => {
      s['Cán bộ'].push([`CB0${ch}01`, 'Bản sao', 'T1', 'Giáo viên']);
    });
    const found = lines(problems).filter((l) => l.includes('có ký tự ẩn'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^Cán bộ!A5: mã “CB001” có ký tự ẩn U\+[0-9A-F]{4}/);
  });
});

describe('phase and member codes must fit in sheet names (issue 12, 7)', () => {
  test.each([
    ['Đợt 1', 'có dấu cách'],
    ['D/1', 'có ký tự “/”'],
    ['D:1', 'có ký tự “:”'],
    ['DOT12345678', 'dài quá 10 ký tự'],
  ])('phase code %j', (code, words) => {
    const { problems } = read((s) => {
      s['Đợt thi đua'][1][0] = code;
    });
    expect(lines(problems).find((l) => l.startsWith('Đợt thi đua!A2'))).toContain(words);
  });

  test('a member code too long for `Chấm TT {đợt} {thành viên}` (31 characters)', () => {
    const { problems } = read((s) => {
      s['Hội đồng'][2][0] = 'THANHVIEN0002';
    });
    expect(lines(problems).find((l) => l.startsWith('Hội đồng!A3'))).toContain('dài quá 12 ký tự');
  });

  test('the longest allowed codes make a 31-character sheet name', () => {
    expect(`Chấm TT ${'D'.repeat(10)} ${'T'.repeat(12)}`).toHaveLength(31);
  });

  test.each([['Chấm Đợt 1 TV01'], ['Chấm D1'], ['Phiếu D1 cũ']])(
    'a sheet %j that looks like a card or vote sheet but is not one is an error',
    (sheet) => {
      const { problems } = read((s) => {
        s[sheet] = [['Mã', 'Họ và tên', 'TC01']];
      });
      expect(lines(problems).find((l) => l.startsWith(`${sheet}!A1`))).toMatch(/không đúng mẫu/);
    },
  );
});
