// `Đề nghị {đợt}` (SPEC §6): the award proposal list of a phase in the Decree 30 frame. Per award (processing
// order), its recipients in rank order, then the candidates left to the council (`Chờ Hội đồng quyết định`).
import type { Kind, Problem, SchoolData } from '../core/model';
import type { AwardResult, ParticipantResult, PhaseTally } from '../core/result';
import { CodeIndex, participantKey, sameCode } from '../core/codes';
import type { OutputSheet } from './output';
import { closingRecipients, configWarnings } from './common';
import { DocumentBuilder } from './frame';
import type { TableColumn, TableRow } from './frame';
import { aboveSchool, columns, DOCUMENT_SYMBOL, problem, proposals, proposalsSheet } from './messages';
import { aboveSchoolSection } from './above-school';
import { MONEY_FORMAT, rewardOf } from './paper-common';
import { formatMoney, paperProblem } from './paper-messages';

// 690 px: portrait, scaled a little to the page width
const WIDTH = { order: 40, name: 170, position: 95, unit: 110, score: 55, rank: 50, money: 85, note: 80 };

function scoreFormat(decimals: number): string {
  const places = Math.max(0, Math.min(10, Math.trunc(decimals)));
  return places === 0 ? '0' : `0.${'0'.repeat(places)}`;
}

export function awardProposals(data: SchoolData, tally: PhaseTally, today: Date): { sheet: OutputSheet; warnings: Problem[] } {
  const warnings: Problem[] = [];
  const phase = data.phases.find((p) => sameCode(p.id, tally.phase));
  if (!phase) warnings.push({ severity: 'warning', where: null, message: problem.unknownPhase(tally.phase) });
  const phaseId = phase?.id ?? tally.phase;

  const results = new Map<string, ParticipantResult>();
  for (const p of tally.participants) results.set(participantKey(p.kind, p.id), p);
  const staffIndex = new CodeIndex(data.staff.map((s) => s.id));
  const unitIndex = new CodeIndex(data.units.map((u) => u.id));
  const unitName = (id: string | null): string => {
    if (id === null) return '';
    const u = unitIndex.get(id);
    return u >= 0 ? data.units[u].name : id;
  };
  const numberFormat = scoreFormat(data.config.decimals);

  const doc = new DocumentBuilder(proposalsSheet(phaseId), [
    WIDTH.order,
    WIDTH.name,
    WIDTH.position,
    WIDTH.unit,
    WIDTH.score,
    WIDTH.rank,
    WIDTH.money,
    WIDTH.note,
  ]);
  doc.header(data.config, today, DOCUMENT_SYMBOL);
  doc.blank();
  doc.title(proposals.title, proposals.subtitle(phase?.name ?? phaseId, data.config.schoolYear));
  doc.blank();

  /**
   * Per award (processing order): a heading, its recipients with their reward (coefficient × lương cơ sở, rounded
   * as `Cấu hình` says: the same helper as the decision's), the pending candidates without one, and the award's
   * subtotal; `money` is the section's Σ, `count` its recipients.
   */
  const section = (kind: Kind): { rows: TableRow[]; count: number; money: number; unpriced: number } => {
    const rows: TableRow[] = [];
    let count = 0;
    let money = 0;
    // recipients of a title with no known amount: the totals say they are not counted, never show them as 0
    let unpriced = 0;
    const awards = tally.awards.filter((a) => a.kind === kind);
    awards.forEach((award, index) => {
      const word = kind === 'staff' ? proposals.staffWord : proposals.unitWord;
      const amount = rewardOf(data.config, award);
      rows.push({ group: proposals.awardHeading(index + 1, award.name, award.recipients.length, word) });
      const line = (id: string, order: number, pending: boolean): TableRow => {
        const result = results.get(participantKey(kind, id));
        const s = kind === 'staff' ? staffIndex.get(id) : -1;
        const staff = s >= 0 ? data.staff[s] : undefined;
        const name = result?.name ?? staff?.name ?? id;
        const note = pending ? proposals.pendingNote : null;
        const score = result?.score ?? null;
        const rank = result?.rank ?? null;
        // a pending candidate is not decided: no money until the council decides
        const reward = pending ? null : amount;
        const cells =
          kind === 'staff'
            ? [order, name, staff?.position ?? '', unitName(result?.unit ?? staff?.unitId ?? null), score, rank, reward, note]
            : [order, name, score, rank, reward, note];
        return { cells, italic: pending };
      };
      award.recipients.forEach((id, i) => rows.push(line(id, i + 1, false)));
      award.pending.forEach((id, i) => rows.push(line(id, award.recipients.length + i + 1, true)));
      const subtotal = (amount ?? 0) * award.recipients.length;
      // per title its subtotal; a section of one title has its total only
      if (award.recipients.length > 0 && awards.length > 1) {
        const label = proposals.awardSubtotal(award.recipients.length, word);
        rows.push({
          cells:
            kind === 'staff'
              ? [null, label, null, null, null, null, amount === null ? null : subtotal, null]
              : [null, label, null, null, amount === null ? null : subtotal, null],
          bold: true,
        });
      }
      count += award.recipients.length;
      money += subtotal;
      if (amount === null) unpriced += award.recipients.length;
      warnAbout(award, amount);
    });
    return { rows, count, money, unpriced };
  };

  const warnAbout = (award: AwardResult, amount: number | null): void => {
    if (award.pending.length > 0)
      warnings.push({ severity: 'warning', where: null, message: problem.pending(award.name, award.pending.length) });
    if (award.quota !== null && award.open > 0)
      warnings.push({ severity: 'warning', where: null, message: problem.openSeats(award.name, award.open) });
    if (amount === null && award.recipients.length > 0)
      warnings.push({ severity: 'warning', where: null, message: paperProblem.noRewardTitle(award.name) });
  };

  const scoreColumns: TableColumn[] = [
    { header: columns.score, span: 1, align: 'center', numberFormat },
    { header: columns.rank, span: 1, align: 'center', numberFormat: '0' },
    { header: columns.reward, span: 1, align: 'right', numberFormat: MONEY_FORMAT },
    { header: columns.note, span: 1 },
  ];
  const staff = section('staff');
  doc.heading(proposals.staffSection);
  doc.table({
    columns: [
      { header: columns.order, span: 1, align: 'center' },
      { header: columns.name, span: 1 },
      { header: columns.position, span: 1 },
      { header: columns.unit, span: 1 },
      ...scoreColumns,
    ],
    rows: staff.rows,
    empty: proposals.none,
    repeatHeader: true,
    totals: { label: proposals.staffTotal(staff.count), labelColumns: 4, values: [null, null, sectionMoney(staff), null] },
  });
  const units = section('unit');
  doc.blank();
  doc.heading(proposals.unitSection);
  doc.table({
    columns: [{ header: columns.order, span: 1, align: 'center' }, { header: columns.unitName, span: 3 }, ...scoreColumns],
    rows: units.rows,
    empty: proposals.none,
    totals: { label: proposals.unitTotal(units.count), labelColumns: 2, values: [null, null, sectionMoney(units), null] },
  });
  doc.blank();
  doc.paragraph(
    proposals.moneyTotal(
      formatMoney(staff.money + units.money),
      formatMoney(staff.money),
      formatMoney(units.money),
      staff.unpriced + units.unpriced,
    ),
    { bold: true },
  );
  // at the year end, who has the consecutive years for a title above the school (the school proposes, never decides)
  if (phase?.type === 'year')
    aboveSchoolSection(doc, data, aboveSchool.proposalsHeading, { order: 1, name: 1, birthDate: 0, unit: 1, title: 3, years: 2 });
  doc.blank();
  doc.closing(data.config, closingRecipients(data.config));
  return { sheet: doc.build(), warnings: [...warnings, ...configWarnings(data.config)] };
}

/** A section's total, blank when none of its recipients has a known amount (a 0 would read as "no money needed"). */
function sectionMoney(section: { count: number; money: number; unpriced: number }): number | null {
  return section.count > 0 && section.unpriced === section.count ? null : section.money;
}
