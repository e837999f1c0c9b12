// Every Vietnamese text of the scoring and award engine (SPEC §3–§5): reasons given to participants and problems.
import { formatNumberVi } from './numbers';
import type { DisciplineLevel, Kind, Rating } from './model';

const RATING_NAMES: Record<Rating, string> = { 1: 'KHTNV', 2: 'HTNV', 3: 'HTTNV', 4: 'HTXSNV' };
const DISCIPLINE_NAMES = ['', 'Khiển trách', 'Cảnh cáo', 'Hạ bậc lương', 'Giáng chức', 'Cách chức', 'Buộc thôi việc'];

/** A number as written in a rule (80 → '80', 12.5 → '12,5'). */
const n = (x: number): string => formatNumberVi(x);
/** A number as shown with the configured decimals (78.5, 2 → '78,50'). */
const d = (x: number, decimals: number): string => formatNumberVi(x, decimals);

export const KIND_LABEL: Record<Kind, string> = { staff: 'Cá nhân', unit: 'Tập thể' };

export function ratingName(rating: Rating): string {
  return RATING_NAMES[rating];
}

export function disciplineName(level: DisciplineLevel, text = ''): string {
  return level >= 1 && level <= 6 ? DISCIPLINE_NAMES[level] : text || 'kỷ luật khác';
}

/** Reasons a participant did not receive an award: the first one that applies. */
export const reason = {
  missingScore: (): string => 'Thiếu điểm',
  belowFloor: (score: number, floor: number, decimals: number): string => `Điểm ${d(score, decimals)} < điểm sàn ${n(floor)}`,
  tooFewMonths: (months: number, min: number): string => `Chưa đủ ${n(min)} tháng công tác (${n(months)} tháng)`,
  disciplined: (text: string): string => `Đang bị kỷ luật (${text})`,
  noRating: (min: Rating): string => `Chưa có xếp loại viên chức (cần tối thiểu ${RATING_NAMES[min]})`,
  ratingBelow: (rating: Rating, min: Rating): string =>
    `Xếp loại viên chức ${RATING_NAMES[rating]} thấp hơn ${RATING_NAMES[min]}`,
  noInitiative: (): string => 'Chưa có sáng kiến',
  notExcellentNorInitiative: (): string => 'Chưa đạt HTXSNV và chưa có sáng kiến',
  missingAward: (code: string): string => `Chưa đạt ${code}`,
  fewVotes: (agree: number, members: number, percent: number, min: number, decimals: number): string =>
    `Phiếu đồng ý ${agree}/${members} (${d(percent, decimals)}%) < ${n(min)}%`,
  noActiveMembers: (): string => 'Đơn vị không có cán bộ đang công tác',
  memberShare: (codes: string[], holders: number, members: number, percent: number, min: number, decimals: number): string =>
    `Thành viên đạt ${codes.join(', ')}: ${holders}/${members} (${d(percent, decimals)}%) < ${n(min)}%`,
  noMemberHolds: (code: string): string => `Không có thành viên đạt ${code}`,
  memberNoRating: (name: string, min: Rating): string =>
    `Thành viên ${name} chưa có xếp loại viên chức (cần tối thiểu ${RATING_NAMES[min]})`,
  memberRatingBelow: (name: string, rating: Rating, min: Rating): string =>
    `Thành viên ${name}: xếp loại viên chức ${RATING_NAMES[rating]} thấp hơn ${RATING_NAMES[min]}`,
  memberDisciplined: (name: string, text: string, max: DisciplineLevel): string =>
    max === 0
      ? `Thành viên ${name} bị kỷ luật (${text})`
      : `Thành viên ${name} bị kỷ luật ${text}, vượt mức ${disciplineName(max)}`,
  sameGroup: (held: string, group: string): string => `Đã nhận ${held} (cùng nhóm loại trừ ${group})`,
  zeroQuota: (): string => 'Chỉ tiêu bằng 0',
  afterQuota: (taken: number, quota: number): string => `Xếp sau chỉ tiêu (${taken}/${quota})`,
  afterUnitQuota: (unitType: string, taken: number, seats: number): string =>
    `Xếp sau chỉ tiêu của ${unitType} (${taken}/${seats})`,
  tieFewerVotes: (mine: number, better: number): string =>
    `Bằng điểm tại ranh giới chỉ tiêu, ít phiếu đồng ý hơn (${mine} < ${better})`,
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
  unknownPhase: (id: string): string => `Không có đợt thi đua "${id}"`,
  markAbove: (value: number, max: number): string => `điểm ${n(value)} vượt quá tối đa ${n(max)}`,
  markBelow: (value: number, min: number): string => `điểm ${n(value)} thấp hơn tối thiểu ${n(min)}`,
  unknownMember: (id: string): string => `thành viên "${id}" không có trong Hội đồng; phiếu chấm bị bỏ qua`,
  unknownParticipant: (id: string, kind: Kind): string =>
    `mã "${id}" không có trong danh sách ${kind === 'staff' ? 'Cán bộ' : 'Đơn vị'}; dòng bị bỏ qua`,
  duplicateRow: (id: string): string => `mã "${id}" lặp lại trên phiếu chấm; dòng bị bỏ qua`,
  noPositiveMax: (kind: Kind, phase: string): string =>
    `Tiêu chí ${KIND_LABEL[kind]} của đợt ${phase}: tổng trọng số × điểm tối đa ≤ 0 (chỉ có điểm trừ); không tính được điểm`,
  nonFiniteScore: (kind: Kind, phase: string): string =>
    `Điểm ${KIND_LABEL[kind]} của đợt ${phase} vượt quá khả năng tính (số quá lớn ở trọng số, điểm tối đa hoặc điểm chấm); không tính được điểm — hãy sửa các số quá lớn ở trang tính Tiêu chí, Đợt thi đua hoặc phiếu chấm`,
  noYearPhases: (kind: Kind, phase: string): string =>
    `Đợt ${phase} (Cả năm) không có phiếu chấm ${KIND_LABEL[kind]} và không có đợt nào có trọng số cả năm dương`,
  awardNeedsScores: (code: string, kind: Kind, phase: string): string =>
    `Khen thưởng "${code}" xét theo điểm nhưng đợt ${phase} không có tiêu chí ${KIND_LABEL[kind]}`,
  duplicateAward: (code: string, phase: string): string => `Khen thưởng "${code}" lặp lại trong đợt ${phase}; dòng bị bỏ qua`,
  requiredLater: (code: string, needed: string): string =>
    `Khen thưởng "${code}" cần "${needed}", nhưng "${needed}" được xét sau (xem Thứ tự xét)`,
  requiredUnknown: (code: string, needed: string, phase: string): string =>
    `Khen thưởng "${code}" cần "${needed}", nhưng đợt ${phase} không có khen thưởng này`,
  baseLater: (code: string, base: string): string =>
    `Khen thưởng "${code}" tính tỷ lệ trên "${base}", nhưng "${base}" được xét sau (xem Thứ tự xét); cơ sở = 0`,
  baseUnknown: (code: string, base: string, phase: string): string =>
    `Khen thưởng "${code}" tính tỷ lệ trên "${base}", nhưng đợt ${phase} không có khen thưởng này; cơ sở = 0`,
  splitIgnored: (code: string): string =>
    `Khen thưởng "${code}": chỉ phân bổ theo đơn vị được khen thưởng cá nhân có chỉ tiêu; bỏ qua phân bổ`,
  targetMissed: (code: string, target: number, got: number, base: number, decimals: number): string =>
    `Khen thưởng "${code}": chưa đạt chỉ tiêu phấn đấu ${n(target)}% (${got}/${base}` +
    `${base > 0 ? `, ${d((100 * got) / base, decimals)}%` : ''})`,
  pendingSeats: (code: string, pending: number, open: number): string =>
    `Khen thưởng "${code}": ${pending} người bằng điểm chờ Hội đồng quyết định, ${open} suất còn trống`,
};
