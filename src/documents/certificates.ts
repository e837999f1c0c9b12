// `Giấy khen {đợt}` (issue 14): one A4 landscape certificate per recipient of the principal's giấy khen, in ONE sheet
// with a manual page break after each (PageSetup.rowBreaks): name, unit, title, the phase's reason line, place and
// date, the decision's number, signature. Every certificate has the same fixed row heights, so that it fills a page.
import { withinSchoolAuthority } from '../core/award-titles';
import type { Phase, Problem, SchoolData } from '../core/model';
import type { PhaseTally } from '../core/result';
import { FONT, LANDSCAPE_WIDTH_PX, MARGINS } from './frame';
import type { CellStyle, CellValue, OutputSheet, RangeRef } from './output';
import { frame } from './messages';
import { participantName, staffOf, unitName } from './paper-common';
import { certificate, paperSheet, SYMBOL } from './paper-messages';

/** Four columns over the printable landscape width: the place-and-date and signature sit in the right half. */
const WIDTHS = [233, 233, 233, LANDSCAPE_WIDTH_PX - 3 * 233];
const RED = '#C00000';

interface Line {
  value: CellValue;
  height: number;
  style: CellStyle;
  /** 'all' over the four columns (default); 'left' / 'right': two columns each */
  span?: 'all' | 'left' | 'right';
  /** a second value in the right half when `span` is 'left' */
  right?: { value: CellValue; style: CellStyle };
}

export interface CertificateRecipient {
  name: string;
  unit: string;
  award: string;
}

export function certificateRecipients(data: SchoolData, tally: PhaseTally): CertificateRecipient[] {
  return tally.awards.filter(withinSchoolAuthority).flatMap((award) =>
    award.recipients.map((id) => {
      const person = award.kind === 'staff' ? staffOf(data, id) : undefined;
      const female = person
        ? person.gender.toLocaleLowerCase('vi') === 'nữ'
          ? true
          : person.gender.toLocaleLowerCase('vi') === 'nam'
            ? false
            : null
        : null;
      return {
        name: certificate.person(participantName(data, award.kind, id), female),
        unit: person ? unitName(data, person.unitId) : '',
        award: award.name,
      };
    }),
  );
}

function linesOf(data: SchoolData, phase: Phase, r: CertificateRecipient, today: Date): Line[] {
  const c = data.config;
  return [
    { value: certificate.national, height: 24, style: { bold: true, fontSize: 13 } },
    { value: certificate.motto, height: 24, style: { bold: true, underline: true, fontSize: 13 } },
    { value: null, height: 20, style: {} },
    { value: certificate.authority(c.schoolName), height: 30, style: { bold: true, fontSize: 16 } },
    { value: certificate.gives, height: 30, style: { bold: true, fontSize: 16 } },
    { value: certificate.title, height: 70, style: { bold: true, fontSize: 44, color: RED } },
    { value: null, height: 10, style: {} },
    { value: r.name, height: 44, style: { bold: true, fontSize: 26 } },
    { value: certificate.unit(r.unit), height: 28, style: { fontSize: 15 } },
    {
      value: certificate.reason(phase.name, phase.type === 'year' ? data.config.schoolYear : null),
      height: 62,
      style: { italic: true, fontSize: 15, wrap: true },
    },
    { value: certificate.award(r.award), height: 28, style: { fontSize: 14 } },
    { value: null, height: 20, style: {} },
    {
      value: certificate.decisionLine(SYMBOL.decision, c.schoolCode),
      height: 26,
      style: { fontSize: 13, align: 'left' },
      span: 'left',
      right: { value: frame.placeDate(c.place, today), style: { italic: true, fontSize: 14 } },
    },
    { value: certificate.signature, height: 26, style: { bold: true, fontSize: 14 }, span: 'right' },
    { value: null, height: 90, style: {} },
    { value: c.principal, height: 30, style: { bold: true, fontSize: 15 }, span: 'right' },
  ];
}

export function certificatesDocument(
  data: SchoolData,
  phase: Phase,
  tally: PhaseTally,
  today: Date,
): { sheet: OutputSheet; warnings: Problem[] } {
  return {
    sheet: certificateSheet(data, phase, certificateRecipients(data, tally), today, paperSheet.certificates(phase.id)),
    warnings: [],
  };
}

/**
 * One sheet per certificate (`Giấy khen D1 (1)`, …): for Google Sheets, whose PDF export has no manual page breaks;
 * each sheet prints on exactly one landscape page.
 */
export function certificateSheets(data: SchoolData, phase: Phase, tally: PhaseTally, today: Date): OutputSheet[] {
  const recipients = certificateRecipients(data, tally);
  if (recipients.length === 0) return [certificateSheet(data, phase, [], today, paperSheet.certificates(phase.id))];
  return recipients.map((r, i) => certificateSheet(data, phase, [r], today, `${paperSheet.certificates(phase.id)} (${i + 1})`));
}

function certificateSheet(data: SchoolData, phase: Phase, recipients: CertificateRecipient[], today: Date, name: string): OutputSheet {
  const rows: CellValue[][] = [];
  const heights: number[] = [];
  const styles: { range: RangeRef; style: CellStyle }[] = [];
  const merges: RangeRef[] = [];
  const breaks: number[] = [];
  const put = (line: Line): void => {
    const row = rows.length + 1;
    const cells: CellValue[] = [null, null, null, null];
    const span = line.span ?? 'all';
    const col = span === 'right' ? 3 : 1;
    const cols = span === 'all' ? 4 : 2;
    cells[col - 1] = line.value;
    merges.push({ row, col, rows: 1, cols });
    styles.push({ range: { row, col, rows: 1, cols }, style: { align: 'center', valign: 'middle', ...line.style } });
    if (line.right) {
      cells[2] = line.right.value;
      merges.push({ row, col: 3, rows: 1, cols: 2 });
      styles.push({ range: { row, col: 3, rows: 1, cols: 2 }, style: { align: 'center', valign: 'middle', ...line.right.style } });
    }
    rows.push(cells);
    heights.push(line.height);
  };
  if (recipients.length === 0) put({ value: certificate.none, height: 30, style: { italic: true } });
  recipients.forEach((r, i) => {
    for (const line of linesOf(data, phase, r, today)) put(line);
    if (i < recipients.length - 1) breaks.push(rows.length);
  });
  const base = { range: { row: 1, col: 1, rows: rows.length, cols: 4 }, style: { fontFamily: FONT, fontSize: 13 } };
  return {
    name,
    rows,
    styles: [base, ...styles],
    merges,
    columnWidths: WIDTHS.slice(),
    rowHeights: heights,
    page: {
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: true,
      margins: { ...MARGINS },
      ...(breaks.length > 0 ? { rowBreaks: breaks } : {}),
    },
  };
}
