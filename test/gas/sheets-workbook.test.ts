import { SheetsWorkbook } from '../../src/gas/sheets-workbook';
import { createFakeServices } from './fake';

function setup() {
  const services = createFakeServices();
  const ss = services.spreadsheet;
  ss.addSheet('Cán bộ', [['Mã CB', 'Họ và tên'], ['CB001', 'An'], ['CB002', 'Bình']]);
  ss.addSheet('Kết quả D1', [['cũ'], ['kết quả cũ']]);
  ss.addSheet('Nhật ký', [['Thời gian']]);
  return { services, ss, wb: new SheetsWorkbook(ss) };
}

describe('SheetsWorkbook', () => {
  test('reads a sheet with one getDataRange and one getValues (plus getNumberFormats when asked)', () => {
    const { services, wb } = setup();
    expect(wb.sheetNames()).toEqual(['Cán bộ', 'Kết quả D1', 'Nhật ký']);
    services.calls.reset();
    const data = wb.read('Cán bộ');
    expect(data?.values).toEqual([['Mã CB', 'Họ và tên'], ['CB001', 'An'], ['CB002', 'Bình']]);
    expect(services.calls.table()).toEqual([['Range.getValues', 1], ['Sheet.getDataRange', 1]]);
    services.calls.reset();
    expect(wb.read('Cán bộ', { formats: true })?.formats).toEqual([['', ''], ['', ''], ['', '']]);
    expect(services.calls.of('Range.getNumberFormats')).toBe(1);
    expect(services.calls.total).toBe(3);
    expect(wb.read('Không có')).toBeNull();
  });

  test('the input digest changes when a value read changes', () => {
    const a = setup();
    a.wb.read('Cán bộ');
    const b = setup();
    b.ss.sheet('Cán bộ').cell(3, 2).value = 'Bình!';
    b.wb.read('Cán bộ');
    expect(a.wb.inputDigest()).toMatch(/^[0-9a-f]{16}$/);
    expect(a.wb.inputDigest()).not.toBe(b.wb.inputDigest());
  });

  test('replaces a sheet in place, writes formula-like and numeric-looking text literally', () => {
    const { services, ss, wb } = setup();
    wb.write([
      {
        name: 'Kết quả D1',
        rows: [
          ['Mã', 'Tên', 'Điểm'],
          ['001', '=HYPERLINK("x")', 8.5],
          ['-CB', '+1', null],
          ['@a', '20/11', 7],
        ],
        styles: [
          { range: { row: 1, col: 1, cols: 3 }, style: { bold: true, fill: '#eeeeee' } },
          { range: { row: 2, col: 3, rows: 3 }, style: { numberFormat: '0.00' } },
        ],
        columnWidths: [80, 200, 200],
        frozenRows: 1,
      },
    ]);
    expect(ss.sheets.map((s) => s.name)).toEqual(['Cán bộ', 'Kết quả D1', 'Nhật ký']);
    const sheet = ss.sheet('Kết quả D1');
    expect(sheet.values()).toEqual([
      ['Mã', 'Tên', 'Điểm'],
      ['001', '=HYPERLINK("x")', 8.5],
      ['-CB', '+1', ''],
      ['@a', '20/11', 7],
    ]);
    expect(sheet.cell(1, 1).style.fontWeight).toBe('bold');
    expect(sheet.cell(3, 3).format).toBe('0.00');
    expect(sheet.frozenRows).toBe(1);
    expect([...sheet.widths.entries()]).toEqual([[1, 80], [2, 200], [3, 200]]);
    expect(services.calls.of('Range.setValues')).toBe(1);
  });

  test('a failure mid-way leaves the previous sheets and removes the temporary ones', () => {
    const { services, ss, wb } = setup();
    wb.sheetNames();
    services.calls.failOn('Range.setValues', 2);
    expect(() =>
      wb.write([
        { name: 'Kết quả D1', rows: [['mới']] },
        { name: 'Đề nghị D1', rows: [['mới']] },
      ]),
    ).toThrow(/injected/);
    expect(ss.sheets.map((s) => s.name)).toEqual(['Cán bộ', 'Kết quả D1', 'Nhật ký']);
    expect(ss.sheet('Kết quả D1').values()).toEqual([['cũ'], ['kết quả cũ']]);
  });

  test('grows the sheet for more than 1000 rows', () => {
    const { ss, wb } = setup();
    const rows = Array.from({ length: 2500 }, (_, i) => [`CB${i}`, i]);
    wb.write([{ name: 'Kết quả D2', rows }]);
    expect(ss.sheet('Kết quả D2').values()).toHaveLength(2500);
  });
});
