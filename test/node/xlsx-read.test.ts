import ExcelJS from 'exceljs';
import { UncalculatedFormula } from '../../src/workbook/cells';
import { readXlsx } from '../../src/node/xlsx/index';
import { fixtureXlsx } from './xlsx-fixtures';

const sheet = (xml: string, sharedStrings: string[] = []) => readXlsx(fixtureXlsx({ sheets: [{ name: 'Trang 1', xml }], sharedStrings }));

describe('reading worksheets', () => {
  test('every cell type: shared, inline and rich strings, numbers, booleans, errors, formula results', () => {
    const wb = sheet(
      '<sheetData>' +
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Nội dung</t></is></c><c r="C1" t="s"><v>1</v></c></row>' +
        '<row r="2"><c r="A2"><v>8.5</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="b"><v>0</v></c><c r="D2" t="e"><v>#REF!</v></c>' +
        '<c r="E2" t="str"><f>A1&amp;"x"</f><v>Mã CBx</v></c><c r="F2"><f>1/3</f><v>0.33333333333333331</v></c><c r="G2"><v>-12</v></c><c r="H2"><v>1.5E-3</v></c></row>' +
        '<row r="4"><c r="B4" t="inlineStr"><is><r><rPr><b/></rPr><t>Đậm</t></r><r><t xml:space="preserve"> và thường</t></r></is></c></row>' +
        '</sheetData>',
      ['Mã CB', 'A &amp; B &lt;C&gt; &#7843;_x000D_'],
    );
    expect(wb.sheetNames()).toEqual(['Trang 1']);
    expect(wb.read('Trang 1')?.values).toEqual([
      ['Mã CB', 'Nội dung', 'A & B <C> ả\r'],
      [8.5, true, false, '#REF!', 'Mã CBx', 0.333333333333333, -12, 0.0015],
      [],
      [null, 'Đậm và thường'],
    ]);
  });

  test('shared formulas read their cached values; a formula without a cached value is a marker (issue 12: never a blank)', () => {
    const wb = sheet(
      '<sheetData><row r="1"><c r="A1"><v>2</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>4</v></c></row>' +
        '<row r="2"><c r="A2"><v>3</v></c><c r="B2"><f t="shared" si="0"/><v>6</v></c></row>' +
        '<row r="3"><c r="A3"><v>5</v></c><c r="B3"><f t="shared" si="0"/></c></row></sheetData>',
    );
    expect(wb.read('Trang 1')?.values).toEqual([
      [2, 4],
      [3, 6],
      [5, new UncalculatedFormula('')],
    ]);
  });

  test('rich shared strings skip phonetic runs; cells without r follow on', () => {
    const wb = readXlsx(
      fixtureXlsx({
        sheets: [
          { name: 'S', xml: '<sheetData><row><c t="s"><v>0</v></c><c><v>1</v></c></row><row><c r="C2"><v>2</v></c></row></sheetData>' },
        ],
        sharedStrings: `<sst xmlns="x"><si><r><t>Lê </t></r><r><rPr><i/></rPr><t>Văn</t></r><rPh sb="0" eb="1"><t>レ</t></rPh></si></sst>`,
      }),
    );
    expect(wb.read('S')?.values).toEqual([
      ['Lê Văn', 1],
      [null, null, 2],
    ]);
  });

  test('dates, percentages and decimals: values and formats', () => {
    const wb = sheet(
      '<sheetData><row r="1"><c r="A1" s="1"><v>45908</v></c><c r="B1" s="2"><v>0.15</v></c><c r="C1" s="3"><v>45908.5</v></c>' +
        '<c r="D1" s="4"><v>0.30000000000000004</v></c><c r="E1"><v>8.1</v></c></row></sheetData>',
    );
    const data = wb.read('Trang 1', { formats: true });
    expect(data?.values).toEqual([[new Date(Date.UTC(2025, 8, 8)), 0.15, new Date(Date.UTC(2025, 8, 8, 12)), 0.3, 8.1]]);
    expect(data?.formats).toEqual([['dd/mm/yyyy', '0%', 'mm-dd-yy', '0.00', '']]);
    expect(wb.read('Trang 1')?.formats).toBeUndefined();
  });

  test('the 1904 date system', () => {
    const wb = readXlsx(
      fixtureXlsx({
        sheets: [{ name: 'S', xml: '<sheetData><row r="1"><c r="A1" s="1"><v>0</v></c></row></sheetData>' }],
        workbookPr: '<workbookPr date1904="1"/>',
      }),
    );
    expect(wb.read('S')?.values).toEqual([[new Date(Date.UTC(1904, 0, 1))]]);
  });

  test('an empty sheet, and 10 000 styled blank rows, read as no rows; blank rows between data are kept', () => {
    const blank = Array.from({ length: 10000 }, (_, i) => `<row r="${i + 3}" s="1" customFormat="1"><c r="A${i + 3}" s="1"/></row>`).join(
      '',
    );
    const wb = readXlsx(
      fixtureXlsx({
        sheets: [
          { name: 'Trống', xml: '<sheetData/>' },
          { name: 'Dài', xml: `<sheetData><row r="1"><c r="A1"><v>1</v></c></row>${blank}</sheetData>` },
          { name: 'Giữa', xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="B3"><v>2</v></c></row></sheetData>' },
          { name: 'Không có dữ liệu', xml: '' },
        ],
      }),
    );
    expect(wb.read('Trống')?.values).toEqual([]);
    expect(wb.read('Dài')?.values).toEqual([[1]]);
    expect(wb.read('Giữa')?.values).toEqual([[1], [], [null, 2]]);
    expect(wb.read('Không có dữ liệu')?.values).toEqual([]);
    expect(wb.read('Không có')).toBeNull();
  });

  test('a namespace prefix on every element (x:row, x:c)', () => {
    const bytes = fixtureXlsx({ sheets: [{ name: 'S', xml: '' }] });
    const { unzipSync, zipSync, strToU8 } = jest.requireActual<typeof import('fflate')>('fflate');
    const files = unzipSync(bytes);
    files['xl/worksheets/sheet1.xml'] = strToU8(
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Có</x:t></x:is></x:c><x:c r="B1"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>',
    );
    expect(readXlsx(zipSync(files)).read('S')?.values).toEqual([['Có', 7]]);
  });

  test('a workbook written by exceljs: merged header cells, styles, shared strings, formulas', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Cán bộ');
    ws.addRow(['Thông tin', null, 'Điểm']);
    ws.addRow(['Mã CB', 'Họ và tên', 'TC01']);
    ws.addRow(['CB001', 'Nguyễn Văn An', 8.5]);
    ws.addRow(['CB002', '=không phải công thức', { formula: 'C3*2', result: 17 }]);
    ws.mergeCells('A1:B1');
    ws.getCell('A1').font = { bold: true };
    const dated = ws.getCell('D3');
    dated.value = new Date(Date.UTC(2025, 10, 20));
    dated.numFmt = 'dd/mm/yyyy';
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const data = readXlsx(bytes).read('Cán bộ', { formats: true });
    expect(data?.values).toEqual([
      ['Thông tin', null, 'Điểm'],
      ['Mã CB', 'Họ và tên', 'TC01'],
      ['CB001', 'Nguyễn Văn An', 8.5, new Date(Date.UTC(2025, 10, 20))],
      ['CB002', '=không phải công thức', 17],
    ]);
    expect(data?.formats?.[2][3]).toBe('dd/mm/yyyy');
  });
});
