// Apps Script shell benchmark: a tally in the in-memory SpreadsheetApp, counting service calls. Apps Script
// charges a round trip per call; at 50 ms per call the simulated time is what a council would wait.
// Twice: SpreadsheetApp only, and with the Sheets advanced service (the results written by Spreadsheets.batchUpdate).
import { tallyInSheets } from '../../gas/tally';
import { createFakeServices, FakeServices, installFakeGlobals } from '../../../test/gas/fake';

const MS_PER_CALL = 50;
const MEMBERS = 15;
const CRITERIA = 20;
const UNITS = 10;

function school(staffCount: number, sheetsApi: boolean): FakeServices {
  const services = createFakeServices({ sheetsApi });
  const ss = services.spreadsheet;
  ss.addSheet('Cấu hình', [['Tham số', 'Giá trị'], ['Tên trường', 'Trường THCS Bench']]);
  ss.addSheet('Đơn vị', [['Mã đơn vị', 'Tên đơn vị'], ...Array.from({ length: UNITS }, (_, u) => [`T${u + 1}`, `Tổ ${u + 1}`])]);
  const staff = Array.from({ length: staffCount }, (_, i) => [`CB${i + 1}`, `Nguyễn Văn ${i + 1}`, `T${(i % UNITS) + 1}`, i % 2 ? 'Nữ' : 'Nam']);
  ss.addSheet('Cán bộ', [['Mã CB', 'Họ và tên', 'Mã đơn vị', 'Giới tính'], ...staff]);
  const members = Array.from({ length: MEMBERS }, (_, m) => [`TV${m + 1}`, `Thành viên ${m + 1}`, `tv${m + 1}@truong.edu.vn`]);
  ss.addSheet('Hội đồng', [['Mã thành viên', 'Họ và tên', 'Email'], ...members]);
  ss.addSheet('Đợt thi đua', [['Mã đợt', 'Tên đợt'], ['D1', 'Đợt 1']]);
  const criteria = Array.from({ length: CRITERIA }, (_, c) => [`TC${c + 1}`, `Tiêu chí ${c + 1}`, 'Cá nhân', 10]);
  ss.addSheet('Tiêu chí', [['Mã tiêu chí', 'Nội dung', 'Đối tượng', 'Điểm tối đa'], ...criteria]);
  ss.addSheet('Xếp loại', [['Xếp loại', 'Điểm từ'], ['Tốt', 80], ['Khá', 65], ['Đạt', 50]]);
  ss.addSheet('Khen thưởng', [
    ['Mã đợt', 'Mã khen thưởng', 'Tên', 'Cách xét', 'Số lượng', 'Tỷ lệ tối đa (%)', 'Phân bổ theo đơn vị', 'Tỷ lệ phiếu tối thiểu (%)'],
    ['D1', 'GKDX', 'Giấy khen đợt', 'Chỉ tiêu', Math.ceil(staffCount / 5), '', 'Có', ''],
    ['D1', 'BK', 'Biểu dương', 'Tiêu chuẩn', '', 30, '', 50],
  ]);
  for (let m = 0; m < MEMBERS; m++) {
    const rows = staff.map((s, i) => [s[0], s[1], s[2], ...criteria.map((_, c) => ((i * 7 + c * 3 + m) % 11) - (c === 0 ? 0 : 1) + 1)]);
    ss.addSheet(`Chấm D1 TV${m + 1}`, [['Mã', 'Họ và tên', 'Đơn vị', ...criteria.map((c) => c[0])], ...rows]);
  }
  const votes = staff.map((s, i) => [s[0], s[1], 'BK', ...members.map((_, m) => ((i + m) % 3 ? 'Đ' : 'K'))]);
  ss.addSheet('Phiếu D1', [['Mã', 'Họ và tên', 'Mã khen thưởng', ...members.map((m) => m[0])], ...votes]);
  return services;
}

function group(name: string): string {
  if (/^(Lock|LockService)\./.test(name)) return 'lock';
  if (name === 'Spreadsheet.getSheets' || name === 'Sheet.getName') return 'list';
  if (name === 'Sheet.getDataRange' || name === 'Range.getValues' || name === 'Range.getNumberFormats') return 'read';
  if (name === 'Sheet.appendRow' || /^(Session|User)\./.test(name)) return 'log';
  return 'write';
}

const PATHS: [string, boolean][] = [
  ['SpreadsheetApp only', false],
  ['with the Sheets advanced service', true],
];

export async function benchGas(): Promise<string[]> {
  const lines = [`tally of phase D1 — ${MEMBERS} members, ${CRITERIA} criteria; second run (Nhật ký and Kết quả D1 exist)`];
  for (const [label, sheetsApi] of PATHS) {
    lines.push(
      `${label}:`,
      'staff | sheets read | calls: total (list / read / write / log / lock) | read calls per sheet | write calls | simulated | compute' + (sheetsApi ? ' | batchUpdate payloads' : ''),
    );
    for (const staff of [50, 300, 2000]) {
      const services = school(staff, sheetsApi);
      // tallyInSheets builds its SheetsWorkbook, which finds `Sheets` (and SpreadsheetApp.flush) among the globals
      const restore = installFakeGlobals(services);
      try {
        tallyInSheets(services, 'D1');
        services.calls.reset();
        services.clock.ms = 0;
        const batchesBefore = services.Sheets?.Spreadsheets.batches.length ?? 0;
        const started = performance.now();
        const view = tallyInSheets(services, 'D1');
        const compute = performance.now() - started;
        const groups: Record<string, number> = { list: 0, read: 0, write: 0, log: 0, lock: 0 };
        for (const [name, n] of services.calls.table()) groups[group(name)] += n;
        const sheetsRead = services.calls.of('Range.getValues');
        const simulated = services.calls.total * MS_PER_CALL + services.clock.ms;
        const payloads = (services.Sheets?.Spreadsheets.batches ?? []).slice(batchesBefore).map((b) => `${(b.bytes / 1e6).toFixed(2)} MB / ${b.requests} requests`);
        lines.push(
          `${String(staff).padStart(5)} | ${String(sheetsRead).padStart(11)} | ${services.calls.total} (${groups.list} / ${groups.read} / ${groups.write} / ${groups.log} / ${groups.lock})` +
            ` | ${(groups.read / sheetsRead).toFixed(2)} | ${groups.write} for 1 sheet | ${(simulated / 1000).toFixed(2)} s | ${compute.toFixed(0)} ms` +
            (sheetsApi ? ` | ${payloads.join(', ') || 'none'}` : '') +
            (view.resultSheet ? '' : ' (NOT WRITTEN)'),
        );
        if (staff === 2000) {
          lines.push(`  write calls of the 2 000-staff run: ${services.calls.table().filter(([n]) => group(n) === 'write').map(([n, c]) => `${n}×${c}`).join(', ')}`);
        }
      } finally {
        restore();
      }
    }
  }
  lines.push(`goal: calls independent of head-count, ≤ 2 data calls per sheet read, ≤ 10 per sheet written, 2 000 staff < 10 s simulated`);
  return lines;
}
