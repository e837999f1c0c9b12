// `Biên bản họp xét thi đua, khen thưởng {đợt}` (issue 14): time and place, chair and secretary, members present and
// absent by name, the agenda, the tally's results per title with the attached list, the ballot results, signatures.
import type { Phase, Problem, SchoolData } from '../core/model';
import type { PhaseTally } from '../core/result';
import { SHEET } from '../core/sheet-names';
import { DocumentBuilder } from './frame';
import type { TableRow } from './frame';
import type { OutputSheet } from './output';
import { ballotCount, councilRoles, participantName, staffOf, unitName } from './paper-common';
import { council, displayDate, minutes, paperProblem, paperSheet, SYMBOL } from './paper-messages';

// the first two columns hold the header's left block (≈ 40%): the national name needs the rest on one line
const WIDTHS = [40, 250, 200, 130, 60];

export function meetingMinutes(
  data: SchoolData,
  phase: Phase,
  tally: PhaseTally,
  today: Date,
): { sheet: OutputSheet; warnings: Problem[] } {
  const roles = councilRoles(data);
  const warnings: Problem[] = [...roles.warnings];
  if ((phase.meetingDate ?? '') === '')
    warnings.push({ severity: 'warning', where: { sheet: SHEET.phases, row: phase.row }, message: paperProblem.noMeetingDate(phase.id) });
  const doc = new DocumentBuilder(paperSheet.minutes(phase.id), WIDTHS);
  doc.header(data.config, today, SYMBOL.minutes);
  doc.blank();
  doc.title(minutes.title, minutes.subtitle, minutes.subject(phase.name));
  doc.blank();
  doc.paragraph(minutes.time(displayDate(phase.meetingDate ?? '')), { bold: true });
  doc.paragraph(minutes.place(phase.meetingPlace ?? ''));
  doc.paragraph(minutes.attendance, { bold: true });
  doc.paragraph(minutes.chair(roles.chair));
  doc.paragraph(minutes.secretary(roles.secretary));
  const absent = data.members.filter((m) => m.present === false);
  doc.paragraph(minutes.present(data.members.length - absent.length, data.members.length));
  doc.paragraph(minutes.absent(absent.map((m) => `${m.name}${m.role ? ` (${m.role})` : ''}`)));
  doc.paragraph(minutes.agenda, { bold: true });
  for (const item of minutes.agendaItems) doc.paragraph(item);
  doc.paragraph(minutes.results, { bold: true });
  tally.awards.forEach((award, i) => {
    const word = award.kind === 'staff' ? minutes.staffWord : minutes.unitWord;
    doc.paragraph(minutes.awardLine(i + 1, award.name, award.recipients.length, word));
    if (award.pending.length > 0) doc.paragraph(minutes.pendingLine(award.pending.length), { italic: true });
  });
  doc.paragraph(minutes.ballotResults, { bold: true });
  const ballots = ballotCount(data, phase).awards;
  if (ballots.length === 0) doc.paragraph(minutes.noBallot);
  for (const b of ballots) {
    const rated = b.candidates.filter((c) => c.passed !== null);
    const passed = rated.filter((c) => c.passed === true).length;
    doc.paragraph(minutes.ballotLine(b.rule.name, b.rule.minVotePercent === null ? b.candidates.length : passed, b.candidates.length));
  }
  doc.paragraph(minutes.attached, { italic: true });
  doc.paragraph(minutes.end);
  doc.blank();
  doc.signatures(
    [
      { title: council.secretaryTitle, name: roles.secretary },
      { title: council.chairTitle, name: roles.chair },
    ],
    council.signHint,
  );
  // the attached list starts a page of its own (a manual break where the application honours one)
  const minutesEnd = doc.rowCount;
  doc.blank();
  doc.title(minutes.listTitle, phase.name);
  doc.blank();
  const scoreOf = new Map(tally.participants.map((p) => [`${p.kind}:${p.id}`, p.score]));
  const rows: TableRow[] = [];
  for (const award of tally.awards) {
    award.recipients.forEach((id) => {
      const staff = award.kind === 'staff' ? staffOf(data, id) : undefined;
      const unit = staff ? unitName(data, staff.unitId) : '';
      rows.push({
        cells: [rows.length + 1, award.name, participantName(data, award.kind, id), unit, scoreOf.get(`${award.kind}:${id}`) ?? null],
      });
    });
  }
  const c = minutes.columns;
  const decimals = Math.max(0, Math.min(6, data.config.decimals));
  doc.table({
    columns: [
      { header: c.order, span: 1, align: 'center' },
      { header: c.award, span: 1 },
      { header: c.name, span: 1 },
      { header: c.unit, span: 1 },
      { header: c.score, span: 1, align: 'center', numberFormat: decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}` },
    ],
    rows,
    empty: minutes.none,
    repeatHeader: true,
  });
  for (const award of tally.awards) {
    if (award.pending.length > 0)
      warnings.push({ severity: 'warning', where: null, message: paperProblem.pendingLeftOut(award.name, award.pending.length) });
  }
  const sheet = doc.build();
  if (sheet.page) sheet.page.rowBreaks = [minutesEnd];
  return { sheet, warnings };
}
