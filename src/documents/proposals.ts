// `Đề nghị {đợt}` (SPEC §6): the award proposal list of a phase in the Decree 30 frame. Per award (processing
// order), its recipients in rank order, then the candidates left to the council (`Chờ Hội đồng quyết định`).
import type { Kind, Problem, SchoolData } from '../core/model';
import type { AwardResult, ParticipantResult, PhaseTally } from '../core/result';
import { CodeIndex, participantKey, sameCode } from '../core/codes';
import type { OutputSheet } from './output';
import { closingRecipients, configWarnings } from './common';
import { DocumentBuilder } from './frame';
import type { TableColumn, TableRow } from './frame';
import { columns, DOCUMENT_SYMBOL, problem, proposals, proposalsSheet } from './messages';

const WIDTH = { order: 40, name: 170, position: 100, unit: 110, score: 60, rank: 50, note: 150 };

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
    WIDTH.note,
  ]);
  doc.header(data.config, today, DOCUMENT_SYMBOL);
  doc.blank();
  doc.title(proposals.title, proposals.subtitle(phase?.name ?? phaseId, data.config.schoolYear));
  doc.blank();

  const section = (kind: Kind): { rows: TableRow[]; total: number } => {
    const rows: TableRow[] = [];
    let total = 0;
    const awards = tally.awards.filter((a) => a.kind === kind);
    awards.forEach((award, index) => {
      const word = kind === 'staff' ? proposals.staffWord : proposals.unitWord;
      rows.push({ group: proposals.awardHeading(index + 1, award.name, award.recipients.length, word) });
      const line = (id: string, order: number, pending: boolean): TableRow => {
        const result = results.get(participantKey(kind, id));
        const s = kind === 'staff' ? staffIndex.get(id) : -1;
        const staff = s >= 0 ? data.staff[s] : undefined;
        const name = result?.name ?? staff?.name ?? id;
        const note = pending ? proposals.pendingNote : null;
        const score = result?.score ?? null;
        const rank = result?.rank ?? null;
        const cells =
          kind === 'staff'
            ? [order, name, staff?.position ?? '', unitName(result?.unit ?? staff?.unitId ?? null), score, rank, note]
            : [order, name, score, rank, note];
        return { cells, italic: pending };
      };
      award.recipients.forEach((id, i) => rows.push(line(id, i + 1, false)));
      award.pending.forEach((id, i) => rows.push(line(id, award.recipients.length + i + 1, true)));
      total += award.recipients.length;
      warnAbout(award);
    });
    return { rows, total };
  };

  const warnAbout = (award: AwardResult): void => {
    if (award.pending.length > 0)
      warnings.push({ severity: 'warning', where: null, message: problem.pending(award.name, award.pending.length) });
    if (award.quota !== null && award.open > 0)
      warnings.push({ severity: 'warning', where: null, message: problem.openSeats(award.name, award.open) });
  };

  const scoreColumns: TableColumn[] = [
    { header: columns.score, span: 1, align: 'center', numberFormat },
    { header: columns.rank, span: 1, align: 'center', numberFormat: '0' },
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
    totals: { label: proposals.staffTotal(staff.total), labelColumns: 4, values: [null, null, null] },
  });
  const units = section('unit');
  doc.blank();
  doc.heading(proposals.unitSection);
  doc.table({
    columns: [{ header: columns.order, span: 1, align: 'center' }, { header: columns.unitName, span: 3 }, ...scoreColumns],
    rows: units.rows,
    empty: proposals.none,
    totals: { label: proposals.unitTotal(units.total), labelColumns: 2, values: [null, null, null] },
  });
  doc.blank();
  doc.closing(data.config, closingRecipients(data.config));
  return { sheet: doc.build(), warnings: [...warnings, ...configWarnings(data.config)] };
}
