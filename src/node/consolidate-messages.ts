// Vietnamese text of the office commands of the CLI (issue 16): `thidua consolidate` and `thidua template --office`.
export const OFFICE_USAGE = `  thidua consolidate TỆP… | THƯ_MỤC --out CƠ_QUAN.xlsx
                                           cơ quan thu hồ sơ: gộp các tệp “Tổng hợp đăng ký” của các trường
                                           vào bảng tính cơ quan (tạo bằng thidua template --office)
  thidua template --office --out ĐƯỜNG_DẪN  tạo bảng tính cơ quan trống (Cấu hình, Trường, Năm trước)`;

export const CONSOLIDATE_MSG = {
  missingOut: 'Thiếu tùy chọn --out CƠ_QUAN.xlsx (bảng tính cơ quan, tạo bằng “thidua template --office --out …”).',
  missingInputs: 'Thiếu tệp hoặc thư mục chứa các tệp “Tổng hợp đăng ký” của các trường.',
  missingValue: (opt: string): string => `Tùy chọn ${opt} cần một giá trị.`,
  unknownOption: (opt: string): string => `Tùy chọn không hợp lệ cho lệnh này: ${opt}.`,
  notFound: (path: string): string => `Không tìm thấy tệp hoặc thư mục: ${path}`,
  noOffice: (path: string): string =>
    `Chưa có bảng tính cơ quan ${path}: tạo bằng “thidua template --office --out ${path}”, điền “Cấu hình” và “Trường”, rồi chạy lại.`,
  officeErrors: (count: number): string => `Bảng tính cơ quan có ${count} lỗi; sửa rồi chạy lại. Chưa ghi gì.`,
  noFiles: 'Không có tệp .xlsx nào để gộp; kiểm tra đường dẫn.',
  done: (received: number, schools: number, missing: number, checks: number): string =>
    `Đã thu ${received}/${schools} trường; chưa nộp hoặc không dùng được: ${missing}; mục cần kiểm tra: ${checks}.`,
  titleLine: (title: string, total: number): string => `  ${title}: ${total}`,
  wrote: (path: string): string => `Đã ghi ${path}`,
};
