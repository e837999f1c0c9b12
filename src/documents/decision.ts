// `Quyết định khen thưởng {đợt}` (issue 14): the principal's decision for the awards within the school's authority
// (giấy khen of the principal): Căn cứ lines (editable in `Cấu hình`), Điều 1–3, Nơi nhận, signature, then the
// attached list with each recipient's money and the total the school must budget.
import { withinSchoolAuthority } from '../core/award-titles';
import type { Phase, Problem, SchoolData } from '../core/model';
import type { PhaseTally } from '../core/result';
import { awardList, awardListTable } from './award-list';
import { configWarnings } from './common';
import { DocumentBuilder } from './frame';
import type { OutputSheet } from './output';
import { decision, formatMoney, paperSheet, SYMBOL, certificate } from './paper-messages';

// the first two columns hold the header's left block (≈ 40%): the national name needs the rest on one line
const WIDTHS = [40, 240, 170, 130, 100];

export interface DecisionDocument {
  sheet: OutputSheet;
  warnings: Problem[];
  /** the total in the decision (Σ of its list) */
  total: number;
}

export function decisionDocument(data: SchoolData, phase: Phase, tally: PhaseTally, today: Date): DecisionDocument {
  const list = awardList(data, tally, withinSchoolAuthority, (i, award) => `${i}. ${award.name}`);
  const doc = new DocumentBuilder(paperSheet.decision(phase.id), WIDTHS);
  doc.header(data.config, today, SYMBOL.decision);
  doc.blank();
  doc.title(decision.title, decision.subtitle(phase.name));
  doc.blank();
  doc.title(decision.authority(data.config.schoolName));
  doc.blank();
  const bases =
    data.config.decisionBases && data.config.decisionBases.length > 0 ? data.config.decisionBases : decision.defaultBases(phase.name);
  for (const line of bases) doc.paragraph(line, { italic: true });
  doc.paragraph(decision.proposal, { italic: true });
  doc.blank();
  doc.title(decision.decides);
  doc.blank();
  doc.paragraph(
    decision.article1(
      list.staff,
      list.units,
      certificate.reason(phase.name, phase.type === 'year' ? data.config.schoolYear : null).replace(/^Đã có/, 'đã có'),
    ),
  );
  doc.paragraph(decision.article2(formatMoney(list.total)));
  doc.paragraph(decision.article3);
  doc.blank();
  doc.closing(data.config, decision.recipients);
  // the attached list starts a page of its own (a manual break where the application honours one)
  const decisionEnd = doc.rowCount;
  doc.blank();
  doc.title(decision.listTitle, decision.listSubtitle(phase.name));
  doc.blank();
  const c = decision.columns;
  awardListTable(doc, list, { columns: { ...c, where: c.unit }, none: decision.none, total: decision.total });
  const sheet = doc.build();
  if (sheet.page) sheet.page.rowBreaks = [decisionEnd];
  return { sheet, warnings: [...list.warnings, ...configWarnings(data.config)], total: list.total };
}
