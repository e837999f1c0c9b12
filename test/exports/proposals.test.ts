import { awardProposals } from '../../src/documents/proposals';
import { school, tally } from './fixture';
import { findCell, rowsWith, styleAt } from './helpers';

describe('Đề nghị {đợt}', () => {
  const { sheet, warnings } = awardProposals(school(), tally(), new Date(2026, 4, 25));

  test('same frame: header, title with the phase, Nơi nhận, signature', () => {
    expect(sheet.name).toBe('Đề nghị CN');
    expect(findCell(sheet, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).not.toBeNull();
    expect(findCell(sheet, 'An Phú, ngày 25 tháng 5 năm 2026')).not.toBeNull();
    expect(findCell(sheet, 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG')).not.toBeNull();
    expect(findCell(sheet, 'Cả năm - Năm học 2025-2026')).not.toBeNull();
    expect(findCell(sheet, '- UBND phường An Phú;')).not.toBeNull();
    expect(findCell(sheet, 'Trần Thị Minh Nguyệt')).not.toBeNull();
  });

  test('per award its recipients in rank order with position, unit, score and rank; then the pending ties', () => {
    const heading = findCell(sheet, '2. Chiến sĩ thi đua cơ sở: 1 cá nhân');
    expect(heading).not.toBeNull();
    expect(styleAt(sheet, heading!.row, 1).bold).toBe(true);
    const after = sheet.rows.slice(heading!.row, heading!.row + 3);
    // the reward: CSTĐCS 1,0 × lương cơ sở; the pending candidates have none until the council decides
    expect(after[0].filter((v) => v !== null)).toEqual([1, 'Nguyễn Thị An', 'Tổ trưởng', 'Tổ Khối 1', 95.5, 1, 2340000]);
    expect(after[1].filter((v) => v !== null)).toEqual([2, 'Phạm Thị Cúc', 'Giáo viên', 'Tổ Khối 2', 91.25, 2, 'Chờ Hội đồng quyết định']);
    expect(after[2].filter((v) => v !== null)).toEqual([3, 'Lê Văn Bình', 'Giáo viên', 'Tổ Khối 1', 91.25, 2, 'Chờ Hội đồng quyết định']);
    const score = findCell(sheet, 95.5);
    expect(score && styleAt(sheet, score.row, score.col).numberFormat).toBe('0.00');
    expect(findCell(sheet, '1. Lao động tiên tiến: 5 cá nhân')).not.toBeNull();
    expect(findCell(sheet, '1. Tập thể lao động tiên tiến: 1 tập thể')).not.toBeNull();
  });

  test('totals, and the pending ties and open seats as warnings', () => {
    expect(rowsWith(sheet, 'Tổng cộng: 6 lượt cá nhân')).toHaveLength(1);
    expect(rowsWith(sheet, 'Tổng cộng: 1 lượt tập thể')).toHaveLength(1);
    expect(warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([
        'Chiến sĩ thi đua cơ sở: 2 người chờ Hội đồng quyết định (đồng hạng tại ngưỡng chỉ tiêu). Hãy để Hội đồng quyết định (bỏ phiếu ở trang tính “Phiếu”) rồi xuất lại',
        'Chiến sĩ thi đua cơ sở: còn 1 suất chưa sử dụng. Hãy xem lại chỉ tiêu và điều kiện ở trang tính “Khen thưởng” nếu việc này không như kế hoạch',
      ]),
    );
  });

  test('money: per recipient coefficient × lương cơ sở rounded up as configured, per title and overall totals', () => {
    const data = school();
    data.config = { ...data.config, baseSalary: 2345678, rewardRounding: 1000 };
    const { sheet: paid } = awardProposals(data, tally(), new Date(2026, 4, 25));
    // LĐTT 0,3 × 2 345 678 = 703 703,4 → 704 000; CSTĐCS 1,0 → 2 346 000; Tập thể LĐTT 0,8 → 1 876 543 → 1 877 000
    // per title a subtotal row after its recipients (the staff section has two titles)
    const ldtt = rowsWith(paid, 'Cộng: 5 cá nhân');
    expect(ldtt).toHaveLength(1);
    expect(ldtt[0].filter((v) => v !== null)).toEqual(['Cộng: 5 cá nhân', 5 * 704000]);
    const recipientsOf = (heading: string, count: number): number[] => {
      const at = findCell(paid, heading);
      // TT, score, rank, then the money: the last number of the row
      return paid.rows.slice(at!.row, at!.row + count).map((r) => r.filter((v) => typeof v === 'number').pop() as number);
    };
    expect(recipientsOf('1. Lao động tiên tiến: 5 cá nhân', 5)).toEqual([704000, 704000, 704000, 704000, 704000]);
    expect(rowsWith(paid, 'Cộng: 1 cá nhân')[0]).toContain(2346000);
    // the unit section has one title: its total row only
    expect(rowsWith(paid, 'Cộng: 1 tập thể')).toEqual([]);
    // pending candidates carry no money
    expect(rowsWith(paid, 'Chờ Hội đồng quyết định').map((r) => r.filter((v) => typeof v === 'number').length)).toEqual([3, 3]);
    const staffTotal = rowsWith(paid, 'Tổng cộng: 6 lượt cá nhân')[0];
    expect(staffTotal).toContain(5 * 704000 + 2346000);
    expect(rowsWith(paid, 'Tổng cộng: 1 lượt tập thể')[0]).toContain(1877000);
    expect(
      findCell(paid, 'Tổng số tiền thưởng theo danh sách: 7.743.000 đồng (cá nhân: 5.866.000 đồng; tập thể: 1.877.000 đồng).'),
    ).not.toBeNull();
    const money = findCell(paid, 5 * 704000);
    expect(styleAt(paid, money!.row, money!.col)).toMatchObject({ numberFormat: '#,##0', bold: true });
  });

  test('a title with no known amount: its total is blank and the overall total says what it leaves out, never 0', () => {
    const t = tally();
    const unitAward = t.awards.find((a) => a.kind === 'unit')!;
    unitAward.name = 'Tập thể tiêu biểu của đợt';
    unitAward.code = 'TTTB';
    const { sheet: unpriced, warnings: told } = awardProposals(school(), t, new Date(2026, 4, 25));
    const unitTotal = rowsWith(unpriced, 'Tổng cộng: 1 lượt tập thể')[0];
    expect(unitTotal.filter((v) => typeof v === 'number')).toEqual([]);
    const total = unpriced.rows.flat().find((v) => typeof v === 'string' && v.startsWith('Tổng số tiền thưởng'));
    expect(total).toMatch(/tập thể: 0 đồng\), chưa gồm 1 lượt khen thưởng chưa xác định được mức tiền\.$/);
    expect(told.map((w) => w.message)).toContainEqual(
      expect.stringContaining('Tập thể tiêu biểu của đợt: không xác định được mức tiền thưởng'),
    );
  });

  test('a name that looks like a formula stays literal text', () => {
    const cell = findCell(sheet, '=HYPERLINK("http://x")');
    expect(cell).not.toBeNull();
    expect(styleAt(sheet, cell!.row, cell!.col).numberFormat).toBe('@');
  });
});
