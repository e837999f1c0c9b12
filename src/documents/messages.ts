// Every Vietnamese text of the exports (SPEC §6): the Decree 30/2020 frame, the registration summary, the award
// proposals, the registration condition warnings, and the file names of the Drive/Node shells.
import { SHEET } from '../core/sheet-names';

export const SUMMARY_SHEET = SHEET.summary;
export const proposalsSheet = (phaseId: string): string => `Đề nghị ${phaseId}`;
export const REGISTRATION_SHEET = SHEET.registrations;

export const frame = {
  nationalName: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  /** `Số:` with room for the clerk to write the number by hand. */
  number: (symbol: string, schoolCode: string): string => `Số:        /${symbol}${schoolCode ? `-${schoolCode}` : ''}`,
  /** Decree 30: days below 10 and the months 1 and 2 take a leading zero. */
  placeDate: (place: string, date: Date): string => {
    const day = String(date.getDate()).padStart(2, '0');
    const month = date.getMonth() + 1;
    const monthText = month <= 2 ? `0${month}` : String(month);
    return `${place || '……'}, ngày ${day} tháng ${monthText} năm ${date.getFullYear()}`;
  },
  schoolYear: (year: string): string => (year ? `Năm học ${year}` : 'Năm học ……'),
  recipientsLabel: 'Nơi nhận:',
  recipientItem: (recipient: string): string => `- ${recipient || '……'};`,
  archiveItem: '- Lưu: VT, TĐKT.',
  signatureTitle: 'HIỆU TRƯỞNG',
  signatureHint: '(Ký, ghi rõ họ tên và đóng dấu)',
};

/** Document symbol after `Số: …/` (Decree 30, Phụ lục III: BC = báo cáo). */
export const DOCUMENT_SYMBOL = 'BC';

export const columns = {
  order: 'TT',
  name: 'Họ và tên',
  birthDate: 'Ngày sinh',
  position: 'Chức vụ',
  unit: 'Đơn vị',
  unitName: 'Tên tập thể',
  initiative: 'Tên sáng kiến, đề tài',
  note: 'Ghi chú',
  score: 'Điểm',
  rank: 'Hạng',
  reward: 'Tiền thưởng (đồng)',
};

export const MARK = 'x';

export const summary = {
  title: 'TỔNG HỢP ĐĂNG KÝ THI ĐUA',
  subtitle: (year: string): string => `Danh hiệu thi đua và hình thức khen thưởng - ${frame.schoolYear(year)}`,
  staffSection: 'I. CÁ NHÂN',
  unitSection: 'II. TẬP THỂ',
  none: 'Không có đăng ký',
  staffTotal: (count: number): string => `Tổng cộng: ${count} cá nhân`,
  unitTotal: (count: number): string => `Tổng cộng: ${count} tập thể`,
  fileTitle: 'Tổng hợp đăng ký thi đua',
};

export const proposals = {
  title: 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
  subtitle: (phaseName: string, year: string): string =>
    year !== '' && phaseName.includes(year) ? phaseName : `${phaseName} - ${frame.schoolYear(year)}`,
  staffSection: 'I. CÁ NHÂN',
  unitSection: 'II. TẬP THỂ',
  awardHeading: (index: number, name: string, count: number, kindWord: string): string => `${index}. ${name}: ${count} ${kindWord}`,
  pendingNote: 'Chờ Hội đồng quyết định',
  noRecipients: 'Không có người đạt',
  none: 'Không có đề nghị',
  staffWord: 'cá nhân',
  unitWord: 'tập thể',
  staffTotal: (count: number): string => `Tổng cộng: ${count} lượt cá nhân`,
  unitTotal: (count: number): string => `Tổng cộng: ${count} lượt tập thể`,
  awardSubtotal: (count: number, kindWord: string): string => `Cộng: ${count} ${kindWord}`,
  moneyTotal: (total: string, staff: string, units: string, unpriced: number): string =>
    `Tổng số tiền thưởng theo danh sách: ${total} đồng (cá nhân: ${staff} đồng; tập thể: ${units} đồng)` +
    (unpriced > 0 ? `, chưa gồm ${unpriced} lượt khen thưởng chưa xác định được mức tiền.` : '.'),
  fileTitle: (phaseName: string): string => `Đề nghị khen thưởng ${phaseName}`,
};

/** `Đủ điều kiện đề nghị cấp trên` (src/documents/above-school.ts). */
export const aboveSchool = {
  sheet: 'Đủ điều kiện cấp trên',
  title: 'DANH SÁCH ĐỦ ĐIỀU KIỆN ĐỀ NGHỊ CẤP TRÊN',
  proposalsHeading: 'III. ĐỦ ĐIỀU KIỆN ĐỀ NGHỊ CẤP TRÊN (THEO “LỊCH SỬ”)',
  condition: (title: string, years: number, need: string): string => `${title}: ${years} năm học liên tục ${need}`,
  note: (conditions: string[]): string =>
    `Theo trang tính “Lịch sử”, các năm học liền trước năm học này (${conditions.join('; ')}). Nhà trường chỉ đề nghị, không xét các danh hiệu này; cần đối chiếu quy định hiện hành của tỉnh trước khi lập hồ sơ.`,
  titleColumn: 'Danh hiệu, hình thức đề nghị',
  yearsColumn: 'Căn cứ (năm học liên tục)',
  years: (need: string, years: string[]): string => `${need}: ${years.join(', ')}`,
  none: 'Chưa có ai đủ số năm liên tục theo “Lịch sử”',
};

export const problem = {
  unknownRegistrant: (id: string): string =>
    `Mã ${id} không có trong trang tính “Cán bộ” hay “Đơn vị”: dòng đăng ký không được đưa vào báo cáo. Hãy sửa mã, hoặc thêm người (đơn vị) đó`,
  inactiveRegistrant: (id: string, name: string): string =>
    `${name} (${id}) không còn công tác: dòng đăng ký không được đưa vào báo cáo. Hãy xóa dòng đăng ký, hoặc ghi “Có” ở cột “Đang công tác” (trang tính “Cán bộ”) nếu người này còn công tác`,
  unknownCatalogCode: (code: string): string =>
    `Mã danh mục ${code} không có trong trang tính “Danh mục”: không được đưa vào báo cáo. Hãy thêm ${code} vào “Danh mục”, hoặc sửa mã đăng ký`,
  wrongKind: (code: string, kindWord: string): string =>
    `Mã danh mục ${code} dành cho ${kindWord}: không được đưa vào báo cáo. Hãy sửa mã đăng ký, hoặc cột “Đối tượng” của mã này ở trang tính “Danh mục”`,
  missingRecipient:
    'Chưa nhập “Nơi nhận báo cáo” ở trang tính “Cấu hình”: văn bản để trống nơi nhận. Hãy nhập nơi nhận, ví dụ: UBND phường …',
  missingPrincipal: 'Chưa nhập “Hiệu trưởng” ở trang tính “Cấu hình”: văn bản để trống tên người ký. Hãy nhập họ và tên Hiệu trưởng',
  unknownPhase: (id: string): string =>
    `Không có đợt thi đua “${id}” ở trang tính “Đợt thi đua”: hãy thêm đợt này, hoặc chọn một đợt có ở đó`,
  pending: (award: string, count: number): string =>
    `${award}: ${count} người chờ Hội đồng quyết định (đồng hạng tại ngưỡng chỉ tiêu). Hãy để Hội đồng quyết định (bỏ phiếu ở trang tính “Phiếu”) rồi xuất lại`,
  openSeats: (award: string, open: number): string =>
    `${award}: còn ${open} suất chưa sử dụng. Hãy xem lại chỉ tiêu và điều kiện ở trang tính “Khen thưởng” nếu việc này không như kế hoạch`,
};

export const files = {
  /** `{Năm học} - {Tên trường} - {title}` */
  name: (year: string, school: string, title: string): string => [year, school, title].filter((p) => p.trim() !== '').join(' - '),
  spreadsheetLabel: 'Bảng tính',
  pdfLabel: 'Tệp PDF',
  xlsxLabel: 'Tệp Excel',
};

/** A request for a document by id (server API, CLI): what was asked for and what to do instead. */
export const documentRequest = {
  unknownDocument: (id: string, known: string): string => `Không có văn bản “${id}”. Các văn bản xuất được: ${known}.`,
  phaseNeeded: (label: string): string => `Văn bản “${label}” lập theo đợt: hãy chọn một đợt thi đua.`,
  unknownPhase: (id: string, known: string): string =>
    known === ''
      ? `Không có đợt thi đua “${id}”: trang tính Đợt thi đua chưa có đợt nào. Hãy thêm đợt rồi xuất lại.`
      : `Không có đợt thi đua “${id}”. Các đợt hiện có: ${known}.`,
};
