// Every Vietnamese text of the office workbook (issue 16): its sheets, their columns, and the reader's problems.
import { SHEET } from '../../core/sheet-names';
import { columns, frame, MARK } from '../../documents/messages';

export const OFFICE_SHEET = {
  config: SHEET.config,
  schools: 'Trường',
  lastYear: 'Năm trước',
  bySchool: 'Theo trường',
  missing: 'Chưa nộp',
  checks: 'Kiểm tra',
  /** the school's exported document the office reads */
  summary: SHEET.summary,
  titlePrefix: 'Tổng hợp ',
};

export const OFFICE_PARAM = {
  officeName: 'Tên cơ quan',
  schoolYear: 'Năm học',
  deadline: 'Hạn nộp',
  capPrefix: 'Tỉ lệ tối đa:',
};

export const OFFICE_COL = {
  param: 'Tham số',
  value: 'Giá trị',
  note: 'Ghi chú',
  code: 'Mã trường',
  name: 'Tên trường',
  link: 'Liên kết',
  email: 'Email liên hệ',
  title: 'Danh hiệu',
  thisYear: 'Năm nay',
  lastYear: 'Năm trước',
  change: 'Tăng, giảm',
  order: 'TT',
  person: 'Họ và tên',
  birthDate: 'Ngày sinh',
  position: 'Chức vụ',
  unit: 'Đơn vị',
  school: 'Trường',
  status: 'Tình trạng',
  detail: 'Chi tiết',
  kind: 'Loại kiểm tra',
  message: 'Nội dung',
};

export const CHECK_LABEL = {
  duplicate: 'Trùng người',
  sameName: 'Trùng họ tên',
  cap: 'Vượt tỉ lệ',
  late: 'Sửa sau hạn',
  unknownFile: 'Tệp lạ',
  twoFiles: 'Nhiều tệp',
  fileNote: 'Số liệu tệp',
};

/** The school's summary document as the office reads it back: the very words the summary writes. */
export const SUMMARY_TEXT = {
  nationalName: frame.nationalName,
  motto: frame.motto,
  order: columns.order,
  name: columns.name,
  birthDate: columns.birthDate,
  position: columns.position,
  unit: columns.unit,
  unitName: columns.unitName,
  initiative: columns.initiative,
  note: columns.note,
  /** the start of the summary's totals rows (`Tổng cộng: 12 cá nhân`) */
  totalPrefix: 'Tổng cộng',
  mark: MARK,
};

export const READ_MSG = {
  noSheet: (file: string): string =>
    `Tệp “${file}” không có trang tính “Tổng hợp đăng ký”; đề nghị trường xuất lại bằng chức năng “Xuất Tổng hợp đăng ký”.`,
  noStaffTable: (file: string): string =>
    `Tệp “${file}”: không tìm thấy bảng “I. CÁ NHÂN” (dòng tiêu đề có “TT” và “Họ và tên”); đề nghị trường xuất lại, không sửa tay bảng.`,
  noYear: (file: string): string => `Tệp “${file}”: không tìm thấy dòng “Năm học …”; đề nghị trường xuất lại.`,
  badBirthDate: (file: string, cell: string, value: string): string =>
    `Tệp “${file}”, ô ${cell}: ngày sinh “${value}” không đọc được (cần dd/mm/yyyy); người này được coi như không có ngày sinh.`,
  totalDiffers: (file: string, cell: string, title: string, stated: number, counted: number): string =>
    `Tệp “${file}”, ô ${cell}: dòng tổng ghi ${stated} “${title}” nhưng đếm được ${counted} dấu x; đã dùng số đếm được, đề nghị trường kiểm tra.`,
  badConfig: (param: string): string => `Giá trị “${param}” không đọc được; sửa ở trang tính “Cấu hình”.`,
  badCap: (value: string): string => `Tỉ lệ “${value}” không đọc được; ghi dạng 15% hoặc 0,15 ở trang tính “Cấu hình”.`,
  capNoTitle: 'Thiếu tên danh hiệu sau “Tỉ lệ tối đa:”; ghi ví dụ “Tỉ lệ tối đa: Chiến sĩ thi đua cơ sở”.',
  noSchools: 'Trang tính “Trường” chưa có trường nào; thêm mỗi trường một dòng (mã, tên, liên kết).',
  duplicateSchool: (code: string, row: number): string => `Mã trường “${code}” đã có ở dòng ${row}; mỗi trường một dòng.`,
};
