// Issue 10: the tally's reads at the service-call floor with the Sheets advanced service (one listing, one batchGet,
// one get for percent formats), the same results as SpreadsheetApp, and dates read as typed whatever the
// spreadsheet's time zone (SpreadsheetApp gives midnight in the SPREADSHEET's zone; the script reads in its own).
import { MSG } from '../../src/gas/messages';
import { setupWorkbook } from '../../src/gas/setup';
import { tallyInSheets } from '../../src/gas/tally';
import type { TallyView } from '../../src/workbook/api';
import { createFakeServices, FakeServices, installFakeGlobals } from './fake';
import { fillMarks, smallSchool } from './school';
import { createScoreCards } from '../../src/gas/cards';

function school(options: { api: boolean; staff?: number; timeZone?: string | null }): FakeServices {
  const services = smallSchool(createFakeServices({ sheetsApi: options.api }), options.staff ?? 4);
  services.spreadsheet.timeZone = options.timeZone ?? null;
  const phases = services.spreadsheet.sheet('Đợt thi đua');
  phases.load([
    ['Mã đợt', 'Tên đợt', 'Loại', 'Từ ngày', 'Đến ngày'],
    ['D1', 'Đợt 1', 'Đợt', new Date(2025, 8, 5), new Date(2026, 0, 16)],
  ]);
  createScoreCards(services, 'D1');
  fillMarks(services, 'Chấm D1 TV01', 5);
  fillMarks(services, 'Chấm D1 TV02', 6);
  return services;
}

/** The second tally (Kết quả D1 and Nhật ký exist), with its service calls counted. */
function tally(services: FakeServices): TallyView {
  const restore = installFakeGlobals(services);
  try {
    tallyInSheets(services, 'D1');
    services.calls.reset();
    return tallyInSheets(services, 'D1');
  } finally {
    restore();
  }
}

describe('the read floor with the Sheets advanced service', () => {
  test.each([4, 300])('a whole tally of %i staff: ≤ 15 service calls, every input sheet in one batchGet', (staff) => {
    const services = school({ api: true, staff });
    const view = tally(services);
    expect(view.resultSheet).toBe('Kết quả D1');
    expect(services.calls.of('Sheets.Spreadsheets.Values.batchGet')).toBe(1);
    expect(services.calls.of('Range.getValues') + services.calls.of('Spreadsheet.getSheets') + services.calls.of('Sheet.getName')).toBe(0);
    expect(services.calls.total).toBeLessThanOrEqual(15);
  });

  test('the same results as through SpreadsheetApp, percent columns included', () => {
    const viaApi = school({ api: true });
    const viaApp = school({ api: false });
    for (const s of [viaApi, viaApp]) {
      const awards = s.spreadsheet.sheet('Khen thưởng');
      awards.load([['D1', 'BK', 'Biểu dương', 'Cá nhân', 'Tiêu chuẩn', '', 0.5]], 3);
      awards.cell(1, 7).value = 'Tỷ lệ tối đa (%)';
      awards.cell(3, 7).format = '0%';
    }
    const a = tally(viaApi);
    const b = tally(viaApp);
    expect(a).toEqual(b);
    expect(viaApi.calls.of('Sheets.Spreadsheets.get')).toBeLessThanOrEqual(2); // listing + percent formats
    expect(viaApi.spreadsheet.sheet('Kết quả D1').values()).toEqual(viaApp.spreadsheet.sheet('Kết quả D1').values());
  });
});

describe('dates whatever the spreadsheet time zone', () => {
  test.each([
    ['Asia/Tokyo', false],
    ['America/New_York', false],
    ['Asia/Tokyo', true],
    ['America/New_York', true],
  ])('a spreadsheet in %s (Sheets service: %s) reads its phase dates as typed', (zone, api) => {
    const services = school({ api: api as boolean, timeZone: zone as string });
    const view = tally(services);
    expect([view.phase.from, view.phase.to]).toEqual(['2025-09-05', '2026-01-16']);
  });

  test('the fake gives dates as Google does: midnight in the spreadsheet zone', () => {
    const services = school({ api: false, timeZone: 'Asia/Tokyo' });
    const [[, , , from]] = services.spreadsheet.sheet('Đợt thi đua').getRange(2, 1, 1, 4).getValues();
    expect((from as Date).toISOString()).toBe('2025-09-04T15:00:00.000Z');
  });

  test('set-up warns when the spreadsheet is not on Vietnam time, and only then', () => {
    const tokyo = createFakeServices();
    tokyo.spreadsheet.timeZone = 'Asia/Tokyo';
    expect(setupWorkbook(tokyo).warnings).toEqual([MSG.timeZone('Asia/Tokyo')]);
    const hanoi = createFakeServices();
    hanoi.spreadsheet.timeZone = 'Asia/Ho_Chi_Minh';
    expect(setupWorkbook(hanoi).warnings).toEqual([]);
  });
});
