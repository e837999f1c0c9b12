// The office workbook's input sheets (issue 16), as the school workbook's are in src/workbook/schema.ts: the readers
// match headers against these, and the template writes them.
import type { ColumnSpec, SheetSpec, ValueKind } from '../schema';
import { OFFICE_COL as C, OFFICE_PARAM as P, OFFICE_SHEET as S } from './messages';

function col(header: string, required: boolean, kind: ValueKind, note: string, width = 160): ColumnSpec {
  return { header, required, note, kind, ref: null, width };
}

export const OFFICE_CONFIG: SheetSpec = {
  name: S.config,
  required: true,
  note: 'Thông tin chung của cơ quan thu hồ sơ, hạn nộp và các tỉ lệ tối đa',
  columns: [
    col(C.param, true, 'text', 'Tên tham số', 220),
    // percent: a cap typed as 15% is stored as 0.15 in a percent-formatted cell
    col(C.value, true, 'percent', 'Giá trị của tham số', 180),
  ],
};

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

export const OFFICE_SCHOOLS: SheetSpec = {
  name: S.schools,
  required: true,
  note: 'Mỗi trường một dòng',
  columns: [
    col(C.code, true, 'code', 'Ký hiệu trường, như trong “Số: …/BC-…” của tệp trường gửi', 110),
    col(C.name, true, 'text', 'Tên trường', 240),
    col(C.link, false, 'text', 'Đường liên kết bảng tính “Tổng hợp đăng ký” của trường, hoặc thư mục Drive trường nộp vào', 320),
    col(C.email, false, 'text', 'Email liên hệ của trường', 200),
  ],
};

/** Last year's `Theo trường`, pasted in: the counts of this year are compared with it. */
export const OFFICE_LAST_YEAR: SheetSpec = {
  name: S.lastYear,
  required: false,
  note: 'Dán trang tính “Theo trường” của năm trước vào đây',
  columns: [
    col(C.code, true, 'code', 'Mã trường', 110),
    col(C.title, true, 'text', 'Danh hiệu', 240),
    col(C.thisYear, true, 'integer', 'Số lượng năm đó', 100),
  ],
};
