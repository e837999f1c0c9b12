import { setupWorkbook, SETUP_PROPERTY } from '../../src/gas/setup';
import { SHEETS, LOG_SHEET } from '../../src/workbook/schema';
import { createFakeServices, FakeDataValidation } from './fake';

describe('setupWorkbook', () => {
  test('creates every input sheet with headers, notes, validation, formats, frozen header and widths', () => {
    const services = createFakeServices();
    const report = setupWorkbook(services);
    const ss = services.spreadsheet;
    expect(report.created).toEqual(SHEETS.map((s) => s.name));
    expect(ss.sheets.map((s) => s.name)).toEqual([...SHEETS.map((s) => s.name), LOG_SHEET]);
    for (const spec of SHEETS) {
      const sheet = ss.sheet(spec.name);
      spec.columns.forEach((column, i) => {
        expect(sheet.peek(1, i + 1).value).toBe(column.header);
        expect(sheet.peek(1, i + 1).note).toBe(column.note);
        expect(sheet.widths.get(i + 1)).toBe(column.width);
      });
      expect(sheet.frozenRows).toBe(1);
    }
    const staff = ss.sheet('Cán bộ');
    const unitRule = staff.peek(2, 3).validation as FakeDataValidation;
    expect(unitRule.criteria).toBe('VALUE_IN_RANGE');
    expect((unitRule.args[0] as { sheet: { name: string }; col: number }).sheet.name).toBe('Đơn vị');
    expect(staff.peek(500, 11).validation?.args[0]).toEqual(['Có', 'Không']);
    expect(staff.peek(2, 8).validation?.criteria).toBe('NUMBER_BETWEEN');
    expect(staff.peek(2, 8).validation?.args).toEqual([0, 12]);
    expect(staff.peek(2, 1).format).toBe('@');
    expect(staff.peek(2, 6).format).toBe('dd/mm/yyyy');
    const config = ss.sheet('Cấu hình').values();
    expect(config.map((r) => r[0])).toContain('Cách tổng hợp điểm');
    expect(config.find((r) => r[0] === 'Loại điểm tự chấm')?.[1]).toBe('Có');
    expect(services.PropertiesService.document.map.get(SETUP_PROPERTY)).toBe('1');
  });

  test('running it again adds only what is missing and never changes data', () => {
    const services = createFakeServices();
    const ss = services.spreadsheet;
    // a workbook typed by hand: columns in another order, one missing, an extra column, a config row changed
    ss.addSheet('Cán bộ', [
      ['Họ và tên', 'Mã CB', 'Ghi chú riêng', 'Mã đơn vị'],
      ['Nguyễn An', 'CB001', 'giữ nguyên', 'T1'],
      ['=1+1', '007', '', 'T2'],
    ]);
    ss.addSheet('Cấu hình', [
      ['Tham số', 'Giá trị'],
      ['Cách tổng hợp điểm', 'Trung vị'],
    ]);
    setupWorkbook(services);
    const staff = ss.sheet('Cán bộ');
    const before = staff.values().map((r) => r.slice(0, 4));
    expect(before).toEqual([
      ['Họ và tên', 'Mã CB', 'Ghi chú riêng', 'Mã đơn vị'],
      ['Nguyễn An', 'CB001', 'giữ nguyên', 'T1'],
      ['=1+1', '007', '', 'T2'],
    ]);
    // the missing columns were added at the end, in spec order
    const added = staff.values()[0].slice(4);
    expect(added).toEqual(
      SHEETS.find((s) => s.name === 'Cán bộ')
        ?.columns.map((c) => c.header)
        .filter((h) => !['Họ và tên', 'Mã CB', 'Mã đơn vị'].includes(h)),
    );
    expect(staff.peek(1, 3).note).toBe(''); // the user's own column keeps no note of ours
    const config = ss.sheet('Cấu hình').values();
    expect(config[1]).toEqual(['Cách tổng hợp điểm', 'Trung vị']);

    const inputs = () => ss.sheets.filter((s) => s.name !== 'Nhật ký').map((s) => [s.name, s.values()]);
    const snapshot = inputs();
    const second = setupWorkbook(services);
    expect(second).toEqual({ created: [], addedColumns: [], addedParams: [], warnings: [] });
    expect(inputs()).toEqual(snapshot);
    // each run is a line of `Nhật ký`
    expect(
      ss
        .sheet('Nhật ký')
        .values()
        .map((r) => r[2]),
    ).toEqual(['Thao tác', 'Thiết lập bảng tính', 'Thiết lập bảng tính']);
  });

  test('a header deleted by the user comes back at the end; the data under other headers stays', () => {
    const services = createFakeServices();
    setupWorkbook(services);
    const units = services.spreadsheet.sheet('Đơn vị');
    units.load([
      [null, null, null],
      ['T1', 'Tổ Toán', 'Tổ'],
    ]);
    units.cell(1, 3).value = '';
    const report = setupWorkbook(services);
    expect(report.addedColumns).toEqual([{ sheet: 'Đơn vị', header: 'Loại' }]);
    expect(units.values()).toEqual([
      ['Mã đơn vị', 'Tên đơn vị', '', 'Loại'],
      ['T1', 'Tổ Toán', 'Tổ', ''],
    ]);
  });
});
