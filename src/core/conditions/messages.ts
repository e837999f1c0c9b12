// Vietnamese texts of the award conditions: the reason a participant fails one in the tally (with the numbers), what
// a registration visibly misses, and the problems of reading a condition's cells.
import { formatNumberVi } from '../numbers';
import { disciplineName, ratingName } from '../messages';
import type { DisciplineLevel, Rating } from '../model';
import { SHEET } from '../sheet-names';

export const REGISTRATION_SHEET = SHEET.registrations;

/** A number as written in a rule (80 → '80', 12.5 → '12,5'). */
const n = (x: number): string => formatNumberVi(x);
/** A number as shown with the configured decimals (78.5, 2 → '78,50'). */
const d = (x: number, decimals: number): string => formatNumberVi(x, decimals);

/** Why a participant did not receive an award, per condition (the first that fails is given). */
export const reason = {
  belowFloor: (score: number, floor: number, decimals: number): string => `Điểm ${d(score, decimals)} < điểm sàn ${n(floor)}`,
  tooFewMonths: (months: number, min: number): string => `Chưa đủ ${n(min)} tháng công tác (${n(months)} tháng)`,
  disciplined: (text: string): string => `Đang bị kỷ luật (${text})`,
  noRating: (min: Rating): string => `Chưa có xếp loại viên chức (cần tối thiểu ${ratingName(min)})`,
  ratingBelow: (rating: Rating, min: Rating): string => `Xếp loại viên chức ${ratingName(rating)} thấp hơn ${ratingName(min)}`,
  noInitiative: (): string => 'Chưa có sáng kiến',
  notExcellentNorInitiative: (): string => 'Chưa đạt HTXSNV và chưa có sáng kiến',
  missingAward: (code: string): string => `Chưa đạt ${code}`,
  fewVotes: (agree: number, members: number, percent: number, min: number, decimals: number): string =>
    `Phiếu đồng ý ${agree}/${members} (${d(percent, decimals)}%) < ${n(min)}%`,
  noActiveMembers: (): string => 'Đơn vị không có cán bộ đang công tác',
  memberShare: (codes: readonly string[], holders: number, members: number, percent: number, min: number, decimals: number): string =>
    `Thành viên đạt ${codes.join(', ')}: ${holders}/${members} (${d(percent, decimals)}%) < ${n(min)}%`,
  noMemberHolds: (code: string): string => `Không có thành viên đạt ${code}`,
  memberNoRating: (name: string, min: Rating): string => `Thành viên ${name} chưa có xếp loại viên chức (cần tối thiểu ${ratingName(min)})`,
  memberRatingBelow: (name: string, rating: Rating, min: Rating): string =>
    `Thành viên ${name}: xếp loại viên chức ${ratingName(rating)} thấp hơn ${ratingName(min)}`,
  memberDisciplined: (name: string, text: string, max: DisciplineLevel): string =>
    max === 0 ? `Thành viên ${name} bị kỷ luật (${text})` : `Thành viên ${name} bị kỷ luật ${text}, vượt mức ${disciplineName(max)}`,
};

/** Why a registration visibly does not meet the conditions the law (or the school's rule) ties to the title. */
export const condition = {
  excellentOrInitiative: 'chưa được xếp loại HTXSNV và chưa có sáng kiến',
  initiative: 'chưa có sáng kiến',
  ratingBelow: (rating: string, min: string): string => `xếp loại ${rating}, cần tối thiểu ${min}`,
  tooFewMonths: (months: number, min: number): string => `mới ${n(months)} tháng công tác, cần ${n(min)} tháng`,
  disciplined: (text: string): string => `đang bị kỷ luật (${text})`,
  memberRatingBelow: (name: string, rating: string, min: string): string => `thành viên ${name} xếp loại ${rating}, cần tối thiểu ${min}`,
  memberDisciplined: (name: string, text: string): string => `thành viên ${name} bị kỷ luật (${text})`,
  /** The note written in `Ghi chú`: which title, which condition. */
  note: (title: string, why: string): string => `${title}: ${why}`,
  /** The warning before export, pointing at the `Đăng ký` row. */
  warning: (who: string, title: string, why: string): string => `${who} đăng ký ${title} nhưng ${why}. ${REGISTRATION_NEXT_STEP}`,
};

/** What the council does about a registration that misses a condition (the end of every such warning). */
export const REGISTRATION_NEXT_STEP = 'Hãy xem lại đăng ký này với người đăng ký, hoặc sửa dữ liệu nếu chưa đúng';

/** Problems in a condition's cells on `Khen thưởng`. */
export const cellProblem = {
  hasMemberWithoutAwards:
    '“Có thành viên đạt” = Có nhưng cột “Thành viên đạt” để trống. Hãy ghi mã khen thưởng vào cột “Thành viên đạt”, hoặc bỏ Có',
};
