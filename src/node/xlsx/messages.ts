// Vietnamese messages of the .xlsx adapter.

export const XLSX_MSG = {
  notXlsx: (file: string, why: string) => `Tệp ${file} không phải là tệp Excel .xlsx hợp lệ (${why}).`,
  notFound: (file: string) => `Không tìm thấy tệp ${file}.`,
  cannotRead: (file: string, why: string) => `Không đọc được tệp ${file}: ${why}.`,
  cannotWrite: (file: string, why: string) => `Không ghi được tệp ${file}: ${why}.`,
  why: {
    notZip: 'không phải tệp nén Office Open XML',
    legacyOrEncrypted: 'tệp .xls cũ hoặc tệp có đặt mật khẩu; hãy lưu lại thành .xlsx không mật khẩu',
    brokenZip: 'tệp nén bị hỏng',
    noWorkbook: 'không có phần bảng tính xl/workbook.xml',
    otherOffice: 'đây là tài liệu Office khác, không phải bảng tính Excel',
    brokenPart: (part: string) => `phần ${part} bị hỏng`,
    tooLarge: 'tệp quá lớn (trên 4 GB)',
  },
  badSheetName: (name: string) =>
    `Tên trang tính không hợp lệ: "${name}" (tối đa 31 ký tự, không rỗng, không chứa : \\ / ? * [ ] và không bắt đầu hay kết thúc bằng dấu ').`,
  duplicateSheet: (name: string) => `Trang tính "${name}" được ghi hai lần trong cùng một lần ghi.`,
  /** a sheet's part cannot be read: the part, and why */
  brokenSheet: (part: string, why: string) => `phần ${part} bị hỏng: ${why}`,
  truncated: (part: string) => `phần ${part} bị cắt cụt (tệp chưa được lưu trọn vẹn)`,
} as const;

/** A sheet's XML names a place beyond Excel's grid (the file was not written by a spreadsheet program). */
export const READ_MSG = {
  beyondRows: (row: number, max: number) =>
    `có dòng số ${row}, vượt giới hạn ${max.toLocaleString('vi-VN')} dòng của Excel — tệp bị hỏng hoặc bị sửa`,
  beyondColumns: (row: number, max: number) =>
    `dòng ${row} có ô vượt cột XFD (giới hạn ${max.toLocaleString('vi-VN')} cột của Excel) — tệp bị hỏng hoặc bị sửa`,
} as const;

export const WRITE_MSG = {
  cellTooLong: (sheet: string, cell: string, length: number, max: number) =>
    `Không ghi được trang tính “${sheet}”: ô ${cell} có ${length.toLocaleString('vi-VN')} ký tự, quá giới hạn ${max.toLocaleString('vi-VN')} ký tự của một ô Excel — hãy rút gọn nội dung ở dữ liệu gốc rồi chạy lại.`,
} as const;

const MB = 1024 * 1024;

/** Why a part of the archive is refused (the part is always named). */
export const ZIP_MSG = {
  partTooLarge: (part: string, size: number, limit: number) =>
    `phần ${part} giải nén ra ${Math.round(size / MB)} MB, quá giới hạn ${Math.round(limit / MB)} MB cho một phần — tệp có thể là “bom nén”; hãy mở bằng Excel hoặc LibreOffice, xoá các dòng, cột thừa rồi lưu lại`,
  ratioTooHigh: (part: string, ratio: number) =>
    `phần ${part} nén ${ratio} lần, bất thường với một bảng tính — tệp có thể là “bom nén”; hãy mở bằng Excel hoặc LibreOffice rồi lưu lại`,
  totalTooLarge: (part: string, limit: number) =>
    `tổng dung lượng giải nén vượt ${Math.round(limit / MB)} MB khi đọc phần ${part} — tệp có thể là “bom nén”; hãy xoá các trang tính, dòng thừa rồi lưu lại`,
  sizeLie: (part: string) => `phần ${part} bị hỏng (kích thước khác với khai báo trong tệp nén)`,
  badCrc: (part: string) => `phần ${part} bị hỏng (sai mã kiểm tra CRC)`,
  cannotInflate: (part: string, detail: string) => `phần ${part} bị hỏng, không giải nén được (${detail})`,
  method: (part: string, method: number) => `phần ${part} dùng kiểu nén ${method} không được hỗ trợ`,
} as const;
