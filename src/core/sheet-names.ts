// The names of the workbook's sheets (SPEC §2): the one place they are spelled. Core may import this; the
// workbook layer matches them like headers.

export const SHEET = {
  config: 'Cấu hình',
  units: 'Đơn vị',
  staff: 'Cán bộ',
  members: 'Hội đồng',
  phases: 'Đợt thi đua',
  criteria: 'Tiêu chí',
  bands: 'Xếp loại',
  catalog: 'Danh mục',
  awards: 'Khen thưởng',
  registrations: 'Đăng ký',
  history: 'Lịch sử',
  log: 'Nhật ký',
  summary: 'Tổng hợp đăng ký',
} as const;

const CARD_PREFIX = 'Chấm';
const UNIT_CARD_MARK = 'TT';
const VOTE_PREFIX = 'Phiếu';
const RESULT_PREFIX = 'Kết quả';
const PROPOSAL_PREFIX = 'Đề nghị';

export const SHEET_PREFIX = {
  card: CARD_PREFIX,
  unitCardMark: UNIT_CARD_MARK,
  vote: VOTE_PREFIX,
  result: RESULT_PREFIX,
  proposal: PROPOSAL_PREFIX,
} as const;

export function cardSheetName(phaseId: string, memberId: string, kind: 'staff' | 'unit'): string {
  return kind === 'unit' ? `${CARD_PREFIX} ${UNIT_CARD_MARK} ${phaseId} ${memberId}` : `${CARD_PREFIX} ${phaseId} ${memberId}`;
}

export function voteSheetName(phaseId: string): string {
  return `${VOTE_PREFIX} ${phaseId}`;
}

export function resultSheetName(phaseId: string): string {
  return `${RESULT_PREFIX} ${phaseId}`;
}

const FAIRNESS_PREFIX = 'Thống kê chấm';

/** `Thống kê chấm {đợt}`: the council's statistics of a phase (written by the tool, never read back). */
export function fairnessSheetName(phaseId: string): string {
  return `${FAIRNESS_PREFIX} ${phaseId}`;
}
