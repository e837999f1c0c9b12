// The list of recipients with their reward money, grouped by award: the submission's list (awards above the
// principal) and the decision's (the principal's giấy khen). Recipients only; `Chờ Hội đồng quyết định` is warned.
import type { Problem, SchoolData } from '../core/model';
import type { AwardResult, PhaseTally } from '../core/result';
import type { DocumentBuilder, TableRow } from './frame';
import { MONEY_FORMAT, participantName, rewardOf, staffOf, unitName } from './paper-common';
import { paperProblem } from './paper-messages';

export interface AwardList {
  /** one group row per award, then one row per recipient: TT, name, unit or position, award name, amount */
  rows: TableRow[];
  /** Σ amounts of the rows (the money the school must budget) */
  total: number;
  staff: number;
  units: number;
  awards: AwardResult[];
  warnings: Problem[];
}

export function awardList(
  data: SchoolData,
  tally: PhaseTally,
  include: (award: AwardResult) => boolean,
  heading: (index: number, award: AwardResult) => string,
): AwardList {
  const awards = tally.awards.filter(include);
  const rows: TableRow[] = [];
  const warnings: Problem[] = [];
  let total = 0;
  let staff = 0;
  let units = 0;
  awards.forEach((award, i) => {
    rows.push({ group: heading(i + 1, award) });
    const amount = rewardOf(data.config, award);
    if (amount === null && award.recipients.length > 0)
      warnings.push({ severity: 'warning', where: null, message: paperProblem.noRewardTitle(award.name) });
    if (award.pending.length > 0)
      warnings.push({ severity: 'warning', where: null, message: paperProblem.pendingLeftOut(award.name, award.pending.length) });
    award.recipients.forEach((id, r) => {
      const person = award.kind === 'staff' ? staffOf(data, id) : undefined;
      const where = person ? [person.position, unitName(data, person.unitId)].filter((t) => t !== '').join(', ') : '';
      rows.push({ cells: [r + 1, participantName(data, award.kind, id), where, award.name, amount] });
      total += amount ?? 0;
      if (award.kind === 'staff') staff += 1;
      else units += 1;
    });
  });
  return { rows, total, staff, units, awards, warnings };
}

/** The words of an award list's table: its five column headers, the line when empty, the totals' label. */
export interface AwardListLabels {
  columns: { order: string; name: string; where: string; award: string; amount: string };
  none: string;
  total: string;
}

/** The list as a table (TT, name, unit or position, award, amount), its header repeated on every page, with its total. */
export function awardListTable(doc: DocumentBuilder, list: AwardList, labels: AwardListLabels): void {
  const c = labels.columns;
  doc.table({
    columns: [
      { header: c.order, span: 1, align: 'center' },
      { header: c.name, span: 1 },
      { header: c.where, span: 1 },
      { header: c.award, span: 1 },
      { header: c.amount, span: 1, align: 'right', numberFormat: MONEY_FORMAT },
    ],
    rows: list.rows,
    empty: labels.none,
    repeatHeader: true,
    totals: { label: labels.total, labelColumns: 4, values: [list.total] },
  });
}
