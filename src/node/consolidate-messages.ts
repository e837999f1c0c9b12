// Vietnamese text of the office commands of the CLI (issue 16): `thidua consolidate` and `thidua template --office`.
export const OFFICE_USAGE = `  thidua consolidate TỆP… | THƯ_MỤC --out CƠ_QUAN.xlsx
                                           cơ quan thu hồ sơ: gộp các tệp “Tổng hợp đăng ký” của các trường
                                           vào bảng tính cơ quan (tạo bằng thidua template --office)
  thidua template --office --out ĐƯỜNG_DẪN  tạo bảng tính cơ quan trống (Cấu hình, Trường, Năm trước)`;

export const CONSOLIDATE_MSG = {
  missingOut: 'Thiếu tùy chọn --out CƠ_QUAN.xlsx (bảng tính cơ quan, tạo bằng “thidua template --office --out …”).',
  missingInputs: 'Thiếu tệp hoặc thư mục chứa các tệp “Tổng hợp đăng ký” của các trường. Hãy ghi chúng ngay sau “thidua consolidate”.',
  missingValue: (opt: string): string => `Tùy chọn ${opt} cần một giá trị. Hãy ghi giá trị ngay sau ${opt}.`,
  unknownOption: (opt: string): string => `Tùy chọn không hợp lệ cho lệnh này: ${opt}. Hãy bỏ tùy chọn này.`,
  notFound: (path: string): string => `Không tìm thấy tệp hoặc thư mục “${path}”. Hãy kiểm tra lại đường dẫn.`,
  noOffice: (path: string): string =>
    `Chưa có bảng tính cơ quan “${path}”. Hãy tạo bằng “thidua template --office --out ${path}”, điền “Cấu hình” và “Trường”, rồi chạy lại.`,
  officeErrors: (count: number): string => `Bảng tính cơ quan có ${count} lỗi, chưa ghi gì. Hãy sửa các lỗi trên rồi chạy lại.`,
  noFiles: 'Không có tệp .xlsx nào để gộp. Hãy kiểm tra đường dẫn.',
  done: (received: number, schools: number, missing: number, checks: number): string =>
    `Đã thu ${received}/${schools} trường; chưa nộp hoặc không dùng được: ${missing}; mục cần kiểm tra: ${checks}.`,
  titleLine: (title: string, total: number): string => `  ${title}: ${total}`,
  wrote: (path: string): string => `Đã ghi ${path}`,
};
