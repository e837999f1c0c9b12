// Issue 12 (fuzzer): a header typed over (a number in `Sáng kiến`'s header cell) made the column silently absent,
// every cell below read as its default. A header that names no column while data sits below it is now reported at
// the header cell: an error when the sheet lacks the column the template has at that position, else a warning.
import { lines, read } from './fixture';

const problemsAt = (problems: ReturnType<typeof read>['problems'], cell: string): string[] =>
  lines(problems).filter((l) => l.replace('(cảnh báo) ', '').startsWith(`${cell}:`));

describe('a header that names no column, with data below it', () => {
  test('a number over the header of a column the sheet then lacks is an error at the header cell', () => {
    const { data, problems } = read((s) => (s['Đơn vị'][0][2] = 42));
    expect(problemsAt(problems, 'Đơn vị!C1')).toEqual([
      'Đơn vị!C1: tiêu đề “42” không phải cột nào của trang tính “Đơn vị”, và trang tính không có cột “Loại” vốn ở vị trí này: dữ liệu cột này bị bỏ qua. Hãy sửa lại tiêu đề thành “Loại” (hoặc đổi tiêu đề cho đúng cột mình muốn)',
    ]);
    expect(problems.find((p) => p.where?.sheet === 'Đơn vị')?.severity).toBe('error');
    expect(data.units.map((u) => u.type)).toEqual(['', '']);
  });

  test('a number elsewhere is a warning at the header cell', () => {
    // the fixture's `Cán bộ` has no `Email` column, so `Sáng kiến` is in J, not at the template's position
    const { data, problems } = read((s) => (s['Cán bộ'][0][9] = 42));
    expect(problemsAt(problems, 'Cán bộ!J1')).toEqual([
      '(cảnh báo) Cán bộ!J1: tiêu đề “42” không phải cột nào của trang tính “Cán bộ”; dữ liệu cột này bị bỏ qua. Hãy sửa lại tiêu đề cho đúng tên cột, hoặc ghi một tiêu đề bằng chữ (ví dụ “Ghi chú”) nếu đây là cột ghi thêm',
    ]);
    expect(data.staff.map((p) => p.initiative)).toEqual([false, false, false]);
  });

  test('a date or a Có/Không typed as a header is odd too', () => {
    const { problems } = read((s) => (s['Cán bộ'][0][9] = true));
    expect(problemsAt(problems, 'Cán bộ!J1')).toHaveLength(1);
    const dated = read((s) => (s['Đơn vị'][0][2] = new Date(Date.UTC(2025, 0, 2))));
    expect(problemsAt(dated.problems, 'Đơn vị!C1')[0]).toMatch(/^Đơn vị!C1: tiêu đề “02\/01\/2025”/);
  });

  test('a text header at the position of a column the sheet lacks is a warning (perhaps a renamed column)', () => {
    const { problems } = read((s) => (s['Đơn vị'][0][2] = 'Loai don vi'));
    expect(problemsAt(problems, 'Đơn vị!C1')).toEqual([expect.stringMatching(/^\(cảnh báo\) Đơn vị!C1: tiêu đề “Loai don vi”.*“Loại”/)]);
  });

  test("the school's own text column (Ghi chú), or an odd header over an empty column, is not reported", () => {
    const { problems } = read((s) => {
      s['Đơn vị'][0].push('Ghi chú', 7);
      s['Đơn vị'][1].push('tổ lớn nhất', null);
    });
    expect(problemsAt(problems, 'Đơn vị!D1')).toEqual([]);
    expect(problemsAt(problems, 'Đơn vị!E1')).toEqual([]);
    expect(lines(problems).filter((l) => l.includes('tiêu đề'))).toEqual([]);
  });
});
