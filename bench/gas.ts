// Apps Script shell benchmark: a tally in the in-memory SpreadsheetApp, counting service calls. Apps Script
// charges a round trip per call; at 50 ms per call the simulated time is what a council would wait.
// Twice: SpreadsheetApp only, and with the Sheets advanced service (sheets listed by one Spreadsheets.get, read by
// one Values.batchGet, the results written by Spreadsheets.batchUpdate). Then score-card creation by council size.
import { createScoreCards } from '../src/gas/cards';
import { tallyInSheets } from '../src/gas/tally';
import type { BenchResult } from '../src/node/bench/section';
import { createFakeServices, FakeServices, installFakeGlobals } from '../test/gas/fake';

const MS_PER_CALL = 50;
const MEMBERS = 15;
const CRITERIA = 20;
const UNITS = 10;

/** A school with `staffCount` staff, `memberCount` council members; with their cards and votes when `filled`. */
function school(staffCount: number, sheetsApi: boolean, memberCount = MEMBERS, filled = true): FakeServices {
  const services = createFakeServices({ sheetsApi });
  const ss = services.spreadsheet;
  ss.addSheet('Cấu hình', [
    ['Tham số', 'Giá trị'],
    ['Tên trường', 'Trường THCS Bench'],
  ]);
  ss.addSheet('Đơn vị', [['Mã đơn vị', 'Tên đơn vị'], ...Array.from({ length: UNITS }, (_, u) => [`T${u + 1}`, `Tổ ${u + 1}`])]);
  const staff = Array.from({ length: staffCount }, (_, i) => [
    `CB${i + 1}`,
    `Nguyễn Văn ${i + 1}`,
    `T${(i % UNITS) + 1}`,
    i % 2 ? 'Nữ' : 'Nam',
  ]);
  ss.addSheet('Cán bộ', [['Mã CB', 'Họ và tên', 'Mã đơn vị', 'Giới tính'], ...staff]);
  const members = Array.from({ length: memberCount }, (_, m) => [`TV${m + 1}`, `Thành viên ${m + 1}`, `tv${m + 1}@truong.edu.vn`]);
  ss.addSheet('Hội đồng', [['Mã thành viên', 'Họ và tên', 'Email'], ...members]);
  ss.addSheet('Đợt thi đua', [
    ['Mã đợt', 'Tên đợt'],
    ['D1', 'Đợt 1'],
  ]);
  const criteria = Array.from({ length: CRITERIA }, (_, c) => [`TC${c + 1}`, `Tiêu chí ${c + 1}`, 'Cá nhân', 10]);
  ss.addSheet('Tiêu chí', [['Mã tiêu chí', 'Nội dung', 'Đối tượng', 'Điểm tối đa'], ...criteria]);
  ss.addSheet('Xếp loại', [
    ['Xếp loại', 'Điểm từ'],
    ['Tốt', 80],
    ['Khá', 65],
    ['Đạt', 50],
  ]);
  ss.addSheet('Khen thưởng', [
    ['Mã đợt', 'Mã khen thưởng', 'Tên', 'Cách xét', 'Số lượng', 'Tỷ lệ tối đa (%)', 'Phân bổ theo đơn vị', 'Tỷ lệ phiếu tối thiểu (%)'],
    ['D1', 'GKDX', 'Giấy khen đợt', 'Chỉ tiêu', Math.ceil(staffCount / 5), '', 'Có', ''],
    ['D1', 'BK', 'Biểu dương', 'Tiêu chuẩn', '', 30, '', 50],
  ]);
  if (!filled) return services;
  for (let m = 0; m < memberCount; m++) {
    const rows = staff.map((s, i) => [s[0], s[1], s[2], ...criteria.map((_, c) => ((i * 7 + c * 3 + m) % 11) - (c === 0 ? 0 : 1) + 1)]);
    ss.addSheet(`Chấm D1 TV${m + 1}`, [['Mã', 'Họ và tên', 'Đơn vị', ...criteria.map((c) => c[0])], ...rows]);
  }
  const votes = staff.map((s, i) => [s[0], s[1], 'BK', ...members.map((_, m) => ((i + m) % 3 ? 'Đ' : 'K'))]);
  ss.addSheet('Phiếu D1', [['Mã', 'Họ và tên', 'Mã khen thưởng', ...members.map((m) => m[0])], ...votes]);
  return services;
}

function group(name: string): string {
  if (/^(Lock|LockService)\./.test(name)) return 'lock';
  if (name === 'Spreadsheet.getSheets' || name === 'Sheet.getName' || name === 'Spreadsheet.getId') return 'list';
  if (name === 'Sheets.Spreadsheets.get' || name === 'Sheets.Spreadsheets.Values.batchGet') return 'read';
  if (name === 'Sheet.getDataRange' || name === 'Range.getValues' || name === 'Range.getNumberFormats') return 'read';
  if (
    name === 'Sheet.appendRow' ||
    name === 'Spreadsheet.getSheetByName' ||
    name === 'Sheet.getLastColumn' ||
    /^(Session|User)\./.test(name)
  )
    return 'log';
  return 'write';
}

const STAFF = [50, 300, 2000];
const COUNCILS = [5, 15, 30];
const PATHS: [string, 'sheetsService' | 'spreadsheetApp', boolean][] = [
  ['with the Sheets advanced service', 'sheetsService', true],
  ['SpreadsheetApp only (fallback)', 'spreadsheetApp', false],
];

interface PathFigures {
  staff: number[];
  calls: number[];
  simulatedS: number[];
}

function withGlobals<T>(services: FakeServices, run: () => T): T {
  // the shell builds its SheetsWorkbook, which finds `Sheets` (and SpreadsheetApp.flush) among the globals
  const restore = installFakeGlobals(services);
  try {
    return run();
  } finally {
    restore();
  }
}

function benchTallies(lines: string[], figures: Record<string, PathFigures>): void {
  lines.push(`tally of phase D1 — ${MEMBERS} members, ${CRITERIA} criteria; second run (Nhật ký and Kết quả D1 exist)`);
  for (const [label, key, sheetsApi] of PATHS) {
    const path: PathFigures = { staff: [], calls: [], simulatedS: [] };
    lines.push(
      `${label}:`,
      'staff | calls: total (list / read / write / log / lock) | simulated | compute' + (sheetsApi ? ' | batchUpdate payloads' : ''),
    );
    for (const staff of STAFF) {
      const services = school(staff, sheetsApi);
      withGlobals(services, () => {
        tallyInSheets(services, 'D1');
        services.calls.reset();
        services.clock.ms = 0;
        const batchesBefore = services.Sheets?.Spreadsheets.batches.length ?? 0;
        const started = performance.now();
        const view = tallyInSheets(services, 'D1');
        const compute = performance.now() - started;
        const groups: Record<string, number> = { list: 0, read: 0, write: 0, log: 0, lock: 0 };
        for (const [name, n] of services.calls.table()) groups[group(name)] += n;
        const simulated = (services.calls.total * MS_PER_CALL + services.clock.ms + compute) / 1000;
        const payloads = (services.Sheets?.Spreadsheets.batches ?? [])
          .slice(batchesBefore)
          .map((b) => `${(b.bytes / 1e6).toFixed(2)} MB / ${b.requests} requests`);
        path.staff.push(staff);
        path.calls.push(services.calls.total);
        path.simulatedS.push(Number(simulated.toFixed(2)));
        lines.push(
          `${String(staff).padStart(5)} | ${services.calls.total} (${groups.list} / ${groups.read} / ${groups.write} / ${groups.log} / ${groups.lock})` +
            ` | ${simulated.toFixed(2)} s | ${compute.toFixed(0)} ms` +
            (sheetsApi ? ` | ${payloads.join(', ') || 'none'}` : '') +
            (view.resultSheet ? '' : ' (NOT WRITTEN)'),
        );
        if (staff === 2000)
          lines.push(
            `  calls of the 2 000-staff run: ${services.calls
              .table()
              .map(([n, c]) => `${n}×${c}`)
              .join(', ')}`,
          );
      });
    }
    figures[key] = path;
  }
  lines.push('goal: ≤ 15 calls per tally with the Sheets service at every head-count, ≤ 1 s simulated at 50 ms/call plus compute');
}

function benchCards(lines: string[]): { members: number[]; calls: number[] } {
  const out = { members: [] as number[], calls: [] as number[] };
  lines.push(`score cards of phase D1, first creation — 300 staff, ${CRITERIA} criteria, Sheets service on`);
  for (const members of COUNCILS) {
    const services = school(300, true, members, false);
    withGlobals(services, () => {
      services.calls.reset();
      createScoreCards(services, 'D1');
    });
    out.members.push(members);
    out.calls.push(services.calls.total);
    lines.push(
      `${String(members).padStart(3)} members | ${services.calls.total} calls (${(services.calls.total / members).toFixed(1)} per card)`,
    );
  }
  return out;
}

export async function benchGas(): Promise<BenchResult> {
  const lines: string[] = [];
  const figures: Record<string, PathFigures> = {};
  benchTallies(lines, figures);
  const cards = benchCards(lines);
  return { lines, json: { ...figures, cards } };
}
