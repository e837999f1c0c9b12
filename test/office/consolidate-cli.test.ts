// `thidua consolidate` over 50 school exports made from variants of the demo (issue 16).
import { existsSync, mkdirSync, readdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { key } from '../../src/core/codes';
import type { OutputSheet } from '../../src/documents/output';
import { runCli } from '../../src/node/cli';
import { openXlsx } from '../../src/node/xlsx/index';
import { exportSchool, schoolVariant, tempDir, writeGarbage, writeOffice } from './fixture';

async function runAsync(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

/** The totals row of each table of a school's summary: title → count. */
function schoolTotals(sheet: OutputSheet): Map<string, number> {
  const totals = new Map<string, number>();
  const headers = sheet.rows.filter((r) => r[0] === 'TT');
  const totalRows = sheet.rows.filter((r) => typeof r[0] === 'string' && r[0].startsWith('Tổng cộng'));
  headers.forEach((header, t) => {
    header.forEach((h, c) => {
      const n = totalRows[t][c];
      if (typeof h === 'string' && typeof n === 'number' && !['TT', 'Tên sáng kiến, đề tài'].includes(h)) totals.set(h, n);
    });
  });
  return totals;
}

function sheetValues(path: string, name: string): unknown[][] {
  const data = openXlsx(path).read(name);
  if (!data) throw new Error(`no sheet ${name}`);
  return data.values;
}

describe('thidua consolidate: 50 schools made from the demo', () => {
  const dir = tempDir();
  const schoolsDir = join(dir, 'truong');
  const office = join(dir, 'co-quan.xlsx');
  const expected = new Map<string, number>();
  let shared = '';
  let result: { code: number; out: string[]; err: string[] };

  beforeAll(async () => {
    mkdirSync(schoolsDir);
    const first = schoolVariant(7);
    const registered = (i: number): Set<string> => new Set(schoolVariant(i).registrations.map((r) => r.id));
    const twice = first.staff.findIndex((s) => s.active && registered(7).has(s.id) && registered(23).has(s.id));
    shared = first.staff[twice].name;
    for (let i = 1; i <= 50; i++) {
      const data = schoolVariant(i);
      // school 23's first person is school 7's first person: same name, same birth date
      if (i === 23) {
        data.staff[twice].name = first.staff[twice].name;
        data.staff[twice].birthDate = first.staff[twice].birthDate;
      }
      const sheet = exportSchool(schoolsDir, `truong-${i}.xlsx`, data);
      for (const [title, n] of schoolTotals(sheet)) expected.set(key(title), (expected.get(key(title)) ?? 0) + n);
    }
    const schools = Array.from({ length: 51 }, (_, n) => ({
      code: `TH${String(n + 1).padStart(3, '0')}`,
      name: `Trường Tiểu học Số ${n + 1}`,
    }));
    writeOffice(office, { schools, lastYear: [['TH001', 'Lao động tiên tiến', 30]] });
    result = await runAsync(['consolidate', schoolsDir, '--out', office]);
  });

  test('runs and writes the output sheets into the office workbook, inputs kept', () => {
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.out[0]).toBe('Đã thu 50/51 trường; chưa nộp hoặc không dùng được: 1; mục cần kiểm tra: 1.');
    const names = openXlsx(office).sheetNames();
    expect(names).toEqual(
      expect.arrayContaining(['Cấu hình', 'Trường', 'Năm trước', 'Theo trường', 'Chưa nộp', 'Kiểm tra', 'Tổng hợp Lao động tiên tiến']),
    );
    expect(sheetValues(office, 'Trường').length).toBe(52);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('each title’s total is the sum of the schools’ totals, on its sheet and in Theo trường', () => {
    const bySchool = sheetValues(office, 'Theo trường');
    const sums = new Map<string, number>();
    for (const r of bySchool.slice(1)) sums.set(key(String(r[2])), (sums.get(key(String(r[2]))) ?? 0) + Number(r[3]));
    expect(sums).toEqual(expected);
    expect(expected.get(key('Lao động tiên tiến'))).toBeGreaterThan(500);
    for (const name of openXlsx(office)
      .sheetNames()
      .filter((n) => n.startsWith('Tổng hợp '))) {
      const rows = sheetValues(office, name);
      const total = rows[rows.length - 1];
      const title = String(total[0]).replace('Tổng cộng: ', '');
      expect(total[1]).toBe(expected.get(key(title)));
      // per-school subtotals add up to the total, and number the rows listed
      const subtotals = rows.filter((r) => String(r[0]).startsWith('Cộng ')).reduce((a, r) => a + Number(r[1]), 0);
      expect(subtotals).toBe(total[1]);
      expect(rows.filter((r) => typeof r[0] === 'number').length).toBe(total[1]);
    }
  });

  test('last year is compared where known', () => {
    const row = sheetValues(office, 'Theo trường').find((r) => r[0] === 'TH001' && r[2] === 'Lao động tiên tiến');
    expect(row?.slice(3)).toEqual([expect.any(Number), 30, Number(row?.[3]) - 30]);
  });

  test('the school without a file is in Chưa nộp; the person registered by two schools is in Kiểm tra', () => {
    const missing = sheetValues(office, 'Chưa nộp').slice(1);
    expect(missing.map((r) => [r[0], r[3]])).toEqual([['TH051', 'Chưa nộp']]);
    const checks = sheetValues(office, 'Kiểm tra').slice(1);
    expect(checks).toHaveLength(1);
    expect(checks[0][0]).toBe('Trùng người');
    expect(checks[0][1]).toBe('TH007 Trường Tiểu học Số 7; TH023 Trường Tiểu học Số 23');
    expect(String(checks[0][2])).toContain(`“${shared}”`);
  });

  test('re-running gives the same sheets (the output sheets are replaced, not added)', async () => {
    const before = openXlsx(office).sheetNames();
    const again = await runAsync(['consolidate', schoolsDir, '--out', office]);
    expect(again.code).toBe(0);
    expect(openXlsx(office).sheetNames()).toEqual(before);
  });
});

describe('thidua consolidate: what the office is told', () => {
  test('another year, an unreadable file, a cap, a late file, a file of no listed school, two files of one school', async () => {
    const dir = tempDir();
    const office = join(dir, 'co-quan.xlsx');
    exportSchool(dir, 'a.xlsx', schoolVariant(1));
    exportSchool(dir, 'b.xlsx', schoolVariant(2, '2024-2025'));
    writeGarbage(join(dir, 'c.xlsx'));
    exportSchool(dir, 'd.xlsx', schoolVariant(4));
    exportSchool(dir, 'e.xlsx', schoolVariant(9));
    exportSchool(dir, 'f-cu.xlsx', schoolVariant(5));
    exportSchool(dir, 'f-moi.xlsx', schoolVariant(5));
    utimesSync(join(dir, 'f-cu.xlsx'), new Date(2026, 0, 10), new Date(2026, 0, 10));
    utimesSync(join(dir, 'f-moi.xlsx'), new Date(2026, 0, 12), new Date(2026, 0, 12));
    utimesSync(join(dir, 'a.xlsx'), new Date(2026, 0, 20, 9, 30), new Date(2026, 0, 20, 9, 30));
    utimesSync(join(dir, 'd.xlsx'), new Date(2026, 0, 14), new Date(2026, 0, 14));
    const schools = [1, 2, 3, 4, 5].map((i) => ({ code: `TH00${i}`, name: `Trường Tiểu học Số ${i}` }));
    writeOffice(office, { schools, deadline: '15/01/2026', caps: [['Chiến sĩ thi đua cơ sở', '10%']] });
    const result = await runAsync(['consolidate', dir, '--out', office]);
    expect(result.code).toBe(0);
    const missing = sheetValues(office, 'Chưa nộp')
      .slice(1)
      .map((r) => [r[0], r[3]]);
    // c.xlsx cannot be read, so it names no school: TH003 is missing, and the file is reported
    expect(missing).toEqual([
      ['TH002', 'Khác năm học'],
      ['TH003', 'Chưa nộp'],
    ]);
    const checks = sheetValues(office, 'Kiểm tra')
      .slice(1)
      .map((r) => `${r[0]} | ${r[1] ?? ''} | ${r[2]}`);
    expect(checks.some((c) => c.startsWith('Tệp lạ') && c.includes('c.xlsx'))).toBe(true);
    expect(checks.some((c) => c.startsWith('Tệp lạ') && c.includes('e.xlsx') && c.includes('TH009'))).toBe(true);
    expect(checks.some((c) => c.startsWith('Nhiều tệp | TH005') && c.includes('“f-moi.xlsx”'))).toBe(true);
    expect(checks.filter((c) => c.startsWith('Sửa sau hạn'))).toEqual([
      expect.stringContaining('TH001 Trường Tiểu học Số 1 | Tệp được sửa lúc 20/01/2026 09:30, sau hạn nộp 15/01/2026'),
    ]);
    expect(checks.filter((c) => c.startsWith('Vượt tỉ lệ')).length).toBeGreaterThanOrEqual(3);
    expect(checks.find((c) => c.startsWith('Vượt tỉ lệ'))).toMatch(
      /Chiến sĩ thi đua cơ sở: \d+\/\d+ cá nhân \([\d,]+%\) vượt tỉ lệ tối đa 10%/,
    );
  });

  test('usage: no office workbook, no --out, the office template', async () => {
    const dir = tempDir();
    const office = join(dir, 'co-quan.xlsx');
    expect((await runAsync(['consolidate', dir, '--out', office])).code).toBe(2);
    expect((await runAsync(['consolidate', dir])).err[0]).toContain('--out');
    const made = await runAsync(['template', '--office', '--out', office]);
    expect(made.code).toBe(0);
    expect(existsSync(office)).toBe(true);
    expect(openXlsx(office).sheetNames()).toEqual(['Cấu hình', 'Trường', 'Năm trước']);
    // an empty `Trường` is an error of the office workbook: nothing is written
    exportSchool(dir, 'a.xlsx', schoolVariant(1));
    const empty = await runAsync(['consolidate', dir, '--out', office]);
    expect(empty.code).toBe(1);
    expect(empty.out.join('\n')).toContain('Trường!A2');
    expect(openXlsx(office).sheetNames()).toEqual(['Cấu hình', 'Trường', 'Năm trước']);
  });
});
