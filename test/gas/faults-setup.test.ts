// Issue 12: a throw at every k-th service call of the set-up (k = 1 … its calls), on a new spreadsheet and on one
// typed by hand: no data cell changes, `Nhật ký` records the failure, the lock is released, and the next run
// leaves exactly what a run without a fault leaves. A set-up makes about 660 calls and takes 0.3–0.4 s in the fake:
// CI sweeps every 28th k and the last 10; `SWEEP=full` sweeps every k (1 332 cases, 15 min on a loaded 2-core
// machine: all pass).
import { setupWorkbook } from '../../src/gas/setup';
import { MSG } from '../../src/gas/messages';
import { createFakeServices, FakeServices } from './fake';
import { callNames, failingAt, FAILURE_COLUMN, logRows, spreadsheetState, sweepKs, temporarySheets } from './sweep';

const notLog = (name: string): boolean => name !== 'Nhật ký';

function blank(): FakeServices {
  return createFakeServices();
}

/** A workbook typed by hand before the set-up: columns in another order, one missing, an extra one, a parameter. */
function typed(): FakeServices {
  const services = createFakeServices();
  services.spreadsheet.addSheet('Cán bộ', [
    ['Họ và tên', 'Mã CB', 'Ghi chú riêng', 'Mã đơn vị'],
    ['Nguyễn An', 'CB001', 'giữ nguyên', 'T1'],
  ]);
  services.spreadsheet.addSheet('Cấu hình', [
    ['Tham số', 'Giá trị'],
    ['Cách tổng hợp điểm', 'Trung vị'],
  ]);
  return services;
}

/** The values typed before the set-up, as they stand now (the set-up adds cells, never changes one). */
function typedCells(services: FakeServices, before: FakeServices): unknown[] {
  return before.spreadsheet.sheets.map((s) => {
    const sheet = services.spreadsheet.sheet(s.name);
    return s.values().map((row, r) => row.map((_, c) => sheet.peek(r + 1, c + 1).value));
  });
}

describe.each([
  ['a new spreadsheet', blank],
  ['a spreadsheet typed by hand', typed],
])('set-up of %s: a throw at every service call', (_what, make) => {
  const clean = make();
  const calls = callNames(clean, () => setupWorkbook(clean)).length;
  const done = spreadsheetState(clean.spreadsheet, notLog);
  const EVERY_K = sweepKs(calls, 24, 10);

  test('the sweep has something to sweep', () => {
    expect(calls).toBeGreaterThan(50);
  });

  test.each(EVERY_K)('k = %i', (k) => {
    const services = make();
    const original = make();
    const error = failingAt(services, k, () => setupWorkbook(services));
    expect(typedCells(services, original)).toEqual(typedCells(original, original));
    if (k < calls) expect(services.LockService.documentLock.holder).toBeNull();
    else services.LockService.documentLock.holder = null; // releaseLock itself failed: released when the execution ends
    if (error) {
      expect(error.message).toMatch(/Hãy chạy lại/);
      const last = logRows(services.spreadsheet).at(-1) ?? [];
      expect(last[2]).toBe(MSG.log.setup);
      expect(last[FAILURE_COLUMN]).toBe(error.message);
    } else expect(spreadsheetState(services.spreadsheet, notLog)).toEqual(done);
    setupWorkbook(services);
    expect(spreadsheetState(services.spreadsheet, notLog)).toEqual(done);
    expect(temporarySheets(services.spreadsheet)).toEqual([]);
    expect(services.PropertiesService.document.map.get('thidua.setupVersion')).toBe('1');
  });
});
