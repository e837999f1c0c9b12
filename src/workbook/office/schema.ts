// The office workbook's input sheets (issue 16), as the school workbook's are in src/workbook/schema.ts: typed
// definitions that the readers read through, and that the template writes.
import { col, defineSheet } from '../schema';
import { OFFICE_COL as C, OFFICE_PARAM as P, OFFICE_SHEET as S } from './messages';

export const OFFICE_CONFIG = defineSheet(
  S.config,
  { required: true, note: 'Thông tin chung của cơ quan thu hồ sơ, hạn nộp và các tỉ lệ tối đa' },
  {
    param: col(C.param, 'text', 'Tên tham số', { required: true, width: 220 }),
    // percent: a cap typed as 15% is stored as 0.15 in a percent-formatted cell (other rows read it as text or date)
    value: col(C.value, 'percent', 'Giá trị của tham số', { required: true, width: 180 }),
  },
);

export const OFFICE_PARAMS: { name: string; note: string; example: string }[] = [
  { name: P.officeName, note: 'Tên cơ quan nhận hồ sơ, ví dụ: UBND phường An Phú', example: '' },
  { name: P.schoolYear, note: 'Năm học thu hồ sơ, ví dụ: 2025-2026; tệp của năm học khác được ghi vào “Chưa nộp”', example: '' },
  { name: P.deadline, note: 'Hạn nộp (dd/mm/yyyy); tệp sửa sau ngày này được ghi vào “Kiểm tra”', example: '' },
  {
    name: `${P.capPrefix} Chiến sĩ thi đua cơ sở`,
    note: 'Tỉ lệ tối đa của một danh hiệu trên số cá nhân trường đăng ký (ví dụ 15%); thêm một dòng cho mỗi danh hiệu, xóa dòng nếu không dùng',
    example: '',
  },
];

export const OFFICE_SCHOOLS = defineSheet(
  S.schools,
  { required: true, note: 'Mỗi trường một dòng' },
  {
    code: col(C.code, 'code', 'Ký hiệu trường, như trong “Số: …/BC-…” của tệp trường gửi', { required: true, width: 110 }),
    name: col(C.name, 'text', 'Tên trường', { required: true, width: 240 }),
    link: col(C.link, 'text', `Đường liên kết bảng tính “${S.summary}” của trường, hoặc thư mục Drive trường nộp vào`, {
      width: 320,
    }),
    email: col(C.email, 'text', 'Email liên hệ của trường', { width: 200 }),
  },
);

/** Last year's `Theo trường`, pasted in: the counts of this year are compared with it. */
export const OFFICE_LAST_YEAR = defineSheet(
  S.lastYear,
  { required: false, note: `Dán trang tính “${S.bySchool}” của năm trước vào đây` },
  {
    code: col(C.code, 'code', 'Mã trường', { required: true, width: 110 }),
    title: col(C.title, 'text', 'Danh hiệu', { required: true, width: 240 }),
    count: col(C.thisYear, 'integer', 'Số lượng năm đó', { required: true, width: 100 }),
  },
);
