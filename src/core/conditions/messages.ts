// Vietnamese texts of the registration checks: why a registration visibly misses a condition of its title.
import { formatNumberVi } from '../numbers';
import { SHEET } from '../sheet-names';

export const REGISTRATION_SHEET = SHEET.registrations;

const num = (x: number): string => formatNumberVi(x);

/** Why a registration visibly does not meet the conditions the law (or the school's rule) ties to the title. */
export const condition = {
  excellentOrInitiative: 'chưa được xếp loại HTXSNV và chưa có sáng kiến',
  initiative: 'chưa có sáng kiến',
  ratingBelow: (rating: string, min: string): string => `xếp loại ${rating}, cần tối thiểu ${min}`,
  tooFewMonths: (months: number, min: number): string => `mới ${num(months)} tháng công tác, cần ${num(min)} tháng`,
  disciplined: (text: string): string => `đang bị kỷ luật (${text})`,
  memberRatingBelow: (name: string, rating: string, min: string): string =>
    `thành viên ${name} xếp loại ${rating}, cần tối thiểu ${min}`,
  memberDisciplined: (name: string, text: string): string => `thành viên ${name} bị kỷ luật (${text})`,
  /** The note written in `Ghi chú`: which title, which condition. */
  note: (title: string, why: string): string => `${title}: ${why}`,
  /** The warning before export, pointing at the `Đăng ký` row. */
  warning: (who: string, title: string, why: string): string => `${who} đăng ký ${title} nhưng ${why}`,
};

