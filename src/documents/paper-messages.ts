// Vietnamese texts of the council's paper trail (issue 14): ballot count, meeting minutes, submission (NĐ 152/2025
// Mẫu 01), the principal's decision with its list and money, and the certificates.
import { formatNumberVi } from '../core/numbers';
import { frame } from './messages';

/** Document symbols after `Số: …/` (Decree 30, Phụ lục III). */
export const SYMBOL = { minutes: 'BB', submission: 'TTr', decision: 'QĐ' };

export const paperSheet = {
  ballot: (phaseId: string): string => `Kiểm phiếu ${phaseId}`,
  minutes: (phaseId: string): string => `Biên bản họp ${phaseId}`,
  submission: (phaseId: string): string => `Tờ trình ${phaseId}`,
  decision: (phaseId: string): string => `Quyết định ${phaseId}`,
  certificates: (phaseId: string): string => `Giấy khen ${phaseId}`,
};

export const paperFile = {
  ballot: (phaseName: string): string => `Biên bản kiểm phiếu ${phaseName}`,
  minutes: (phaseName: string): string => `Biên bản họp xét thi đua, khen thưởng ${phaseName}`,
  submission: (phaseName: string): string => `Tờ trình đề nghị khen thưởng ${phaseName}`,
  decision: (phaseName: string): string => `Quyết định khen thưởng ${phaseName}`,
  certificates: (phaseName: string): string => `Giấy khen ${phaseName}`,
};

export const paperLabel = {
  ballot: 'Biên bản kiểm phiếu',
  minutes: 'Biên bản họp xét thi đua, khen thưởng',
  submission: 'Tờ trình đề nghị khen thưởng',
  decision: 'Quyết định khen thưởng',
  certificates: 'Giấy khen',
};

/** dd/mm/yyyy from ISO yyyy-mm-dd ('' → a dotted space to fill by hand). */
export function displayDate(iso: string): string {
  if (iso === '') return '…/…/……';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

const money = (x: number): string => formatNumberVi(x, 0).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
/** 2340000 → `2.340.000` (Vietnamese thousands separator). */
export const formatMoney = money;

export const council = {
  chairTitle: 'CHỦ TỌA',
  secretaryTitle: 'THƯ KÝ',
  ballotChiefTitle: 'TRƯỞNG BAN KIỂM PHIẾU',
  ballotSecretaryTitle: 'THƯ KÝ BAN KIỂM PHIẾU',
  signHint: '(Ký, ghi rõ họ tên)',
};

export const ballot = {
  title: 'BIÊN BẢN KIỂM PHIẾU',
  subtitle: 'Bầu chọn danh hiệu thi đua, hình thức khen thưởng',
  committee: 'Ban kiểm phiếu gồm:',
  chief: (name: string): string => `- Trưởng ban: ${name || '……………………'}`,
  secretary: (name: string): string => `- Thư ký: ${name || '……………………'}`,
  opening: (date: string, place: string): string =>
    `Hôm nay, ngày ${date}, tại ${place || '……………………'}, Ban kiểm phiếu đã tiến hành kiểm phiếu bầu chọn (bỏ phiếu kín) của Hội đồng Thi đua - Khen thưởng. Kết quả như sau:`,
  awardHeading: (index: number, name: string): string => `${index}. ${name}`,
  ballots: (issued: number, returned: number, valid: number): string =>
    `Số phiếu phát ra: ${issued}; số phiếu thu vào: ${returned}; số phiếu hợp lệ: ${valid}; số phiếu không hợp lệ: ${returned - valid}.`,
  invalidCells: (cells: string[]): string => `Phiếu không hợp lệ (ô ghi khác Đ, K hoặc để trống): ${cells.join(', ')}.`,
  threshold: (min: string): string => `Tỷ lệ đồng ý tối thiểu: ${min}% tổng số thành viên Hội đồng.`,
  noThreshold: 'Không quy định tỷ lệ phiếu tối thiểu (phiếu dùng để xét khi bằng điểm).',
  columns: { order: 'TT', name: 'Họ và tên', unit: 'Đơn vị', agree: 'Số phiếu đồng ý', percent: 'Tỷ lệ (%)', result: 'Kết quả' },
  passed: 'Đạt',
  failed: 'Không đạt',
  notRated: '—',
  none: 'Không có phiếu bầu',
  noVotes: 'Đợt này không có trang tính “Phiếu” nào: không có gì để kiểm phiếu.',
  closing: 'Biên bản kiểm phiếu được lập xong lúc …… giờ …… cùng ngày, đã đọc lại cho Hội đồng cùng nghe và thống nhất.',
};

export const minutes = {
  title: 'BIÊN BẢN',
  subtitle: 'Họp Hội đồng Thi đua - Khen thưởng',
  subject: (phaseName: string): string => `Xét thi đua, khen thưởng ${phaseName}`,
  time: (date: string): string => `I. Thời gian, địa điểm: Vào lúc …… giờ …… ngày ${date}`,
  place: (place: string): string => `Tại: ${place || '……………………………………'}`,
  attendance: 'II. Thành phần',
  chair: (name: string): string => `- Chủ trì: ${name || '……………………'}, Chủ tịch Hội đồng.`,
  secretary: (name: string): string => `- Thư ký: ${name || '……………………'}.`,
  present: (present: number, total: number): string => `- Thành viên có mặt: ${present}/${total}.`,
  absent: (names: string[]): string => (names.length === 0 ? '- Vắng: không.' : `- Vắng: ${names.join('; ')}.`),
  agenda: 'III. Nội dung',
  agendaItems: [
    '1. Thư ký báo cáo kết quả chấm điểm, tổng hợp điểm của cá nhân và tập thể.',
    '2. Hội đồng thảo luận, bỏ phiếu kín đối với các danh hiệu cần bỏ phiếu.',
    '3. Hội đồng thống nhất danh sách đề nghị khen thưởng.',
  ],
  results: 'IV. Kết quả xét',
  awardLine: (index: number, name: string, count: number, word: string): string => `${index}. ${name}: ${count} ${word}`,
  pendingLine: (count: number): string => `   Chờ Hội đồng quyết định (đồng hạng tại ngưỡng chỉ tiêu): ${count}`,
  ballotResults: 'V. Kết quả bỏ phiếu kín',
  ballotLine: (award: string, passed: number, total: number): string =>
    `- ${award}: ${passed}/${total} người đạt tỷ lệ phiếu đồng ý (chi tiết tại biên bản kiểm phiếu kèm theo).`,
  noBallot: '- Đợt này không bỏ phiếu kín.',
  attached: 'Danh sách cụ thể kèm theo biên bản này.',
  end: 'Biên bản kết thúc lúc …… giờ …… cùng ngày, đã thông qua trước Hội đồng và được các thành viên nhất trí.',
  staffWord: 'cá nhân',
  unitWord: 'tập thể',
  listTitle: 'DANH SÁCH KÈM THEO BIÊN BẢN',
  columns: { order: 'TT', award: 'Danh hiệu / hình thức', name: 'Họ và tên / Tập thể', unit: 'Đơn vị', score: 'Điểm' },
  none: 'Không có người đạt',
};

export const submission = {
  title: 'TỜ TRÌNH',
  subtitle: (phaseName: string): string => `Về việc đề nghị khen thưởng ${phaseName}`,
  to: (recipient: string): string => `Kính gửi: ${recipient || '……………………'}`,
  bases: [
    'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
    'Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;',
  ],
  minutesBasis: (phaseName: string): string => `Căn cứ biên bản họp Hội đồng Thi đua - Khen thưởng ${phaseName},`,
  request: (school: string, recipient: string, staff: number, units: number): string =>
    `${school} kính đề nghị ${recipient || '……'} xem xét, khen thưởng cho ${units} lượt tập thể và ${staff} lượt cá nhân có thành tích xuất sắc (danh sách kèm theo).`,
  money: (total: string): string => `Tổng số tiền thưởng dự kiến: ${total} đồng.`,
  closing: (school: string): string => `${school} kính trình ${'…'} xem xét, quyết định./.`,
  listTitle: 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
  columns: {
    order: 'TT',
    name: 'Họ và tên / Tập thể',
    position: 'Chức vụ, đơn vị',
    award: 'Danh hiệu / hình thức',
    amount: 'Tiền thưởng (đồng)',
  },
  none: 'Không có đề nghị vượt thẩm quyền của Hiệu trưởng',
  group: (index: number, name: string, count: number, word: string): string => `${index}. ${name}: ${count} ${word}`,
  total: 'Tổng cộng',
};

export const decision = {
  title: 'QUYẾT ĐỊNH',
  subtitle: (phaseName: string): string => `Về việc khen thưởng ${phaseName}`,
  authority: (school: string): string => `HIỆU TRƯỞNG ${school.toLocaleUpperCase('vi')}`,
  defaultBases: (phaseName: string): string[] => [
    'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
    'Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;',
    'Căn cứ Kế hoạch thi đua năm học của nhà trường;',
    `Căn cứ biên bản họp Hội đồng Thi đua - Khen thưởng ${phaseName};`,
  ],
  proposal: 'Theo đề nghị của Hội đồng Thi đua - Khen thưởng nhà trường.',
  decides: 'QUYẾT ĐỊNH:',
  article1: (staff: number, units: number, reason: string): string =>
    `Điều 1. Tặng Giấy khen cho ${units > 0 ? `${units} tập thể và ` : ''}${staff} cá nhân (có danh sách kèm theo) ${reason}.`,
  article2: (total: string): string =>
    `Điều 2. Mỗi tập thể, cá nhân được khen thưởng kèm theo tiền thưởng theo quy định; tổng số tiền thưởng: ${total} đồng, chi từ quỹ thi đua, khen thưởng của nhà trường.`,
  article3:
    'Điều 3. Quyết định có hiệu lực kể từ ngày ký. Các tổ chuyên môn, bộ phận và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
  recipients: ['- Như Điều 3;', frame.archiveItem],
  listTitle: 'DANH SÁCH KHEN THƯỞNG',
  listSubtitle: (phaseName: string): string => `(Kèm theo Quyết định khen thưởng ${phaseName})`,
  columns: { order: 'TT', name: 'Họ và tên / Tập thể', unit: 'Đơn vị', award: 'Hình thức', amount: 'Tiền thưởng (đồng)' },
  none: 'Không có khen thưởng thuộc thẩm quyền của Hiệu trưởng',
  total: 'Tổng cộng',
};

export const certificate = {
  national: frame.nationalName,
  motto: frame.motto,
  authority: (school: string): string => `HIỆU TRƯỞNG ${school.toLocaleUpperCase('vi')}`,
  gives: 'TẶNG',
  title: 'GIẤY KHEN',
  person: (name: string, female: boolean | null): string => `${female === null ? '' : female ? 'Bà ' : 'Ông '}${name}`,
  unit: (unit: string): string => (unit ? `Đơn vị: ${unit}` : ''),
  /** the year's review: `năm học 2025-2026`; a phase: its name in quotes */
  reason: (phaseName: string, year: string | null): string =>
    `Đã có thành tích xuất sắc trong ${year !== null ? frame.schoolYear(year).toLocaleLowerCase('vi') : `đợt thi đua “${phaseName}”`}`,
  award: (name: string): string => `(${name})`,
  decisionLine: (symbol: string, schoolCode: string): string => `Số QĐ:        /${symbol}${schoolCode ? `-${schoolCode}` : ''}`,
  signature: 'HIỆU TRƯỞNG',
  none: 'Không có người được tặng giấy khen trong đợt này',
};

export const paperProblem = {
  noBallots: (phaseId: string): string =>
    `Đợt ${phaseId} không có trang tính “Phiếu ${phaseId}”: biên bản kiểm phiếu để trống. Hãy tạo trang tính đó nếu Hội đồng có bỏ phiếu trong đợt này`,
  invalidBallot: (member: string, award: string): string =>
    `Phiếu của ${member} cho ${award} không hợp lệ (ô ghi khác Đ, K): hãy sửa ô này, hoặc ghi nhận phiếu không hợp lệ trong biên bản`,
  noMeetingDate: (phaseId: string): string =>
    `Chưa nhập “Ngày họp” của đợt ${phaseId} (trang tính “Đợt thi đua”): biên bản để trống ngày. Hãy nhập ngày họp, hoặc ghi tay vào biên bản`,
  noChair:
    'Trang tính “Hội đồng” không có ai giữ vai trò Chủ tịch: biên bản ghi tên Hiệu trưởng làm chủ trì. Hãy ghi “Chủ tịch Hội đồng” ở cột “Vai trò” của người chủ trì nếu là người khác',
  noSecretary:
    'Trang tính “Hội đồng” không có ai giữ vai trò Thư ký: biên bản để trống tên thư ký. Hãy ghi “Thư ký” ở cột “Vai trò” của người đó, hoặc ghi tay vào biên bản',
  pendingLeftOut: (award: string, count: number): string =>
    `${award}: ${count} người chờ Hội đồng quyết định không có trong văn bản. Hãy để Hội đồng quyết định rồi xuất lại`,
  noRewardTitle: (award: string): string =>
    `${award}: không xác định được mức tiền thưởng theo luật nên để trống. Hãy ghi tay số tiền nếu có; nếu đây là giấy khen, hãy ghi rõ “Giấy khen” trong tên khen thưởng (trang tính “Khen thưởng”)`,
  outsideAuthority: (award: string): string =>
    `${award} thuộc thẩm quyền cấp trên: có trong tờ trình, không có trong quyết định của Hiệu trưởng. Hãy gửi tờ trình cho cấp trên xét`,
};
