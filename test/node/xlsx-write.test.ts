import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newXlsx, readXlsx, writeXlsxFile, XlsxWriteError } from '../../src/node/xlsx/index';
import type { OutputSheet } from '../../src/workbook/port';
import { arrayBuffer, unzipText } from './xlsx-fixtures';

const proposal: OutputSheet = {
  name: 'Đề nghị D1',
  rows: [
    ['SỞ GD&ĐT TỈNH MẪU', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['TT', 'Họ và tên', 'Ngày sinh', 'Điểm', 'Tỷ lệ', 'Đạt'],
    [1, '=Nguyễn Văn An', new Date(Date.UTC(1985, 4, 17)), 87.25, 0.15, true],
    [2, '-Trần Thị Bình', new Date(Date.UTC(1990, 0, 1)), 91.5, 0.125, false],
    [3, '+@ <b>&amp;</b> "x"', null, -0.5, 1, false],
  ],
  styles: [
    { range: { row: 1, col: 1, cols: 3 }, style: { bold: true, fontFamily: 'Times New Roman', fontSize: 13, align: 'center' } },
    { range: { row: 2, col: 1, cols: 6 }, style: { bold: true, fill: '#D9E2F3', border: 'all', valign: 'middle', wrap: true } },
    { range: { row: 3, col: 1, rows: 3, cols: 6 }, style: { border: 'all' } },
    { range: { row: 3, col: 2, rows: 3 }, style: { italic: true, underline: true, color: '#C00000' } },
    { range: { row: 3, col: 4, rows: 3 }, style: { numberFormat: '0.00', align: 'right' } },
    { range: { row: 3, col: 5, rows: 3 }, style: { numberFormat: '0%' } },
    { range: { row: 7, col: 1, cols: 6 }, style: { border: 'bottom' } },
  ],
  merges: [
    { row: 1, col: 1, cols: 3 },
    { row: 1, col: 4, cols: 3 },
  ],
  columnWidths: [40, 220, 100, 75],
  frozenRows: 2,
  frozenCols: 1,
  page: {
    paper: 'A4',
    orientation: 'landscape',
    fitToWidth: true,
    margins: { top: 0.6, bottom: 0.5, left: 0.7, right: 0.4 },
    repeatRows: { first: 2, last: 2 },
  },
};

const plain: OutputSheet = { name: "Ghi chú's", rows: [['Một dòng\nhai dòng', '  cách  '], [], ['_x0041_', 'tab\there', '\u0001ctl']] };

describe('writing new workbooks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-xlsx-write-'));
  const file = join(dir, 'de-nghi.xlsx');
  writeXlsxFile(file, [proposal, plain]);
  const bytes = new Uint8Array(readFileSync(file));

  test('values come back through our reader, strings always as text', () => {
    const wb = readXlsx(bytes);
    expect(wb.sheetNames()).toEqual(['Đề nghị D1', "Ghi chú's"]);
    const data = wb.read('Đề nghị D1', { formats: true });
    expect(data?.values).toEqual(
      proposal.rows.map((r) =>
        r.length
          ? r.slice(
              0,
              r.reduce<number>((n, v, i) => (v === null ? n : i + 1), 0),
            )
          : r,
      ),
    );
    expect(data?.formats?.[2]).toEqual(['', '', 'dd/mm/yyyy', '0.00', '0%', '']);
    expect(wb.read("Ghi chú's")?.values).toEqual([['Một dòng\nhai dòng', '  cách  '], [], ['_x0041_', 'tab\there', '\u0001ctl']]);
    const xml = unzipText(bytes)['xl/worksheets/sheet1.xml'];
    expect(xml).not.toMatch(/<f[\s>]/);
    expect(xml).toContain('<t>=Nguyễn Văn An</t>');
  });

  test('exceljs, an independent reader, sees the same values, styles, merges, widths, panes and page setup', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(arrayBuffer(bytes));
    const ws = book.getWorksheet('Đề nghị D1');
    if (!ws) throw new Error('sheet missing');
    expect(ws.getCell('B3').text).toBe('=Nguyễn Văn An');
    expect(ws.getCell('B3').type).not.toBe(ExcelJS.ValueType.Formula);
    expect(ws.getCell('B5').text).toBe('+@ <b>&amp;</b> "x"');
    expect(ws.getCell('D3').value).toBe(87.25);
    expect(ws.getCell('D3').numFmt).toBe('0.00');
    expect(ws.getCell('E3').numFmt).toBe('0%');
    expect(ws.getCell('C3').value).toEqual(new Date(Date.UTC(1985, 4, 17)));
    expect(ws.getCell('C3').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('F3').value).toBe(true);
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, name: 'Times New Roman', size: 13 });
    expect(ws.getCell('A1').alignment).toMatchObject({ horizontal: 'center' });
    expect(ws.getCell('A2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } });
    expect(ws.getCell('A2').alignment).toMatchObject({ vertical: 'middle', wrapText: true });
    for (const edge of ['top', 'left', 'bottom', 'right'] as const) expect(ws.getCell('F4').border?.[edge]?.style).toBe('thin');
    expect(ws.getCell('C7').border?.bottom?.style).toBe('thin');
    expect(ws.getCell('C7').border?.top).toBeUndefined();
    expect(ws.getCell('B4').font).toMatchObject({ italic: true, underline: true, color: { argb: 'FFC00000' } });
    // later styles add to earlier ones on the same cell
    expect(ws.getCell('B4').border?.left?.style).toBe('thin');
    expect(ws.getCell('D4').alignment).toMatchObject({ horizontal: 'right' });
    expect(ws.model.merges.sort()).toEqual(['A1:C1', 'D1:F1']);
    expect(ws.getColumn(1).width).toBeCloseTo((40 - 5) / 7, 2);
    expect(ws.getColumn(2).width).toBeCloseTo((220 - 5) / 7, 2);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2, topLeftCell: 'B3' });
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { top: 0.6, bottom: 0.5, left: 0.7, right: 0.4 },
      printTitlesRow: '2:2',
    });
    const other = book.getWorksheet("Ghi chú's");
    expect(other?.getCell('A1').text).toBe('Một dòng\nhai dòng');
    expect(other?.getCell('B1').text).toBe('  cách  ');
  });

  test('print titles are a defined name local to the sheet', () => {
    const workbookXml = unzipText(bytes)['xl/workbook.xml'];
    expect(workbookXml).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="0">\'Đề nghị D1\'!$2:$2</definedName>');
  });

  test('any string round-trips as literal text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 8 }), (texts) => {
        const wb = newXlsx();
        wb.write([{ name: 'S', rows: [texts] }]);
        const back = readXlsx(wb.toBuffer()).read('S')?.values[0] ?? [];
        // lone surrogates cannot be stored in UTF-8; everything else (controls, \r, _x0041_) comes back as it was
        const expected = texts.map((t) => t.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
        expect(back.map((v) => v ?? '')).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  test('numbers round-trip exactly (up to 15 significant digits, as Excel keeps them)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), { minLength: 1, maxLength: 10 }),
        (numbers) => {
          const wb = newXlsx();
          wb.write([{ name: 'S', rows: [numbers] }]);
          const back = readXlsx(wb.toBuffer()).read('S')?.values[0] ?? [];
          expect(back).toEqual(numbers.map((n) => Number(n.toPrecision(15)) + 0));
        },
      ),
    );
  });

  test('decimals typed by hand keep their value', () => {
    const wb = newXlsx();
    wb.write([{ name: 'S', rows: [[8.5, 0.1 + 0.2, 9.95, 1 / 3, 100, -7.25]] }]);
    expect(readXlsx(wb.toBuffer()).read('S')?.values).toEqual([[8.5, 0.3, 9.95, 0.333333333333333, 100, -7.25]]);
  });

  test('bad or duplicate sheet names are refused before anything changes', () => {
    const wb = newXlsx();
    wb.write([{ name: 'A', rows: [[1]] }]);
    expect(() =>
      wb.write([
        { name: 'B', rows: [] },
        { name: 'x:y', rows: [] },
      ]),
    ).toThrow(XlsxWriteError);
    expect(() =>
      wb.write([
        { name: 'Kết quả', rows: [] },
        { name: 'kết quả', rows: [] },
      ]),
    ).toThrow('được ghi hai lần');
    expect(() => wb.write([{ name: 'x'.repeat(32), rows: [] }])).toThrow('Tên trang tính không hợp lệ');
    expect(wb.sheetNames()).toEqual(['A']);
  });

  test('a new workbook saved without sheets still opens', async () => {
    const bytes = newXlsx().toBuffer();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(arrayBuffer(bytes));
    expect(book.worksheets).toHaveLength(1);
  });
});
