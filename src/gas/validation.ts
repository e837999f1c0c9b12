// Data-validation rules and number formats for the columns of SPEC §2 (set-up, score cards, vote sheets).
import type { ColumnSpec, ParamSpec, RefKind } from '../workbook/schema';
import { BOOLEAN_CHOICES } from '../workbook/schema';
import { MSG } from './messages';
import { SHEET } from '../core/sheet-names';

type Rule = GoogleAppsScript.Spreadsheet.DataValidation;
type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Where the codes a reference points at live: sheet and header of the code column. */
export const REF_TARGETS: Partial<Record<Exclude<RefKind, null>, [string, string]>> = {
  unit: [SHEET.units, 'Mã đơn vị'],
  staff: [SHEET.staff, 'Mã CB'],
  member: [SHEET.members, 'Mã thành viên'],
  phase: [SHEET.phases, 'Mã đợt'],
  criterion: [SHEET.criteria, 'Mã tiêu chí'],
  award: [SHEET.awards, 'Mã khen thưởng'],
  catalog: [SHEET.catalog, 'Mã'],
};

type Spec = Pick<ColumnSpec, 'kind' | 'choices' | 'min' | 'max'> & { ref?: RefKind };

/**
 * The rule for a column (or a `Cấu hình` parameter), or null when nothing useful can be checked. Rules only warn
 * (allowInvalid): the reader accepts more spellings than a drop-down can list (`x`, `✓`, other case).
 * `refRange` gives the code column a reference points at.
 */
export function ruleFor(app: App, spec: Spec | ParamSpec, refRange: (ref: RefKind) => Range | null): Rule | null {
  const builder = app.newDataValidation();
  const ref = 'ref' in spec ? (spec.ref ?? null) : null;
  let help: string;
  if (spec.choices && spec.choices.length > 0) {
    builder.requireValueInList(spec.choices, true);
    help = MSG.choiceHelp(spec.choices);
  } else if (spec.kind === 'boolean') {
    builder.requireValueInList(BOOLEAN_CHOICES, true);
    help = MSG.choiceHelp(BOOLEAN_CHOICES);
  } else if (spec.kind === 'code' && ref && refRange(ref)) {
    builder.requireValueInRange(refRange(ref) as Range, true);
    help = MSG.codeHelp(REF_TARGETS[ref]?.[0] ?? '');
  } else if (
    (spec.kind === 'number' || spec.kind === 'integer' || spec.kind === 'percent') &&
    (spec.min !== undefined || spec.max !== undefined)
  ) {
    if (spec.min !== undefined && spec.max !== undefined) builder.requireNumberBetween(spec.min, spec.max);
    else if (spec.min !== undefined) builder.requireNumberGreaterThanOrEqualTo(spec.min);
    else builder.requireNumberLessThanOrEqualTo(spec.max as number);
    help = MSG.numberHelp(spec.min, spec.max);
  } else if (spec.kind === 'date') {
    builder.requireDate();
    help = MSG.dateHelp;
  } else {
    return null;
  }
  return builder.setAllowInvalid(true).setHelpText(help).build();
}

/** A mark on a score card: a number in [min, max]; anything else is rejected at entry. */
export function markRule(app: App, min: number, max: number): Rule {
  return app.newDataValidation().requireNumberBetween(min, max).setAllowInvalid(false).setHelpText(MSG.markHelp(min, max)).build();
}

export function voteRule(app: App): Rule {
  return app.newDataValidation().requireValueInList(['Đ', 'K'], true).setAllowInvalid(false).setHelpText(MSG.voteHelp).build();
}

/** The number format a column's data cells get, or null to leave Sheets' automatic format. */
export function formatFor(spec: Pick<ColumnSpec, 'kind'>): string | null {
  switch (spec.kind) {
    case 'code':
    case 'list':
      return '@'; // codes such as 001 or lists such as 1,2 stay text
    case 'date':
      return 'dd/mm/yyyy';
    case 'integer':
      return '0';
    default:
      return null;
  }
}

/** Runs of consecutive column numbers: [[3, 4, 5], [8]] */
export function columnRuns(cols: number[]): number[][] {
  const sorted = [...cols].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const col of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === col - 1) last.push(col);
    else runs.push([col]);
  }
  return runs;
}
