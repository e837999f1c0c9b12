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
    expect(after[0].filter((v) => v !== null)).toEqual([1, 'Nguyễn Thị An', 'Tổ trưởng', 'Tổ Khối 1', 95.5, 1]);
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
        'Chiến sĩ thi đua cơ sở: 2 người chờ Hội đồng quyết định (đồng hạng tại ngưỡng chỉ tiêu)',
        'Chiến sĩ thi đua cơ sở: còn 1 suất chưa sử dụng',
      ]),
    );
  });

  test('a name that looks like a formula stays literal text', () => {
    const cell = findCell(sheet, '=HYPERLINK("http://x")');
    expect(cell).not.toBeNull();
    expect(styleAt(sheet, cell!.row, cell!.col).numberFormat).toBe('@');
  });
});
