// "Nhập kết quả năm trước" on the Apps Script fake (issue 16): last year's spreadsheet opened by its link, read in one
// Values.batchGet, its year-end results appended to `Lịch sử` through the atomic write; a re-import writes nothing;
// a name change (matched by code), a code change (matched by name + birth date, with a warning), a person gone
// (reported); a foreign, missing or forbidden spreadsheet refused with a clear Vietnamese message.
import { key } from '../../src/core/codes';
import { importHistoryFromMenu } from '../../src/gas/history';
import { demoSheets } from '../../sheets-templates/demo-school';
import { createFakeServices, FakeServices, FakeSpreadsheet, installFakeGlobals } from './fake';
import { MSG } from '../../src/gas/messages';
import { FAILURE_COLUMN, logRows } from './sweep';

const LAST_ID = 'lastYear0123456789abcdefgh';
const LAST_URL = `https://docs.google.com/spreadsheets/d/${LAST_ID}/edit#gid=0`;

type Rows = unknown[][];

function demoRows(): Map<string, Rows> {
  return new Map(demoSheets().map((s) => [s.name, s.rows.map((r) => [...r]) as Rows]));
}

function col(rows: Rows, header: string): number {
  return rows[0].findIndex((h) => typeof h === 'string' && key(h) === key(header));
}

function setYear(sheets: Map<string, Rows>, year: string): void {
  const config = sheets.get('Cấu hình') as Rows;
  const row = config.find((r) => r[0] === 'Năm học');
  if (!row) throw new Error('no Năm học');
  row[1] = year;
}

interface World {
  services: FakeServices;
  restore: () => void;
  staff: Rows;
}

/** This year: the demo school, with CB of row 2 renamed, CB of row 3 given a new code, CB of row 4 gone. */
function world(): World {
  const services = createFakeServices({ sheetsApi: true });
  const now = demoRows();
  const staff = now.get('Cán bộ') as Rows;
  const last = demoRows();
  setYear(last, '2024-2025');
  const id = col(staff, 'Mã CB');
  const name = col(staff, 'Họ và tên');
  staff[1][name] = `${String(staff[1][name])} Thị`;
  staff[2][id] = 'CBMOI99';
  const gone = staff.splice(3, 1)[0];
  // the code that left must not be named elsewhere this year (council, registrations): drop those rows too
  for (const [sheet, rows] of now) {
    if (sheet === 'Cán bộ') continue;
    const c = rows[0]?.findIndex((h) => typeof h === 'string' && key(h) === key('Mã CB')) ?? -1;
    if (c >= 0)
      now.set(
        sheet,
        rows.filter((r, i) => i === 0 || r[c] !== gone[id]),
      );
  }
  for (const [sheet, rows] of now) services.spreadsheet.addSheet(sheet, rows);
  const lastSs = new FakeSpreadsheet(services.env, LAST_ID, 'Thi đua 2024-2025');
  for (const [sheet, rows] of last) lastSs.addSheet(sheet, rows);
  services.SpreadsheetApp.files.set(LAST_ID, lastSs);
  services.Sheets?.Spreadsheets.addSpreadsheet(lastSs);
  return { services, restore: installFakeGlobals(services), staff };
}

function run(services: FakeServices, text: string): string {
  services.SpreadsheetApp.ui.answers.push({ text });
  const before = services.SpreadsheetApp.ui.alerts.length;
  importHistoryFromMenu(services);
  return services.SpreadsheetApp.ui.alerts[before] ?? '';
}

describe('Nhập kết quả năm trước (Apps Script)', () => {
  test('appends last year’s results once; a re-import writes nothing; name and code changes; a person gone', () => {
    const { services, restore, staff } = world();
    try {
      const reads = (): number => services.calls.of('Sheets.Spreadsheets.Values.batchGet');
      // the demo's `Lịch sử` already holds earlier years: they stay as they are, the import appends below them
      const earlier = services.spreadsheet.sheet('Lịch sử').values();
      const sheetBefore = services.spreadsheet.sheet('Lịch sử');
      sheetBefore.peek(1, 1).note = 'ghi chú của trường';
      // a school may keep its own formula in a row (here the year, from another cell): it must stay a formula
      const yearCell = sheetBefore.peek(2, earlier[0].indexOf('Năm học') + 1);
      yearCell.formula = '="2022-2023"';
      const first = run(services, LAST_URL);
      // an input sheet: the rows are appended in place (same sheet, its notes and formulas kept), never rewritten
      expect(services.spreadsheet.sheet('Lịch sử')).toBe(sheetBefore);
      expect(sheetBefore.peek(1, 1).note).toBe('ghi chú của trường');
      expect(yearCell.formula).toBe('="2022-2023"');
      expect(first).toMatch(/^Thi đua – Khen thưởng\nĐã thêm \d+ dòng năm học 2024-2025 vào trang tính “Lịch sử”\.\n\nCần xem lại:\n/);
      expect(first).toContain('đã khớp theo họ tên và ngày sinh với mã “CBMOI99”');
      expect(first).toMatch(/Không tìm thấy “[^”]+” \(mã năm trước “[^”]+”\)/);
      expect(reads()).toBe(2); // last year's input sheets in one batchGet; this year's in another
      const history = services.spreadsheet.sheet('Lịch sử').values();
      const added = Number(/Đã thêm (\d+) dòng/.exec(first)?.[1]);
      expect(added).toBeGreaterThan(0);
      expect(history).toHaveLength(earlier.length + added);
      expect(history.slice(0, earlier.length)).toEqual(earlier);
      const appended = history.slice(earlier.length);
      expect(appended.every((r) => r[col(history, 'Năm học')] === '2024-2025')).toBe(true);
      // the renamed person is kept under their code; the one whose code changed is under the new code
      const ids = new Set(appended.map((r) => r[col(history, 'Mã CB')]));
      expect(ids.has('CBMOI99')).toBe(true);
      expect(ids.has(staff[1][col(staff, 'Mã CB')])).toBe(true);
      expect(appended.some((r) => r[col(history, 'Danh hiệu')] !== '')).toBe(true);
      const batches = services.Sheets?.Spreadsheets.batches.length;

      const again = run(services, LAST_ID);
      expect(again).toMatch(/^Thi đua – Khen thưởng\nNăm học 2024-2025 đã có đủ trong “Lịch sử”; không ghi gì\./);
      expect(services.spreadsheet.sheet('Lịch sử').values()).toEqual(history);
      expect(services.Sheets?.Spreadsheets.batches.length).toBe(batches);
      expect(services.LockService.documentLock.holder).toBeNull();
      // each import is a line of `Nhật ký` (the action and the year), the one that wrote nothing too
      const imports = logRows(services.spreadsheet).filter((r) => r[2] === MSG.log.history);
      expect(imports.map((r) => [r[3], r[FAILURE_COLUMN]])).toEqual([
        ['2024-2025', ''],
        ['2024-2025', ''],
      ]);
    } finally {
      restore();
    }
  });

  test('a `Lịch sử` without one of its columns: refused, naming it (its values would be lost), nothing written', () => {
    const { services, restore } = world();
    try {
      const sheet = services.spreadsheet.sheet('Lịch sử');
      const header = sheet.values()[0];
      sheet.peek(1, header.indexOf('Xếp loại') + 1).value = 'Ghi chú';
      const before = sheet.values();
      expect(run(services, LAST_URL)).toContain('Trang tính “Lịch sử” thiếu cột “Xếp loại”, nên chưa nhập gì');
      expect(services.spreadsheet.sheet('Lịch sử').values()).toEqual(before);
    } finally {
      restore();
    }
  });

  test('an empty `Lịch sử` (its header deleted too): refused with the columns to add, nothing written', () => {
    const { services, restore } = world();
    try {
      const sheet = services.spreadsheet.sheet('Lịch sử');
      const size = sheet.values();
      sheet.getRange(1, 1, size.length, size[0].length).clearContent();
      const before = sheet.values();
      expect(run(services, LAST_URL)).toContain('Lịch sử!A1: thiếu cột “Mã CB”: hãy thêm cột này vào dòng tiêu đề');
      expect(services.spreadsheet.sheet('Lịch sử').values()).toEqual(before);
    } finally {
      restore();
    }
  });

  test('a write that fails leaves “Lịch sử” as it was, and says so', () => {
    const { services, restore } = world();
    try {
      const before = services.spreadsheet.sheet('Lịch sử').values();
      // the Sheets API write fails part-way, and so does SpreadsheetApp's fallback
      services.Sheets?.Spreadsheets.failBatch(1, 1);
      services.calls.failOn('Range.setValues', 1, 'Service Spreadsheets failed while accessing document');
      expect(run(services, LAST_URL)).toMatch(
        /^Thi đua – Khen thưởng\nChưa ghi được trang tính “Lịch sử” \(.+\); trang tính vẫn như cũ\. Hãy thử lại sau ít phút\.$/,
      );
      expect(services.spreadsheet.sheet('Lịch sử').values()).toEqual(before);
      expect(services.LockService.documentLock.holder).toBeNull();
      // the failure is in `Nhật ký` with the message the user saw
      const last = logRows(services.spreadsheet).at(-1) ?? [];
      expect(last[2]).toBe(MSG.log.history);
      expect(String(last[FAILURE_COLUMN])).toMatch(/^Chưa ghi được trang tính “Lịch sử”/);
    } finally {
      restore();
    }
  });

  test('a foreign spreadsheet, one that does not exist, one not shared, a folder link, this very file: refused, nothing written', () => {
    const { services, restore } = world();
    try {
      const foreign = new FakeSpreadsheet(services.env, 'budget0123456789abcdefghij', 'Ngân sách 2025');
      foreign.addSheet('Thu chi', [
        ['Khoản', 'Số tiền'],
        ['Điện', 1200000],
      ]);
      services.SpreadsheetApp.files.set(foreign.id, foreign);
      services.Sheets?.Spreadsheets.addSpreadsheet(foreign);
      services.SpreadsheetApp.denied.add('private0123456789abcdefghij');
      const before = services.spreadsheet.sheet('Lịch sử').values();
      expect(run(services, `https://docs.google.com/spreadsheets/d/${foreign.id}/edit`)).toBe(
        'Thi đua – Khen thưởng\n“Ngân sách 2025” không phải bảng tính thi đua của trường: thiếu trang tính “Cấu hình”, “Cán bộ”, “Đợt thi đua”. Hãy chọn đúng tệp của năm học trước.',
      );
      expect(run(services, 'missing0123456789abcdefghij')).toMatch(
        /^Thi đua – Khen thưởng\nKhông mở được bảng tính năm trước \(.+\)\. Hãy kiểm tra đường liên kết và xin quyền xem tệp đó từ người sở hữu\.$/,
      );
      expect(run(services, 'https://docs.google.com/spreadsheets/d/private0123456789abcdefghij/edit')).toContain(
        'Không mở được bảng tính năm trước (You do not have permission to access the requested document.)',
      );
      expect(run(services, 'https://drive.google.com/drive/folders/1ZyXwVuTsRqPoNm')).toContain(
        'không phải đường liên kết của một bảng tính Google',
      );
      expect(run(services, `https://docs.google.com/spreadsheets/d/${services.spreadsheet.id}/edit`)).toBe(
        'Thi đua – Khen thưởng\nĐây là chính bảng tính năm nay. Hãy dán đường liên kết bảng tính của năm học trước.',
      );
      expect(services.spreadsheet.sheet('Lịch sử').values()).toEqual(before);
      expect(services.Sheets?.Spreadsheets.batches).toEqual([]);
    } finally {
      restore();
    }
  });

  test('last year with errors, or without a year-end phase: refused, with the cell and what to do', () => {
    const { services, restore } = world();
    try {
      const last = services.SpreadsheetApp.files.get(LAST_ID) as FakeSpreadsheet;
      const staff = last.sheet('Cán bộ');
      const header = staff.values()[0].map(String);
      staff.cell(2, header.indexOf('Ngày sinh') + 1).value = 'ngày 32';
      const before = services.spreadsheet.sheet('Lịch sử').values();
      const alert = run(services, LAST_URL);
      expect(alert).toMatch(
        /^Thi đua – Khen thưởng\nTệp năm trước “Thi đua 2024-2025” có lỗi, chưa nhập gì: Cán bộ!\w+2: .+ Hãy sửa trong tệp đó rồi nhập lại\.$/s,
      );
      expect(services.spreadsheet.sheet('Lịch sử').values()).toEqual(before);
      // without a year-end phase there are no final results to import
      staff.cell(2, header.indexOf('Ngày sinh') + 1).value = '';
      const phases = last.sheet('Đợt thi đua');
      const rows = phases.values();
      const type = col(rows, 'Loại') + 1;
      expect(type).toBeGreaterThan(0);
      rows.forEach((r, i) => {
        if (r[type - 1] === 'Cả năm') phases.cell(i + 1, type).value = 'Đợt';
      });
      expect(run(services, LAST_URL)).toContain('không có đợt loại “Cả năm” ở trang tính “Đợt thi đua”');
    } finally {
      restore();
    }
  });
});
