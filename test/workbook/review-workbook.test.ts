// Review of the sheet contract (SPEC §2, §8): fine points found wanting.
import { formatCell } from '../../src/core/cellref';
import { readSchool } from '../../src/workbook/read-school';
import { runTally } from '../../src/workbook/service';
import { lines, read, schoolSheets, schoolWorkbook } from './fixture';
import { MemoryWorkbook } from './memory-workbook';

describe('Kỷ luật', () => {
  it('reads blank, Không and 0 as none and level names like headers, silently', () => {
    const { data, problems } = read((s) => {
      s['Cán bộ'][1][7] = ' KHIỂN   TRÁCH '.normalize('NFD');
      s['Cán bộ'][2][7] = 0;
      s['Cán bộ'][3][7] = 'không';
    });
    expect(lines(problems)).toEqual([]);
    expect(data.staff.map((p) => p.discipline)).toEqual([1, 0, 0]);
  });

  it('other text is above every level, with a warning saying so (a typo would otherwise go unseen)', () => {
    const { data, problems } = read((s) => {
      s['Cán bộ'][2][7] = 'Khiển trach';
    });
    expect(data.staff[1]).toMatchObject({ discipline: 7, disciplineText: 'Khiển trach' });
    expect(lines(problems)).toEqual([
      '(cảnh báo) Cán bộ!H3: “Khiển trach” không phải một mức kỷ luật: coi như nặng hơn mọi mức. Hãy chọn một trong Khiển trách, Cảnh cáo, Hạ bậc lương, Giáng chức, Cách chức, Buộc thôi việc, hoặc để trống',
    ]);
  });
});

describe('runTally (the sidebar)', () => {
  it('the written `Kết quả` counts the reading errors too, like the CLI does', () => {
    const wb = new MemoryWorkbook(schoolSheets());
    (wb.sheets.get('Cán bộ')?.values as unknown[][])[1][5] = '31/02/1985';
    const view = runTally(wb, 'D1', { write: true });
    expect(view.errors).toBe(1);
    const written = wb.writes[0][0].rows.flat();
    expect(written).toContain('Có 1 lỗi và 0 cảnh báo: xem Kiểm tra dữ liệu');
  });
});

test('a second card sheet for the same member and phase (names equal like headers) is reported and not counted', () => {
  const wb = schoolWorkbook((sheets) => {
    sheets['Chấm  d1 tv02'] = [
      ['Mã', 'TC01'],
      ['CB001', 1],
    ];
  });
  const { data, problems } = readSchool(wb);
  expect(problems.map((p) => `${formatCell(p.where ?? { sheet: '' })}: ${p.message}`)).toContain(
    'Chấm  d1 tv02!A1: trang tính “Chấm  d1 tv02” trùng tên với trang tính “Chấm D1 TV02”: trang tính này bị bỏ qua. Hãy đổi tên hoặc xóa một trong hai trang tính',
  );
  expect(data.cards.filter((c) => c.memberId === 'TV02' && c.phaseId === 'D1' && c.kind === 'staff')).toHaveLength(1);
});
