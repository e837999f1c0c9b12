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
                                           tính kết quả một đợt; --write lưu bản sao có thêm trang "Kết quả {đợt}"
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
  unknownCommand: (cmd: string) => `Lệnh không hợp lệ: "${cmd}".`,
  missingFile: 'Thiếu đường dẫn tệp .xlsx.',
  missingOption: (opt: string) => `Thiếu tùy chọn ${opt}.`,
  missingValue: (opt: string) => `Tùy chọn ${opt} cần một giá trị.`,
  unknownOption: (opt: string) => `Tùy chọn không hợp lệ: ${opt}.`,
  exportKind: 'Cần chọn đúng một văn bản: --document MÃ_VĂN_BẢN (hoặc --summary, --proposals MÃ_ĐỢT), hoặc --all cho mọi văn bản.',
  fileNotFound: (file: string) => `Không tìm thấy tệp: ${file}`,
  unknownPhase: (phase: string, known: string) =>
    known ? `Không có đợt thi đua "${phase}". Các đợt: ${known}.` : `Không có đợt thi đua "${phase}": sheet Đợt thi đua chưa có đợt nào.`,
  seeUsage: 'Gõ "thidua --help" để xem cách dùng.',
  fileError: (path: string, code: string) => `Không đọc/ghi được tệp ${path} (${code}): kiểm tra đường dẫn và quyền ghi.`,
  internalError: (message: string) => `Lỗi ngoài dự kiến: ${message} (chạy lại với --debug để xem chi tiết)`,

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
  pdfSkipped: 'Không có LibreOffice (soffice) nên chưa tạo được tệp PDF.',
};
