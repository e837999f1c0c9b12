// What one award condition is (SPEC §4, §8 Awards): the `Khen thưởng` columns it reads, how it reads them, the reason
// it gives in the tally, and what it flags at registration. The built-in conditions are in built-in.ts; the
// registry (registry.ts) derives the award rule's fields, the sheet's columns and every check from them.
import type { AwardBase, AwardRule, DisciplineLevel, HistoryRow, Kind, Rating, Staff } from '../model';
import type { Candidate, EligibilityContext } from '../eligibility';

/** How a column's cells are typed (the workbook's value kinds that conditions use). */
type ConditionValueKind = 'number' | 'integer' | 'percent' | 'boolean' | 'text' | 'list';

/** One `Khen thưởng` column of a condition; the workbook layer turns it into its column spec. */
export interface ConditionColumn<F extends string = string> {
  /** the award rule field this column fills */
  field: F;
  header: string;
  kind: ConditionValueKind;
  /** Vietnamese note for the header cell: what goes there */
  note: string;
  /** the cells name award codes of the same phase (each must exist there) */
  namesAwards?: boolean;
  choices?: readonly string[];
  min?: number;
  max?: number;
  width?: number;
}

/**
 * The cells of one `Khen thưởng` row, as a condition reads them. Each method reads the cell under `header` (blank or
 * absent column = null, false, '' or []); a bad cell is reported at that cell and read as blank.
 */
export interface ConditionCells {
  number(header: string): number | null;
  integer(header: string): number | null;
  /** `15` or a cell formatted as a percentage holding 0.15 both read 15 */
  percent(header: string): number | null;
  boolean(header: string): boolean;
  /** `Có`/`Không` when the cell reads as one (blank = Không); null when it holds something else */
  flag(header: string): boolean | null;
  text(header: string): string;
  /** codes of awards of the same phase, separated by `,` (each checked to exist in the phase) */
  awardCodes(header: string): string[];
  /** HTXSNV … KHTNV (or the long forms) */
  rating(header: string): Rating | null;
  /** `Không` = 0, a level name = its level */
  discipline(header: string): DisciplineLevel | null;
  /** Reports a problem at the cell under `header`. */
  error(header: string, message: string): void;
}

/** A participant at registration time (start of the year): its current record, and what it plans. */
export interface Registrant {
  kind: Kind;
  /** the staff record (staff only) */
  staff: Staff | undefined;
  /** the unit's active staff (units only) */
  members: readonly Staff[];
  /** has an initiative, or names one on a `Đăng ký` row (planned) */
  hasInitiative: boolean;
  /** this school year, the person's `Lịch sử` rows, and a title's name from its code (issue 16) */
  past?: { schoolYear: string; history: readonly HistoryRow[]; titleName: (code: string) => string | undefined };
}

/** Award codes a condition names, and the field they were read from (to point at its cell). */
interface AwardReference {
  field: string;
  codes: readonly string[];
}

/** The definition of a condition whose rule fields are `V` (e.g. `{ minMonths: number | null }`). */
export interface ConditionDef<V extends object> {
  /** whom it applies to; null = staff and units. A condition of the other kind is ignored (SPEC §8). */
  kind: Kind | null;
  /**
   * Where its reason comes in the tally's first failure: score 10, staff conditions 20–50, required awards 60,
   * votes 70, unit conditions 80–100; the exclusion group is always last.
   */
  checkOrder: number;
  /** its `Khen thưởng` columns, in sheet order */
  columns: readonly ConditionColumn<keyof V & string>[];
  /** its fields when its columns are blank: no condition */
  blank: V;
  /** its fields from a `Khen thưởng` row */
  read(cells: ConditionCells): V;
  /** the reason `c` fails it in the tally (with the numbers), or null; `rule` also has the award's code and kind */
  check(rule: V & AwardBase, c: Candidate, ctx: EligibilityContext): string | null;
  /** the award codes it names: each must be processed earlier in the phase */
  references?(rule: V): AwardReference[];
  /**
   * Every visible miss at registration (`Ghi chú` of the summary, warnings before export), or null when the
   * condition cannot be judged at registration (scores, votes, awards of the year).
   */
  registration: ((rule: V, r: Registrant) => string[]) | null;
}

/** A condition of the registry: its definition with the rule's type erased (rules are plain AwardRule objects). */
export interface Condition<V extends object = object> {
  /** its first header, to name it */
  readonly name: string;
  readonly kind: Kind | null;
  readonly checkOrder: number;
  readonly columns: readonly ConditionColumn[];
  readonly blank: V;
  read(cells: ConditionCells): V;
  check(rule: AwardRule, c: Candidate, ctx: EligibilityContext): string | null;
  references(rule: AwardRule): AwardReference[];
  /** null when not judged at registration; `values` is a rule, or the law's conditions of a title */
  registration: ((values: object, r: Registrant) => string[]) | null;
}

/**
 * Builds a registry entry. A rule read from `Khen thưởng` holds every field of every registered condition; a rule or
 * a set of values built in code may lack a condition added later, which then reads as blank (no condition).
 */
export function condition<V extends object>(def: ConditionDef<V>): Condition<V> {
  const fields = Object.keys(def.blank);
  const valuesOf = <T extends object>(values: T): V & T => {
    // The fields are V's by construction (see above); a value without them is completed from the blank.
    if (fields.every((f) => f in values)) return values as V & T;
    return { ...def.blank, ...values };
  };
  const registration = def.registration;
  return {
    name: def.columns[0]?.header ?? fields.join(', '),
    kind: def.kind,
    checkOrder: def.checkOrder,
    columns: def.columns,
    blank: def.blank,
    read: (cells) => def.read(cells),
    check: (rule, c, ctx) => def.check(valuesOf(rule), c, ctx),
    references: (rule) => def.references?.(valuesOf(rule)) ?? [],
    registration: registration === null ? null : (values, r) => registration(valuesOf(values), r),
  };
}
