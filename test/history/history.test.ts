// `Lịch sử` (issue 16): last year's results imported by code, else by name + birth date; idempotent.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importYear } from '../../src/core/history';
import type { YearResult } from '../../src/core/history';
import type { HistoryRow, Staff } from '../../src/core/model';
import { runCli } from '../../src/node/cli';
import { openXlsx } from '../../src/node/xlsx/index';
import { readSchool } from '../../src/workbook/read-school';

function staff(id: string, name: string, birthDate: string): Staff {
  return {
    id,
    name,
    unitId: 'T1',
    position: '',
    gender: 'Nữ',
    birthDate,
    email: '',
    monthsWorked: 12,
    discipline: 0,
    disciplineText: '',
    rating: 4,
    initiative: false,
    active: true,
    row: 2,
  };
}

const result = (id: string, name: string, birthDate: string, titles: string[], rating = 'HTXSNV'): YearResult => ({
  id,
  name,
  birthDate,
  titles,
  rating,
});

describe('importYear', () => {
  const now = [
    staff('CB01', 'Nguyễn Thị An', '1985-03-07'),
    staff('GV07', 'Trần Văn Bình', '1980-01-02'),
    staff('CB03', 'Lê Thị Cúc', '1990-05-05'),
  ];
  const last = [
    // the name changed (marriage, a typo fixed): the code decides
    result('CB01', 'Nguyễn Thị Ân', '1985-03-07', ['Lao động tiên tiến', 'Chiến sĩ thi đua cơ sở']),
    // the code changed: matched by name and birth date, with a warning
    result('CB02', 'Trần Văn Bình', '1980-01-02', ['Lao động tiên tiến']),
    // gone: reported
    result('CB09', 'Phạm Văn Dũng', '1979-09-09', ['Lao động tiên tiến']),
    // no title, only the rating
    result('CB03', 'Lê Thị Cúc', '1990-05-05', [], 'HTTNV'),
  ];

  test('by code across a name change, by name and birth date across a code change, the rest reported', () => {
    const out = importYear(now, [], '2024-2025', last);
    expect(out.added.map((a) => [a.id, a.year, a.title, a.rating])).toEqual([
      ['CB01', '2024-2025', 'Lao động tiên tiến', 'HTXSNV'],
      ['CB01', '2024-2025', 'Chiến sĩ thi đua cơ sở', 'HTXSNV'],
      ['GV07', '2024-2025', 'Lao động tiên tiến', 'HTXSNV'],
      ['CB03', '2024-2025', '', 'HTTNV'],
    ]);
    expect(out.warnings).toEqual([
      expect.stringContaining('mã năm trước “CB02” không còn, đã khớp theo họ tên và ngày sinh với mã “GV07”'),
    ]);
    expect(out.unmatched.map((u) => u.id)).toEqual(['CB09']);
  });

  test('a second import adds nothing (the year written with another dash too)', () => {
    const first = importYear(now, [], '2024-2025', last);
    const history: HistoryRow[] = first.added.map((a, i) => ({ ...a, row: i + 2 }));
    expect(importYear(now, history, '2024 – 2025', last).added).toEqual([]);
  });

  test('two people of the same name and birth date are not guessed between', () => {
    const twins = [...now, staff('GV08', 'Trần Văn Bình', '1980-01-02')];
    const out = importYear(twins, [], '2024-2025', last);
    expect(out.unmatched.map((u) => u.id)).toEqual(['CB02', 'CB09']);
  });
});

describe('thidua history add', () => {
  test('appends last year’s final results to Lịch sử, written in place; a second run writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thidua-history-'));
    const file = join(dir, 'nam-nay.xlsx');
    const lastYear = join(dir, 'nam-truoc.xlsx');
    copyFileSync(join(__dirname, '../../sheets-templates/demo.xlsx'), file);
    copyFileSync(join(__dirname, '../../sheets-templates/demo.xlsx'), lastYear);
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
    // the demo keeps a few earlier years of its own (CB001, CB003, CB010)
    const before = (readSchool(openXlsx(file)).data.history ?? []).length;
    expect(await runCli(['history', 'add', file, '--from', lastYear], io)).toBe(0);
    expect(err).toEqual([]);
    const history = readSchool(openXlsx(file)).data.history ?? [];
    expect(history.length - before).toBeGreaterThan(20);
    expect(out[out.length - 1]).toBe(`Đã thêm ${history.length - before} dòng năm học 2025-2026 vào “Lịch sử” của ${file}.`);
    expect(history.some((h) => h.title !== '')).toBe(true);
    const bytes = readFileSync(file);
    out.length = 0;
    expect(await runCli(['history', 'add', file, '--from', lastYear], io)).toBe(0);
    expect(out).toEqual(['Năm học 2025-2026 đã có đủ trong “Lịch sử”; không ghi gì.']);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(await runCli(['history', 'add', file], io)).toBe(2);
  });
});
