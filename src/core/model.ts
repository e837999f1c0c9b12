// The domain model: what the workbook layer produces from the sheets (SPEC §2) and the engine consumes.
// Codes are kept as the user typed them (trimmed); `key()` in codes.ts gives the case-insensitive comparison key.
import type { ConditionFields } from './conditions/registry';

/** Where a value came from, so that a problem can point at the cell. `row` and `col` are 1-based. */
export interface CellRef {
  sheet: string;
  row?: number;
  col?: number;
}

export type Severity = 'error' | 'warning';

/** An input or configuration problem. The engine and the workbook layer report these; they never throw on bad data. */
export interface Problem {
  severity: Severity;
  where: CellRef | null;
  /** Vietnamese, user-facing, with the numbers (`điểm 12 vượt quá tối đa 10`). */
  message: string;
}

export type Kind = 'staff' | 'unit';
export type Aggregation = 'mean' | 'trimmed' | 'median';
export type ApportionMethod = 'hamilton' | 'dhondt' | 'sainte-lague';

export interface Config {
  schoolName: string;
  managingBody: string;
  schoolCode: string;
  place: string;
  schoolYear: string;
  principal: string;
  recipient: string;
  recipientEmail: string;
  driveFolder: string;
  aggregation: Aggregation;
  decimals: number;
  apportionment: ApportionMethod;
  excludeSelfMarks: boolean;
  womenPriority: boolean;
  /** `Chuẩn hóa điểm theo thành viên` (default Không): decisions use each member's marks normalised (fairness/normalise.ts) */
  normaliseMarks: boolean;
  /** `Ngưỡng chấm dễ (độ lệch chuẩn)`: a member this many SDs above the rest of the council is flagged `dễ` (1,5) */
  lenientSd: number;
  /** `Ngưỡng chấm khắt khe (độ lệch chuẩn)`: this many SDs below is `khắt khe` (1,5; written positive) */
  strictSd: number;
  /** `Ngưỡng tương quan khác biệt`: Spearman ρ with the rest below this is `khác biệt` (0,3) */
  divergentRho: number;
  /** `Trưởng ban kiểm phiếu`, `Thư ký kiểm phiếu`: the ballot committee named in the ballot count ('' = blank line) */
  ballotChief?: string;
  ballotSecretary?: string;
  /** `Căn cứ quyết định`: the decision's legal bases, one per line; empty = the law's usual lines */
  decisionBases?: string[];
  /** `Lương cơ sở` in đồng */
  baseSalary?: number;
  /** `Hệ số …`: reward coefficients × lương cơ sở per kind of title */
  rewardCoefficients?: RewardCoefficients;
  /** `Làm tròn tiền thưởng lên (đồng)`: amounts are rounded up to a multiple of this (0 = not rounded) */
  rewardRounding?: number;
  /** `Tỷ lệ HTXSNV tối đa (%)`: of the staff rated HTTNV or better */
  excellentCapPercent?: number;
}

/** What each kind of title is paid, as a multiple of lương cơ sở. */
export interface RewardCoefficients {
  cstdcs: number;
  ldtt: number;
  unitExcellent: number;
  unitAdvanced: number;
  staffCertificate: number;
  unitCertificate: number;
}

export interface Unit {
  id: string;
  name: string;
  type: string;
  /** Row on `Đơn vị` (1-based), for problems and for the "row order" tie-break. */
  row: number;
}

/** Ratings, higher is better: HTXSNV 4 > HTTNV 3 > HTNV 2 > KHTNV 1. */
export type Rating = 1 | 2 | 3 | 4;

/**
 * Discipline levels: 0 none, 1 Khiển trách < 2 Cảnh cáo < 3 Hạ bậc lương < 4 Giáng chức < 5 Cách chức
 * < 6 Buộc thôi việc; 7 = any other text (above every level, SPEC §8).
 */
export type DisciplineLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface Staff {
  id: string;
  name: string;
  unitId: string;
  position: string;
  gender: string;
  /** ISO yyyy-mm-dd or '' */
  birthDate: string;
  email: string;
  monthsWorked: number;
  discipline: DisciplineLevel;
  /** The discipline as written ('' when none), for reasons and exports. */
  disciplineText: string;
  rating: Rating | null;
  initiative: boolean;
  active: boolean;
  row: number;
}

export interface Member {
  id: string;
  name: string;
  email: string;
  /** `Mã CB` when the member is also staff, else ''. */
  staffId: string;
  role: string;
  row: number;
  /** `Có mặt` at the phase's meeting: false for `Không`; blank or no column = present */
  present?: boolean;
}

export interface Phase {
  id: string;
  name: string;
  theme: string;
  /** ISO yyyy-mm-dd or '' */
  from: string;
  to: string;
  type: 'phase' | 'year';
  yearWeight: number;
  row: number;
  /** `Ngày họp` (ISO yyyy-mm-dd or ''), `Địa điểm họp` */
  meetingDate?: string;
  meetingPlace?: string;
}

export interface Criterion {
  id: string;
  text: string;
  kind: Kind;
  group: string;
  min: number;
  max: number;
  weight: number;
  /** Phase codes it applies to; null = every phase. */
  phases: string[] | null;
  /** Tie-break order 1, 2, …; null = not used. */
  tieBreak: number | null;
  row: number;
}

export interface Band {
  name: string;
  from: number;
  row: number;
}

export interface CatalogEntry {
  id: string;
  name: string;
  type: 'title' | 'form';
  kind: Kind;
  row: number;
}

/** An award of a phase on `Khen thưởng`, without its conditions (SPEC §4). */
export interface AwardBase {
  /** Row on `Khen thưởng` (1-based); with `order`, fixes processing order. */
  row: number;
  phaseId: string;
  code: string;
  name: string;
  kind: Kind;
  method: 'quota' | 'standard';
  /** `Số lượng`; null = blank. */
  count: number | null;
  /** `Tỷ lệ tối đa (%)` as a percentage (15 = 15%); null = no cap. */
  capPercent: number | null;
  /** `Tính tỷ lệ trên`: null = head-count of the kind (`Tổng số`), else an award code of this phase. */
  capBase: string | null;
  targetPercent: number | null;
  splitByUnit: boolean;
  /** `Nhóm loại trừ`: at most one award of the group per participant (checked after every condition). */
  exclusionGroup: string | null;
  order: number | null;
  /**
   * Where the rule was read: the sheet as named in the workbook, and the 1-based column of each field's cell (keyed
   * by field name: AwardBase's, and each condition column's `field`).
   */
  source?: { sheet: string; cols: Readonly<Record<string, number>> };
}

/** An award with its conditions: the condition fields come from the registry (src/core/conditions/registry.ts). */
export interface AwardRule extends AwardBase, ConditionFields {}

/** A field of an award rule (not `row` nor `source`). */
export type AwardField = Exclude<keyof AwardRule, 'row' | 'source'>;

export interface Registration {
  /** staff or unit code */
  id: string;
  codes: string[];
  initiativeName: string;
  note: string;
  row: number;
  /** the sheet as named in the workbook, and the 1-based columns of `Mã` and `Mã danh mục` */
  source?: { sheet: string; idCol: number; codesCol: number };
}

/**
 * One score card sheet, stored compactly: `values[r * criterionIds.length + c]` is the mark of participant r on
 * criterion c; NaN = blank (not scored). Cells that were not numbers are reported by the workbook layer and
 * stored as NaN. Range checks against [min, max] are the engine's (it reports them with `cellOf`).
 */
export interface ScoreCard {
  sheet: string;
  phaseId: string;
  memberId: string;
  kind: Kind;
  participantIds: string[];
  criterionIds: string[];
  values: Float64Array;
  /** 1-based sheet row of participant r */
  rows: number[];
  /** 1-based sheet column of criterion c */
  cols: number[];
}

export interface VoteRow {
  participantId: string;
  awardCode: string;
  /** number of `Đ` cells in the row */
  agree: number;
  row: number;
  /** per member column of the sheet (same order as VoteSheet.members): what the cell holds */
  marks?: VoteMark[];
}

/** A vote cell: `Đ`, `K`, blank, or anything else (an invalid ballot for that award). */
export type VoteMark = 'agree' | 'disagree' | 'blank' | 'invalid';

export interface VoteSheet {
  sheet: string;
  phaseId: string;
  rows: VoteRow[];
  /** the member columns read, in sheet order: member id and 1-based column */
  members?: { memberId: string; col: number }[];
}

/** A row of `Lịch sử`: one person × school year × title (title '' = the year's rating only). */
export interface HistoryRow {
  id: string;
  name: string;
  /** ISO yyyy-mm-dd or '' */
  birthDate: string;
  year: string;
  title: string;
  /** 'HTXSNV', 'HTTNV', 'HTNV', 'KHTNV' or '' */
  rating: string;
  row: number;
}

export interface SchoolData {
  config: Config;
  units: Unit[];
  staff: Staff[];
  members: Member[];
  phases: Phase[];
  criteria: Criterion[];
  bands: Band[];
  catalog: CatalogEntry[];
  awards: AwardRule[];
  registrations: Registration[];
  cards: ScoreCard[];
  votes: VoteSheet[];
  /** `Lịch sử` (past years), when the workbook has it */
  history?: HistoryRow[];
}

export const DEFAULT_CONFIG: Config = {
  schoolName: '',
  managingBody: '',
  schoolCode: '',
  place: '',
  schoolYear: '',
  principal: '',
  recipient: '',
  recipientEmail: '',
  driveFolder: '',
  aggregation: 'mean',
  decimals: 2,
  apportionment: 'hamilton',
  excludeSelfMarks: true,
  womenPriority: true,
  normaliseMarks: false,
  lenientSd: 1.5,
  strictSd: 1.5,
  divergentRho: 0.3,
};

/** The reward coefficients of NĐ 152/2025 (as in NĐ 98/2023 Điều 53–55) [check], × lương cơ sở. */
export const DEFAULT_REWARD_COEFFICIENTS: RewardCoefficients = {
  cstdcs: 1,
  ldtt: 0.3,
  unitExcellent: 1.5,
  unitAdvanced: 0.8,
  staffCertificate: 0.3,
  unitCertificate: 0.6,
};

/** Lương cơ sở from 01/7/2024 (NĐ 73/2024/NĐ-CP) [check: a later decree may raise it]. */
export const DEFAULT_BASE_SALARY = 2_340_000;
export const DEFAULT_REWARD_ROUNDING = 1000;
export const DEFAULT_EXCELLENT_CAP_PERCENT = 20;
