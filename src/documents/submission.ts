// `Tờ trình đề nghị khen thưởng` (NĐ 152/2025 Mẫu 01, the one official template; issue 14): addressed to the
// configured receiving office, with the list of the collectives and individuals proposed for the titles above the
// principal's authority, and the reward money they would carry.
import { withinSchoolAuthority } from '../core/award-titles';
import type { Phase, Problem, SchoolData } from '../core/model';
import type { PhaseTally } from '../core/result';
import { awardList, awardListTable } from './award-list';
import { closingRecipients, configWarnings } from './common';
import { DocumentBuilder } from './frame';
import type { OutputSheet } from './output';
import { formatMoney, minutes, paperSheet, submission, SYMBOL } from './paper-messages';

// the first two columns hold the header's left block (≈ 40%): the national name needs the rest on one line
const WIDTHS = [40, 240, 190, 110, 100];

export function submissionDocument(
  data: SchoolData,
  phase: Phase,
  tally: PhaseTally,
  today: Date,
): { sheet: OutputSheet; warnings: Problem[] } {
  const above = (award: { code: string; name: string; kind: 'staff' | 'unit' }): boolean => !withinSchoolAuthority(award);
  const list = awardList(data, tally, above, (i, award) =>
    submission.group(i, award.name, award.recipients.length, award.kind === 'staff' ? minutes.staffWord : minutes.unitWord),
  );
  const c = data.config;
  const doc = new DocumentBuilder(paperSheet.submission(phase.id), WIDTHS);
  doc.header(c, today, SYMBOL.submission);
  doc.blank();
  doc.title(submission.title, submission.subtitle(phase.name));
  doc.blank();
  doc.title(submission.to(c.recipient));
  doc.blank();
  for (const line of submission.bases) doc.paragraph(line, { italic: true });
  doc.paragraph(submission.minutesBasis(phase.name), { italic: true });
  doc.paragraph(submission.request(c.schoolName, c.recipient, list.staff, list.units));
  doc.paragraph(submission.money(formatMoney(list.total)));
  doc.paragraph(submission.closing(c.schoolName).replace('…', c.recipient || '……'));
  doc.blank();
  doc.title(submission.listTitle);
  doc.blank();
  const col = submission.columns;
  awardListTable(doc, list, { columns: { ...col, where: col.position }, none: submission.none, total: submission.total });
  doc.blank();
  doc.closing(c, closingRecipients(c));
  return { sheet: doc.build(), warnings: [...list.warnings, ...configWarnings(c)] };
}
