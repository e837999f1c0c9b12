// `Đủ điều kiện đề nghị cấp trên` (issue 16): titles above the school with consecutive years, from `Danh mục` (the
// law's years) or from a `Khen thưởng` rule's own condition; who has them in `Lịch sử`; the section of the
// registration summary and of the year-end proposal list.
import { join } from 'node:path';
import { aboveSchoolCandidates, aboveSchoolTitles } from '../../src/core/history';
import type { SchoolData } from '../../src/core/model';
import { awardProposals } from '../../src/documents/proposals';
import { aboveSchoolSheet } from '../../src/documents/above-school';
import { prepareDocument } from '../../src/documents/registry';
import { registrationSummary } from '../../src/documents/summary';
import { tallyPhase } from '../../src/core/tally';
import { openXlsx } from '../../src/node/xlsx/index';
import { readSchool } from '../../src/workbook/read-school';
import { findCell, rowsWith } from '../exports/helpers';

const demo = (): SchoolData => readSchool(openXlsx(join(__dirname, '../../sheets-templates/demo.xlsx'))).data;
const today = new Date(2026, 4, 25);

describe('titles above the school and who has their consecutive years', () => {
  test('the demo: CSTĐ cấp tỉnh after 3 years of CSTĐCS, Bằng khen after 2 years of HTXSNV; 2 years are not 3', () => {
    const data = demo();
    expect(aboveSchoolTitles(data).map((t) => [t.code, t.years, t.needLabel])).toEqual([
      ['CSTDT', 3, 'CSTĐCS'],
      ['BKT', 2, 'HTXSNV'],
    ]);
    expect(aboveSchoolCandidates(data).map((c) => [c.title.code, c.staff.id, c.run])).toEqual([
      ['CSTDT', 'CB001', [2022, 2023, 2024]],
      ['BKT', 'CB001', [2023, 2024]],
      ['BKT', 'CB003', [2023, 2024]],
    ]);
  });

  test('a gap in the years, or another school year, and nobody qualifies', () => {
    const data = demo();
    data.history = (data.history ?? []).filter((h) => h.year !== '2023-2024');
    expect(aboveSchoolCandidates(data)).toEqual([]);
    expect(aboveSchoolCandidates({ ...demo(), config: { ...demo().config, schoolYear: '2027-2028' } })).toEqual([]);
  });

  test('a Khen thưởng rule’s own consecutive years win over the law’s default', () => {
    const data = demo();
    const rule = data.awards.find((a) => a.code === 'CSTDCS');
    if (!rule) throw new Error('demo without CSTDCS');
    data.awards = [
      ...data.awards,
      { ...rule, code: 'CSTDT', name: 'Chiến sĩ thi đua cấp tỉnh', priorTitles: ['CSTDCS'], consecutiveYears: 2 },
    ];
    expect(aboveSchoolTitles(data).find((t) => t.code === 'CSTDT')?.years).toBe(2);
    expect(
      aboveSchoolCandidates(data)
        .filter((c) => c.title.code === 'CSTDT')
        .map((c) => c.staff.id),
    ).toEqual(['CB001', 'CB010']);
  });

  test('only the province’s Bằng khen takes the law’s 2 years; another Bằng khen needs its own rule', () => {
    const data = demo();
    data.catalog = data.catalog.map((c) => (c.id === 'BKT' ? { ...c, name: 'Bằng khen của Thủ tướng Chính phủ' } : c));
    expect(aboveSchoolTitles(data).map((t) => t.code)).toEqual(['CSTDT']);
  });

  test('without such titles, no section', () => {
    const data = demo();
    data.catalog = data.catalog.filter((c) => !['CSTDT', 'BKT'].includes(c.id));
    expect(aboveSchoolTitles(data)).toEqual([]);
    expect(aboveSchoolSheet(data, today)).toBeNull();
    expect(prepareDocument(data, 'tong-hop-dang-ky', null, { today }).built.sheets.map((s) => s.name)).toEqual(['Tổng hợp đăng ký']);
  });
});

describe('the section in the documents', () => {
  const data = demo();
  test('the registration summary gains a sheet of its own: birth date, unit, title and the years', () => {
    // the office reads `Tổng hợp đăng ký` table by table: the summary sheet itself stays as it was
    expect(findCell(registrationSummary(data, today).sheet, 'Chiến sĩ thi đua cấp tỉnh')).not.toBeNull();
    expect(rowsWith(registrationSummary(data, today).sheet, 'CSTĐCS: 2022-2023, 2023-2024, 2024-2025')).toEqual([]);
    const built = prepareDocument(data, 'tong-hop-dang-ky', null, { today }).built;
    expect(built.sheets.map((s) => s.name)).toEqual(['Tổng hợp đăng ký', 'Đủ điều kiện cấp trên']);
    const sheet = built.sheets[1];
    expect(findCell(sheet, 'DANH SÁCH ĐỦ ĐIỀU KIỆN ĐỀ NGHỊ CẤP TRÊN')).not.toBeNull();
    expect(findCell(sheet, 'Trần Thị Minh Nguyệt')).not.toBeNull();
    const heading = findCell(sheet, 'Năm học 2025-2026');
    expect(heading).not.toBeNull();
    const note = sheet.rows[heading!.row + 1].find((v) => typeof v === 'string') as string;
    expect(note).toContain('cần đối chiếu quy định hiện hành của tỉnh');
    expect(note).toContain('Chiến sĩ thi đua cấp tỉnh: 3 năm học liên tục CSTĐCS');
    const rows = sheet.rows.slice(heading!.row + 3, heading!.row + 6).map((r) => r.filter((v) => v !== null));
    expect(rows).toEqual([
      [1, 'Trần Thị Minh Nguyệt', '12/03/1972', 'Tổ Văn phòng', 'Chiến sĩ thi đua cấp tỉnh', 'CSTĐCS: 2022-2023, 2023-2024, 2024-2025'],
      [2, 'Trần Thị Minh Nguyệt', '12/03/1972', 'Tổ Văn phòng', 'Bằng khen của Chủ tịch UBND tỉnh', 'HTXSNV: 2023-2024, 2024-2025'],
      [3, 'Phạm Thị Thanh Hương', expect.any(String), 'Tổ Văn phòng', 'Bằng khen của Chủ tịch UBND tỉnh', 'HTXSNV: 2023-2024, 2024-2025'],
    ]);
    expect(rowsWith(sheet, 'Huỳnh Thị Mỹ Dung').filter((r) => r.includes('Chiến sĩ thi đua cấp tỉnh'))).toEqual([]);
  });

  test('the year-end proposal list has it, a phase’s does not', () => {
    const cn = awardProposals(data, tallyPhase(data, 'CN'), today).sheet;
    expect(findCell(cn, 'III. ĐỦ ĐIỀU KIỆN ĐỀ NGHỊ CẤP TRÊN (THEO “LỊCH SỬ”)')).not.toBeNull();
    expect(rowsWith(cn, 'CSTĐCS: 2022-2023, 2023-2024, 2024-2025')).toHaveLength(1);
    const d1 = awardProposals(data, tallyPhase(data, 'D1'), today).sheet;
    expect(findCell(d1, 'III. ĐỦ ĐIỀU KIỆN ĐỀ NGHỊ CẤP TRÊN (THEO “LỊCH SỬ”)')).toBeNull();
  });
});
