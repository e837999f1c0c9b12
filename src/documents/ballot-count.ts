// `Biên bản kiểm phiếu {đợt}` (issue 14): per award voted on, ballots issued / returned / valid, per candidate the
// agreeing votes, their share of the whole council, the threshold and Đạt / Không đạt; the ballot committee signs.
import type { Phase, Problem, SchoolData } from '../core/model';
import { formatNumberVi } from '../core/numbers';
import { DocumentBuilder } from './frame';
import type { OutputSheet } from './output';
import { ballotCount } from './paper-common';
import { ballot, council, displayDate, paperProblem, paperSheet, SYMBOL } from './paper-messages';

// the first two columns hold the header's left block (≈ 40%): the national name needs the rest on one line
const WIDTHS = [40, 250, 140, 90, 80, 80];

export function ballotCountDocument(data: SchoolData, phase: Phase, today: Date): { sheet: OutputSheet; warnings: Problem[] } {
  const { awards, warnings, sheets } = ballotCount(data, phase);
  const all: Problem[] = [...warnings];
  if (sheets === 0) all.push({ severity: 'warning', where: null, message: paperProblem.noBallots(phase.id) });
  const doc = new DocumentBuilder(paperSheet.ballot(phase.id), WIDTHS);
  doc.header(data.config, today, SYMBOL.minutes);
  doc.blank();
  doc.title(ballot.title, ballot.subtitle, phase.name);
  doc.blank();
  doc.paragraph(ballot.opening(displayDate(phase.meetingDate ?? ''), phase.meetingPlace ?? ''));
  doc.paragraph(ballot.committee);
  doc.paragraph(ballot.chief(data.config.ballotChief ?? ''));
  doc.paragraph(ballot.secretary(data.config.ballotSecretary ?? ''));
  if (awards.length === 0) doc.paragraph(ballot.noVotes, { italic: true });
  awards.forEach((award, i) => {
    doc.blank();
    doc.heading(ballot.awardHeading(i + 1, award.rule.name));
    doc.paragraph(ballot.ballots(award.issued, award.returned, award.valid));
    if (award.invalidCells.length > 0) doc.paragraph(ballot.invalidCells(award.invalidCells), { italic: true });
    const min = award.rule.minVotePercent;
    doc.paragraph(min === null ? ballot.noThreshold : ballot.threshold(formatNumberVi(min)));
    const c = ballot.columns;
    doc.table({
      columns: [
        { header: c.order, span: 1, align: 'center' },
        { header: c.name, span: 1 },
        { header: c.unit, span: 1 },
        { header: c.agree, span: 1, align: 'center' },
        { header: c.percent, span: 1, align: 'center' },
        { header: c.result, span: 1, align: 'center' },
      ],
      rows: award.candidates.map((cand, r) => ({
        cells: [
          r + 1,
          cand.name,
          cand.unit,
          `${cand.agree}/${award.issued}`,
          cand.percentText,
          cand.passed === null ? ballot.notRated : cand.passed ? ballot.passed : ballot.failed,
        ],
      })),
      empty: ballot.none,
      repeatHeader: i === 0,
    });
  });
  doc.blank();
  doc.paragraph(ballot.closing);
  doc.blank();
  doc.signatures(
    [
      { title: council.ballotSecretaryTitle, name: data.config.ballotSecretary ?? '' },
      { title: council.ballotChiefTitle, name: data.config.ballotChief ?? '' },
    ],
    council.signHint,
  );
  return { sheet: doc.build(), warnings: all };
}
