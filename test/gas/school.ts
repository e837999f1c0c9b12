// A small school in the fake spreadsheet, for the Apps Script shell tests.
import { createFakeServices, FakeServices } from './fake';

export const MEMBERS = [
  ['TV01', 'Trần Thị Hoa', 'hoa@truong.edu.vn', 'CB001', 'Chủ tịch'],
  ['TV02', 'Lê Văn Nam', 'nam@truong.edu.vn', '', 'Ủy viên'],
  ['TV03', 'Phạm Thu', '', '', 'Thư ký'],
];

export function smallSchool(services: FakeServices = createFakeServices(), staffCount = 4): FakeServices {
  const ss = services.spreadsheet;
  ss.addSheet('Cấu hình', [
    ['Tham số', 'Giá trị'],
    ['Tên trường', 'Trường THCS Nguyễn Du'],
    ['Năm học', '2025-2026'],
  ]);
  ss.addSheet('Đơn vị', [
    ['Mã đơn vị', 'Tên đơn vị', 'Loại'],
    ['T1', 'Tổ Toán', 'Tổ'],
    ['T2', 'Tổ Văn', 'Tổ'],
  ]);
  const staff: unknown[][] = [['Mã CB', 'Họ và tên', 'Mã đơn vị', 'Giới tính', 'Email']];
  for (let i = 1; i <= staffCount; i++) {
    staff.push([
      `CB${String(i).padStart(3, '0')}`,
      `Nguyễn Văn ${String.fromCharCode(64 + ((i - 1) % 26) + 1)}${i}`,
      i % 2 ? 'T1' : 'T2',
      i % 3 ? 'Nam' : 'Nữ',
      '',
    ]);
  }
  ss.addSheet('Cán bộ', staff);
  ss.addSheet('Hội đồng', [['Mã thành viên', 'Họ và tên', 'Email', 'Mã CB', 'Vai trò'], ...MEMBERS]);
  ss.addSheet('Đợt thi đua', [
    ['Mã đợt', 'Tên đợt', 'Loại'],
    ['D1', 'Đợt 1', 'Đợt'],
  ]);
  ss.addSheet('Tiêu chí', [
    ['Mã tiêu chí', 'Nội dung', 'Đối tượng', 'Điểm tối đa'],
    ['TC01', 'Chuyên môn', 'Cá nhân', 10],
    ['TC02', 'Nề nếp', 'Cá nhân', 20],
  ]);
  ss.addSheet('Khen thưởng', [
    ['Mã đợt', 'Mã khen thưởng', 'Tên', 'Đối tượng', 'Cách xét', 'Số lượng'],
    ['D1', 'GKDX', 'Giấy khen đợt', 'Cá nhân', 'Chỉ tiêu', 2],
  ]);
  return services;
}

/** Marks as a member would type them: participant i gets base + i on TC01 (capped) and 2·(base + i) on TC02. */
export function fillMarks(services: FakeServices, sheetName: string, base: number): void {
  const sheet = services.spreadsheet.sheet(sheetName);
  const values = sheet.values();
  const header = values[0].map(String);
  const c1 = header.indexOf('TC01') + 1;
  const c2 = header.indexOf('TC02') + 1;
  for (let r = 2; r <= values.length; r++) {
    const mark = Math.min(10, base + (r % 5));
    sheet.cell(r, c1).value = mark;
    if (c2 > 0) sheet.cell(r, c2).value = Math.min(20, 2 * mark);
  }
}
