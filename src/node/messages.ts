// Vietnamese text of the command-line shell.
import { exportDocuments } from '../documents/registry';

/** The `--document` ids, one a line, from the registry: a new document shows up here with no other edit. */
const documentList = exportDocuments()
  .map((d) => `                                             ${d.id.padEnd(20)} ${d.label}${d.needsPhase ? ' (cần --phase)' : ''}`)
  .join('\n');

export const USAGE = `thidua — tính kết quả thi đua, khen thưởng trên tệp Excel (.xlsx)

Cách dùng:
  thidua                                   chạy thử trên trường mẫu: kiểm tra, tính mọi đợt, ghi kết quả vào out/
  thidua validate TỆP                      kiểm tra dữ liệu (lỗi và cảnh báo kèm ô)
  thidua tally TỆP --phase MÃ_ĐỢT [--json] [--write RA.xlsx]
                                           tính kết quả một đợt; --write lưu bản sao có thêm trang tính “Kết quả {đợt}”
  thidua export TỆP --document MÃ_VĂN_BẢN [--phase MÃ_ĐỢT] --out ĐƯỜNG_DẪN
                                           xuất một văn bản (.xlsx, và .pdf khi có LibreOffice); các mã:
${documentList}
  thidua export TỆP --all --out THƯ_MỤC    xuất mọi văn bản của mọi đợt: {mã}-{đợt}.xlsx, {mã}.xlsx (và .pdf)
  thidua export TỆP --summary --out …      như --document tong-hop-dang-ky
  thidua export TỆP --proposals MÃ_ĐỢT --out …
                                           như --document de-nghi --phase MÃ_ĐỢT
  thidua template --out ĐƯỜNG_DẪN [--demo]  tạo tệp mẫu trống (hoặc trường mẫu với --demo)

Tùy chọn chung: --debug (in chi tiết lỗi kỹ thuật), --help
Mã thoát: 0 thành công, 1 dữ liệu có lỗi, 2 sai cách dùng.`;

export const text = {
  unknownCommand: (cmd: string) => `Lệnh không hợp lệ: “${cmd}”.`,
  missingFile: 'Thiếu đường dẫn tệp .xlsx. Hãy ghi đường dẫn tệp ngay sau tên lệnh.',
  missingOption: (opt: string) => `Thiếu tùy chọn ${opt}. Hãy thêm tùy chọn này vào lệnh.`,
  missingValue: (opt: string) => `Tùy chọn ${opt} cần một giá trị. Hãy ghi giá trị ngay sau ${opt}.`,
  unknownOption: (opt: string) => `Tùy chọn không hợp lệ: ${opt}. Hãy bỏ tùy chọn này.`,
  exportKind: 'Hãy chọn đúng một văn bản: --document MÃ_VĂN_BẢN (hoặc --summary, --proposals MÃ_ĐỢT), hoặc --all cho mọi văn bản.',
  fileNotFound: (file: string) => `Không tìm thấy tệp “${file}”. Hãy kiểm tra lại đường dẫn.`,
  unknownPhase: (phase: string, known: string) =>
    known
      ? `Không có đợt thi đua “${phase}”. Hãy dùng một trong các mã đợt: ${known}.`
      : `Không có đợt thi đua “${phase}”: trang tính “Đợt thi đua” chưa có đợt nào. Hãy thêm đợt vào trang tính đó.`,
  seeUsage: 'Gõ “thidua --help” để xem cách dùng.',
  fileError: (path: string, reason: string) => `Không đọc/ghi được “${path}”: ${reason}.`,
  internalError: (message: string) => `Lỗi ngoài dự kiến: ${message}. Hãy chạy lại với --debug để xem chi tiết và gửi cho người hỗ trợ.`,

  validOk: (file: string) => `✓ ${file}: dữ liệu hợp lệ.`,
  problemCount: (errors: number, warnings: number) => `${errors} lỗi, ${warnings} cảnh báo.`,
  errorLabel: 'Lỗi',
  warningLabel: 'Cảnh báo',

  phaseTitle: (id: string, name: string) => (name ? `Đợt ${id} — ${name}` : `Đợt ${id}`),
  staffRanking: 'Xếp hạng cá nhân',
  unitRanking: 'Xếp hạng tập thể',
  awardsTitle: 'Khen thưởng',
  col: {
    rank: 'Hạng',
    code: 'Mã',
    name: 'Họ và tên',
    unitName: 'Tên đơn vị',
    unit: 'Đơn vị',
    score: 'Điểm',
    band: 'Xếp loại',
    awards: 'Khen thưởng',
  },
  missingScore: 'Thiếu điểm',
  quota: (q: number | null) => (q === null ? 'không giới hạn' : `chỉ tiêu ${q}`),
  byUnit: 'Phân bổ theo đơn vị',
  recipients: 'Được khen',
  pending: 'Chờ Hội đồng quyết định',
  open: (n: number) => `Còn trống ${n} suất`,
  none: '(không có)',

  wrote: (path: string) => `Đã ghi ${path}`,
  demoStart: (file: string) => `Trường mẫu: ${file}`,
  demoDone: (dir: string) => `Xong. Kết quả và báo cáo ở thư mục ${dir}/`,
  documentWarnings: (document: string, n: number) => `${document}: ${n} cảnh báo cần Hội đồng xem trước khi gửi:`,
  exportWarnings: (n: number) => `${n} cảnh báo cần Hội đồng xem trước khi gửi:`,
  nothingToSummarise: 'Không có đăng ký thi đua nào để tổng hợp: trang tính “Đăng ký” trống hoặc chưa có. Hãy nhập đăng ký rồi xuất lại.',
  pdfSkipped: 'Không có LibreOffice (soffice) nên chưa tạo được tệp PDF. Hãy cài LibreOffice rồi xuất lại nếu cần PDF.',
};

/** File-system failures the user meets, said in Vietnamese with what to do next (the code stays for support). */
const FS_REASONS: Record<string, string> = {
  ENOENT: 'không có tệp hoặc thư mục này — kiểm tra lại đường dẫn',
  ENOTDIR: 'một phần của đường dẫn là tệp chứ không phải thư mục — kiểm tra lại đường dẫn',
  EISDIR: 'đây là một thư mục — hãy ghi rõ tên tệp',
  EACCES: 'không có quyền truy cập — chọn thư mục khác hoặc xin quyền ghi/đọc',
  EPERM: 'hệ điều hành không cho phép thao tác này — chọn thư mục khác hoặc đóng chương trình đang giữ tệp',
  EROFS: 'ổ đĩa chỉ cho đọc — chọn thư mục khác để ghi',
  ENOSPC: 'ổ đĩa đã đầy — giải phóng dung lượng rồi chạy lại (tệp cũ, nếu có, vẫn nguyên vẹn)',
  EDQUOT: 'đã hết hạn mức dung lượng — giải phóng dung lượng rồi chạy lại',
  EBUSY: 'tệp đang bị chương trình khác dùng — đóng tệp rồi chạy lại',
  EMFILE: 'mở quá nhiều tệp cùng lúc — chạy lại sau',
  ENAMETOOLONG: 'tên tệp hoặc đường dẫn quá dài — chọn tên ngắn hơn',
  ELOOP: 'đường dẫn có liên kết tượng trưng vòng lặp — kiểm tra lại đường dẫn',
  EEXIST: 'tệp đã có — chạy lại',
  EIO: 'lỗi đọc/ghi của ổ đĩa — kiểm tra ổ đĩa rồi chạy lại',
  EXDEV: 'không chuyển được tệp giữa hai ổ đĩa — chọn thư mục khác',
};

export function fsReason(code: string): string {
  return FS_REASONS[code] ?? `lỗi hệ thống ${code} — kiểm tra đường dẫn và quyền truy cập`;
}

export const FS_MSG = {
  cannotRead: (path: string, why: string) => `Không đọc được “${path}”: ${why}.`,
  cannotWrite: (path: string, why: string) => `Không ghi được “${path}”: ${why}.`,
  notRegular: 'đây không phải là một tệp thông thường (thiết bị, ống dẫn…) — hãy chỉ đến tệp .xlsx',
  tooBig: (max: number) => `tệp lớn hơn ${Math.round(max / 1024 / 1024)} MB, không phải một bảng tính của trường — kiểm tra lại tệp`,
  outputIsInput: (output: string, input: string) =>
    `Không ghi ra “${output}”: đó chính là tệp đầu vào “${input}”, ghi vào sẽ xoá dữ liệu của Hội đồng. Hãy chọn một tên tệp khác.`,
  extraArguments: (extra: string) => `Thừa tham số: ${extra}. Hãy bỏ tham số này.`,
};
