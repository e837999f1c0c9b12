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
} as const;
