// `Lịch sử` (issue 16): last year's results imported by code, else by name + birth date; idempotent.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finalResults, importYear } from '../../src/core/history';
import type { YearResult } from '../../src/core/history';
import type { HistoryRow, Staff } from '../../src/core/model';
import { runCli } from '../../src/node/cli';
import { addAward, addCard, addCriterion, addMembers, addStaff, addUnit, emptySchool } from '../core/school-builder';
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

describe('finalResults (last year as its council decided it)', () => {
  const lastYear = () => readSchool(openXlsx(join(__dirname, '../../sheets-templates/demo.xlsx'))).data;

  test('the demo year gives every active person’s titles', () => {
    const got = finalResults(lastYear(), 'nam-truoc.xlsx');
    if ('error' in got) throw new Error(got.error);
    expect(got.results.some((r) => r.titles.length > 0)).toBe(true);
  });

  test('an error in its year-end tally refuses the import, naming the cell', () => {
    const data = lastYear();
    // the year end counts the phases' scores: a mark out of range on every staff card reaches it
    for (const card of data.cards.filter((c) => c.kind === 'staff')) card.values[0] = 9999;
    const got = finalResults(data, 'nam-truoc.xlsx');
    expect(got).toEqual({
      error: expect.stringMatching(/^Tệp năm trước “nam-truoc\.xlsx” có lỗi, chưa nhập gì: Chấm .+!.+: điểm 9999 vượt quá/),
    });
  });

  test('a tie still waiting for the council refuses the import', () => {
    // one seat, two people marked alike: the council must decide, so the year has no final result yet
    const d = emptySchool();
    d.config.schoolYear = '2024-2025';
    d.phases = [{ id: 'CN', name: 'Cả năm', theme: '', from: '', to: '', type: 'year', yearWeight: 1, row: 2 }];
    addUnit(d, 'T1');
    addStaff(d, 'CB1', 'Nguyễn Văn An', 'T1');
    addStaff(d, 'CB2', 'Trần Văn Bình', 'T1');
    addMembers(d, 1);
    addCriterion(d, { id: 'A', max: 10 });
    addCard(d, 'TV01', ['A'], { CB1: [8], CB2: [8] }, { phaseId: 'CN' });
    addAward(d, { code: 'GK', kind: 'staff', phaseId: 'CN', count: 1 });
    const got = finalResults(d, 'nam-truoc.xlsx');
    expect(got).toEqual({ error: expect.stringContaining('còn người bằng điểm chờ Hội đồng quyết định') });
  });
});
