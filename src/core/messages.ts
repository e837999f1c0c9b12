// Every Vietnamese text of the scoring and award engine (SPEC §3–§5): reasons given to participants and problems.
import { formatNumberVi } from './numbers';
import type { DisciplineLevel, Kind, Rating } from './model';
import { SHEET } from './sheet-names';

const RATING_NAMES: Record<Rating, string> = { 1: 'KHTNV', 2: 'HTNV', 3: 'HTTNV', 4: 'HTXSNV' };
const DISCIPLINE_NAMES = ['', 'Khiển trách', 'Cảnh cáo', 'Hạ bậc lương', 'Giáng chức', 'Cách chức', 'Buộc thôi việc'];

/** A number as written in a rule (80 → '80', 12.5 → '12,5'). */
const n = (x: number): string => formatNumberVi(x);
/** A number as shown with the configured decimals (78.5, 2 → '78,50'). */
const d = (x: number, decimals: number): string => formatNumberVi(x, decimals);

const KIND_LABEL: Record<Kind, string> = { staff: 'Cá nhân', unit: 'Tập thể' };

export function ratingName(rating: Rating): string {
  return RATING_NAMES[rating];
}

export function disciplineName(level: DisciplineLevel, text = ''): string {
  return level >= 1 && level <= 6 ? DISCIPLINE_NAMES[level] : text || 'kỷ luật khác';
}

/** Reasons a participant did not receive an award, besides its conditions' (conditions/messages.ts). */
export const reason = {
  missingScore: (): string => 'Thiếu điểm',
  sameGroup: (held: string, group: string): string => `Đã nhận ${held} (cùng nhóm loại trừ ${group})`,
  zeroQuota: (): string => 'Chỉ tiêu bằng 0',
  afterQuota: (taken: number, quota: number): string => `Xếp sau chỉ tiêu (${taken}/${quota})`,
  afterUnitQuota: (unitType: string, taken: number, seats: number): string => `Xếp sau chỉ tiêu của ${unitType} (${taken}/${seats})`,
  tieFewerVotes: (mine: number, better: number): string => `Bằng điểm tại ranh giới chỉ tiêu, ít phiếu đồng ý hơn (${mine} < ${better})`,
  tieWomenFirst: (): string => 'Bằng điểm và phiếu tại ranh giới chỉ tiêu, ưu tiên nữ',
  pending: (): string => 'Chờ Hội đồng quyết định',
  noSeatsWithoutStaff: (): string => 'Không có cán bộ đang công tác để phân bổ chỉ tiêu',
};

/** The word for a unit in `Xếp sau chỉ tiêu của tổ`: its `Loại` in lower case, `tổ` when blank. */
export function unitWord(type: string): string {
  const word = type.normalize('NFC').trim().toLocaleLowerCase('vi');
  return word || 'tổ';
}

/** Problems (errors and warnings) the engine reports. */
export const problem = {
  unknownPhase: (id: string): string => `Không có đợt thi đua “${id}”. Hãy dùng một mã đợt ở trang tính “Đợt thi đua”`,
  markAbove: (value: number, max: number): string =>
    `điểm ${n(value)} vượt quá tối đa ${n(max)} nên không được tính. Hãy sửa thành một điểm không quá ${n(max)}`,
  markBelow: (value: number, min: number): string =>
    `điểm ${n(value)} thấp hơn tối thiểu ${n(min)} nên không được tính. Hãy sửa thành một điểm không thấp hơn ${n(min)}`,
  unknownMember: (id: string): string =>
    `thành viên “${id}” không có trong Hội đồng; phiếu chấm bị bỏ qua. Hãy thêm thành viên vào trang tính “Hội đồng” hoặc sửa mã`,
  unknownParticipant: (id: string, kind: Kind): string =>
    `mã “${id}” không có trong danh sách ${kind === 'staff' ? SHEET.staff : SHEET.units}; dòng bị bỏ qua. Hãy sửa mã hoặc thêm vào trang tính “${kind === 'staff' ? SHEET.staff : SHEET.units}”`,
  duplicateRow: (id: string): string => `mã “${id}” lặp lại trên phiếu chấm; dòng bị bỏ qua. Hãy xoá dòng lặp`,
  noPositiveMax: (kind: Kind, phase: string): string =>
    `Tiêu chí ${KIND_LABEL[kind]} của đợt ${phase}: tổng trọng số × điểm tối đa ≤ 0 (chỉ có điểm trừ); không tính được điểm. Hãy thêm tiêu chí có điểm tối đa dương ở trang tính “Tiêu chí”`,
  nonFiniteScore: (kind: Kind, phase: string): string =>
    `Điểm ${KIND_LABEL[kind]} của đợt ${phase} vượt quá khả năng tính (số quá lớn ở trọng số, điểm tối đa hoặc điểm chấm); không tính được điểm — hãy sửa các số quá lớn ở trang tính “Tiêu chí”, “Đợt thi đua” hoặc phiếu chấm`,
  noYearPhases: (kind: Kind, phase: string): string =>
    `Đợt ${phase} (Cả năm) không có phiếu chấm ${KIND_LABEL[kind]} và không có đợt nào có trọng số cả năm dương. Hãy ghi trọng số cả năm cho các đợt ở trang tính “Đợt thi đua”`,
  awardNeedsScores: (code: string, kind: Kind, phase: string): string =>
    `Khen thưởng “${code}” xét theo điểm nhưng đợt ${phase} không có tiêu chí ${KIND_LABEL[kind]}. Hãy thêm tiêu chí ở trang tính “Tiêu chí” hoặc đổi cách xét`,
  duplicateAward: (code: string, phase: string): string =>
    `Khen thưởng “${code}” lặp lại trong đợt ${phase}; dòng bị bỏ qua. Hãy xoá dòng lặp ở trang tính “Khen thưởng”`,
  requiredLater: (code: string, needed: string): string =>
    `Khen thưởng “${code}” cần “${needed}”, nhưng “${needed}” được xét sau. Hãy đưa “${needed}” lên trước ở cột “Thứ tự xét”`,
  requiredUnknown: (code: string, needed: string, phase: string): string =>
    `Khen thưởng “${code}” cần “${needed}”, nhưng đợt ${phase} không có khen thưởng này. Hãy thêm nó vào đợt hoặc sửa mã`,
  baseLater: (code: string, base: string): string =>
    `Khen thưởng “${code}” tính tỷ lệ trên “${base}”, nhưng “${base}” được xét sau; cơ sở = 0. Hãy đưa “${base}” lên trước ở cột “Thứ tự xét”`,
  baseUnknown: (code: string, base: string, phase: string): string =>
    `Khen thưởng “${code}” tính tỷ lệ trên “${base}”, nhưng đợt ${phase} không có khen thưởng này; cơ sở = 0. Hãy thêm nó vào đợt hoặc sửa mã`,
  splitIgnored: (code: string): string =>
    `Khen thưởng “${code}”: chỉ phân bổ theo đơn vị được khen thưởng cá nhân có chỉ tiêu; bỏ qua phân bổ. Hãy ghi chỉ tiêu hoặc bỏ phân bổ`,
  targetMissed: (code: string, target: number, got: number, base: number, percent: number, decimals: number): string =>
    `Khen thưởng “${code}”: chưa đạt chỉ tiêu phấn đấu ${n(target)}% (${got}/${base}, ${d(percent, decimals)}%). Hãy để Hội đồng xem lại trước khi gửi`,
  pendingSeats: (code: string, pending: number, open: number): string =>
    `Khen thưởng “${code}”: ${pending} người bằng điểm chờ Hội đồng quyết định, ${open} suất còn trống. Hãy để Hội đồng biểu quyết chọn người`,
};
