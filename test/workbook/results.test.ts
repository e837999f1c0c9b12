import type { PhaseTally } from '../../src/core/result';
import { readSchool } from '../../src/workbook/read-school';
import { PENDING_FILL, RECIPIENT_FILL, resultsSheet } from '../../src/documents/results-sheet';
import { tallyJson } from '../../src/workbook/tally-json';
import { problemView, sortProblems } from '../../src/workbook/problems';
import { schoolWorkbook } from './fixture';

const { data } = readSchool(schoolWorkbook());

function handTally(): PhaseTally {
  return {
    phase: 'D1',
    participants: [
      {
        kind: 'staff',
        id: 'CB001',
        name: 'Nguyễn Văn An',
        unit: 'T1',
        criteria: { TC01: 9, TC02: 18.5 },
        raw: 46,
        score: 92,
        band: 'Tốt',
        rank: 1,
        status: 'ok',
        awards: ['GK'],
        pending: [],
        reasons: {},
      },
      {
        kind: 'staff',
        id: 'CB002',
        name: '=Trần Thị Bình',
        unit: 'T1',
        criteria: { TC01: 8.5 },
        raw: 45,
        score: 90,
        band: 'Tốt',
        rank: 2,
        status: 'ok',
        awards: [],
        pending: ['GK'],
        reasons: { GK: 'Chờ Hội đồng quyết định' },
      },
      {
        kind: 'unit',
        id: 'T1',
        name: 'Tổ Toán',
        unit: null,
        criteria: {},
        raw: null,
        score: null,
        band: null,
        rank: null,
        status: 'missing',
        awards: [],
        pending: [],
        reasons: { GKTT: 'Thiếu điểm' },
      },
    ],
    awards: [
      {
        code: 'GK',
        name: 'Giấy khen',
        kind: 'staff',
        quota: 2,
        byUnit: { T1: 2, T2: 0 },
        recipients: ['CB001'],
        pending: ['CB002'],
        open: 1,
      },
      { code: 'GKTT', name: 'Giấy khen tập thể', kind: 'unit', quota: null, recipients: [], pending: [], open: 0 },
    ],
    problems: [
      { severity: 'warning', where: { sheet: 'Khen thưởng', row: 3, col: 6 }, message: 'chưa đạt chỉ tiêu phấn đấu' },
      { severity: 'error', where: { sheet: 'Chấm D1 TV02', row: 7, col: 5 }, message: 'điểm 12 vượt quá tối đa 10' },
      { severity: 'error', where: { sheet: 'Cán bộ', row: 4, col: 3 }, message: 'x' },
    ],
  };
}

describe('resultsSheet', () => {
  const sheet = resultsSheet(data, handTally());
  const rowOf = (first: unknown) => sheet.rows.findIndex((r) => r[0] === first) + 1;

  it('is named after the phase, with a frozen header and the ranking first', () => {
    expect(sheet.name).toBe('Kết quả D1');
    expect(sheet.frozenRows).toBe(2);
    expect(sheet.rows[1].slice(0, 12)).toEqual([
      'Hạng',
      'Mã',
      'Họ và tên',
      'Đối tượng',
      'Đơn vị',
      'Điểm',
      'Tổng điểm thô',
      'Xếp loại',
      'Trạng thái',
      'TC01',
      'TC02',
      'TT01',
    ]);
    expect(sheet.rows[2].slice(0, 12)).toEqual([
      1,
      'CB001',
      'Nguyễn Văn An',
      'Cá nhân',
      'Tổ Toán',
      92,
      46,
      'Tốt',
      'Đủ điểm',
      9,
      18.5,
      null,
    ]);
    expect(sheet.rows[4].slice(0, 9)).toEqual([null, 'T1', 'Tổ Toán', 'Tập thể', null, null, null, null, 'Thiếu điểm']);
    expect(sheet.rows[3].slice(-3)).toEqual(['', 'GK', 'GK: Chờ Hội đồng quyết định']);
    expect(new Set(sheet.rows.map((r) => r.length)).size).toBe(1);
  });

  it('formats scores with the configured decimals and highlights recipients and pending ties distinctly', () => {
    const styleAt = (row: number, col: number) =>
      (sheet.styles ?? [])
        .filter(
          (s) =>
            s.range.row <= row && row < s.range.row + (s.range.rows ?? 1) && s.range.col <= col && col < s.range.col + (s.range.cols ?? 1),
        )
        .map((s) => s.style);
    expect(styleAt(3, 6).some((s) => s.numberFormat === '0.0')).toBe(true); // Số chữ số thập phân = 1
    expect(styleAt(3, 1).some((s) => s.fill === RECIPIENT_FILL)).toBe(true);
    expect(styleAt(4, 1).some((s) => s.fill === PENDING_FILL)).toBe(true);
    expect(styleAt(5, 1).some((s) => s.fill === RECIPIENT_FILL || s.fill === PENDING_FILL)).toBe(false);
    expect(RECIPIENT_FILL).not.toBe(PENDING_FILL);
    // a name that looks like a formula is kept as text
    expect(styleAt(4, 3).some((s) => s.numberFormat === '@')).toBe(true);
  });

  it('has a section per award with quota, split by unit, recipients, pending and open seats', () => {
    const gk = rowOf('GK – Giấy khen');
    expect(gk).toBeGreaterThan(5);
    expect(sheet.rows[gk].slice(0, 8)).toEqual(['Chỉ tiêu', 2, 'Được khen thưởng', 1, 'Chờ quyết định', 1, 'Còn trống', 1]);
    expect(sheet.rows[gk + 1][0]).toBe('Phân bổ theo đơn vị');
    expect(sheet.rows[gk + 2].slice(0, 6)).toEqual([null, 'T1', 'Tổ Toán', null, null, 2]);
    expect(sheet.rows[gk + 3].slice(0, 6)).toEqual([null, 'T2', 'Tổ Văn', null, null, 0]);
    const pending = rowOf('Chờ Hội đồng quyết định');
    expect(pending).toBeGreaterThan(gk);
    expect(sheet.rows[pending + 1].slice(0, 7)).toEqual([1, 'CB002', '=Trần Thị Bình', null, 'Tổ Toán', 90, 2]);
    const gktt = rowOf('GKTT – Giấy khen tập thể');
    expect(sheet.rows[gktt].slice(0, 2)).toEqual(['Chỉ tiêu', 'Không giới hạn']);
    expect(sheet.rows[gktt + 2][0]).toBe('(không có)');
    expect(sheet.rows[sheet.rows.length - 1][0]).toBe('Có 2 lỗi và 1 cảnh báo: xem Kiểm tra dữ liệu');
  });
});

describe('tallyJson', () => {
  it('is exactly the object of SPEC §7', () => {
    const json = tallyJson(handTally());
    expect(Object.keys(json)).toEqual(['phase', 'participants', 'awards', 'errors', 'warnings']);
    expect(json.participants[0]).toEqual({
      kind: 'staff',
      id: 'CB001',
      name: 'Nguyễn Văn An',
      unit: 'T1',
      criteria: { TC01: 9, TC02: 18.5 },
      raw: 46,
      score: 92,
      band: 'Tốt',
      rank: 1,
      status: 'ok',
      awards: ['GK'],
      reasons: {},
    });
    expect(json.awards).toEqual([
      { code: 'GK', kind: 'staff', quota: 2, byUnit: { T1: 2, T2: 0 }, recipients: ['CB001'], pending: ['CB002'], open: 1 },
      { code: 'GKTT', kind: 'unit', quota: null, recipients: [], pending: [], open: 0 },
    ]);
    expect(json.errors).toEqual([
      { cell: 'Cán bộ!C4', message: 'x' },
      { cell: 'Chấm D1 TV02!E7', message: 'điểm 12 vượt quá tối đa 10' },
    ]);
    expect(json.warnings).toEqual([{ cell: 'Khen thưởng!F3', message: 'chưa đạt chỉ tiêu phấn đấu' }]);
  });
});

describe('problems', () => {
  it('views carry the cell reference and its parts', () => {
    expect(problemView({ severity: 'error', where: { sheet: 'Cán bộ', row: 5, col: 3 }, message: 'm' })).toEqual({
      severity: 'error',
      cell: 'Cán bộ!C5',
      sheet: 'Cán bộ',
      row: 5,
      col: 3,
      message: 'm',
    });
    expect(problemView({ severity: 'warning', where: null, message: 'm' })).toEqual({
      severity: 'warning',
      cell: null,
      sheet: null,
      row: null,
      col: null,
      message: 'm',
    });
  });

  it('sorts errors first, then sheets in SPEC order, then rows and columns', () => {
    const sorted = sortProblems([
      { severity: 'warning', where: { sheet: 'Đơn vị', row: 2 }, message: 'w' },
      { severity: 'error', where: { sheet: 'Chấm D1 TV01', row: 2, col: 2 }, message: 'c' },
      { severity: 'error', where: { sheet: 'Cán bộ', row: 9, col: 1 }, message: 'b9' },
      { severity: 'error', where: { sheet: 'Cán bộ', row: 3, col: 4 }, message: 'b3' },
      { severity: 'error', where: { sheet: 'Đơn vị', row: 7, col: 1 }, message: 'u' },
    ]);
    expect(sorted.map((p) => p.message)).toEqual(['u', 'b3', 'b9', 'c', 'w']);
  });
});

describe('with `Chuẩn hóa điểm theo thành viên` on', () => {
  test('the raw scores stand beside the normalised ones the decisions use; off, the column is not there', async () => {
    const { openXlsx } = await import('../../src/node/xlsx/index');
    const { tallyPhase } = await import('../../src/core/tally');
    const { join } = await import('node:path');
    const demo = readSchool(openXlsx(join(__dirname, '../../sheets-templates/demo.xlsx'))).data;
    const on = { ...demo, config: { ...demo.config, normaliseMarks: true } };
    const off = resultsSheet(demo, tallyPhase(demo, 'D1'));
    expect(off.rows[1]).not.toContain('Điểm chưa chuẩn hóa');
    const sheet = resultsSheet(on, tallyPhase(on, 'D1'));
    const header = sheet.rows[1];
    const rawCol = header.indexOf('Điểm chưa chuẩn hóa');
    const idCol = header.indexOf('Mã');
    const scoreCol = header.indexOf('Điểm');
    expect(rawCol).toBeGreaterThan(scoreCol);
    const plain = new Map(tallyPhase(demo, 'D1').participants.map((p) => [p.id, p.score]));
    const ranking = sheet.rows.slice(2, 2 + tallyPhase(on, 'D1').participants.length);
    const rows = ranking.filter((r) => typeof r[idCol] === 'string' && plain.has(r[idCol] as string));
    expect(rows.length).toBeGreaterThan(40);
    for (const r of rows) expect(r[rawCol]).toBe(plain.get(r[idCol] as string));
    expect(rows.some((r) => r[rawCol] !== r[scoreCol])).toBe(true); // normalisation moved some scores
  });
});
