// `Thống kê chấm {đợt}`: how each member marked (one row per member and kind), the council's agreement (the W line
// per kind), the decisions that hang on one member, and what normalisation changes. Written into the council's
// workbook beside `Kết quả {đợt}`; every number comes from core/fairness, every sentence from its messages.
import { fairnessText, participantNames, READING } from '../core/fairness/messages';
import type { PhaseFairness } from '../core/fairness';
import { key } from '../core/codes';
import type { Kind, SchoolData } from '../core/model';
import { roundHalfAway } from '../core/numbers';
import type { PhaseTally } from '../core/result';
import { fairnessSheetName } from '../core/sheet-names';
import { FAIRNESS } from './fairness-messages';
import type { CellStyle, CellValue, OutputSheet, RangeRef } from './output';

const HEADER_FILL = '#CFE2F3';
const GOOD_FILL = '#D9EAD3';
const FLAG_FILL: Record<string, string> = { 'khác biệt': '#F4CCCC', dễ: '#FCE5CD', 'khắt khe': '#CFE2F3' };
const FORMULA_LIKE = /^[=+\-@]/;
const WIDTH = 9;

const round = (x: number | null, decimals: number): number | null => (x === null ? null : roundHalfAway(x, decimals));

export function fairnessSheet(data: SchoolData, tally: PhaseTally, f: PhaseFairness): OutputSheet {
  const phase = data.phases.find((p) => key(p.id) === key(f.phase));
  const rows: CellValue[][] = [];
  const styles: { range: RangeRef; style: CellStyle }[] = [];
  const add = (row: CellValue[], style?: CellStyle, cols = WIDTH): number => {
    rows.push(row);
    if (style) styles.push({ range: { row: rows.length, col: 1, rows: 1, cols }, style });
    return rows.length;
  };
  const header = (labels: string[]) =>
    add(labels, { bold: true, fill: HEADER_FILL, wrap: true, align: 'center', valign: 'middle', border: 'all' }, labels.length);
  const nameOf = participantNames(tally);

  add([FAIRNESS.title(phase?.name ?? f.phase, phase?.id ?? f.phase)], { bold: true, fontSize: 13 });
  add([FAIRNESS.intro], { italic: true });

  add([]);
  add([FAIRNESS.membersHeading], { bold: true, fontSize: 12 });
  if (f.members.length === 0) add([FAIRNESS.noMembers], { italic: true });
  else header(FAIRNESS.membersHeader);
  for (const m of f.members) {
    const r = add([
      m.id,
      m.name,
      FAIRNESS.kind(m.kind),
      m.marked,
      round(m.deviation, 1),
      round(m.deviationSd, 2),
      round(m.rho, 2),
      m.flag,
      fairnessText.flag(m),
    ]);
    styles.push({
      range: { row: r, col: 1, rows: 1, cols: WIDTH },
      style: { border: 'all', valign: 'top', ...(m.flag ? { fill: FLAG_FILL[m.flag] } : {}) },
    });
    styles.push({ range: { row: r, col: 5, rows: 1, cols: 1 }, style: { numberFormat: '0.0' } });
    styles.push({ range: { row: r, col: 6, rows: 1, cols: 2 }, style: { numberFormat: '0.00' } });
    styles.push({ range: { row: r, col: WIDTH, rows: 1, cols: 1 }, style: { wrap: true } });
  }
  if (f.members.length > 0 && f.members.every((m) => m.flag === null)) add([fairnessText.noFlags], { italic: true });

  add([]);
  add([FAIRNESS.agreementHeading], { bold: true, fontSize: 12 });
  header(FAIRNESS.agreementHeader);
  for (const a of f.agreement) {
    const p = a.p === null ? null : Number(a.p.toPrecision(3));
    const r = add([
      FAIRNESS.kind(a.kind),
      FAIRNESS.method[a.method],
      round(a.w, 3),
      round(a.chi2, 2),
      a.df,
      p,
      READING[a.reading],
      null,
      fairnessText.agreement(a),
    ]);
    styles.push({ range: { row: r, col: 1, rows: 1, cols: WIDTH }, style: { border: 'all', valign: 'top', wrap: true } });
    styles.push({ range: { row: r, col: 3, rows: 1, cols: 1 }, style: { numberFormat: '0.000' } });
    styles.push({ range: { row: r, col: 4, rows: 1, cols: 1 }, style: { numberFormat: '0.00' } });
    styles.push({ range: { row: r, col: 6, rows: 1, cols: 1 }, style: { numberFormat: '0.0000' } });
  }
  for (const kind of ['staff', 'unit'] as Kind[]) {
    if (f.agreement.some((a) => a.kind === kind)) continue;
    add(
      [
        FAIRNESS.kind(kind),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        f.yearMean.includes(kind) ? fairnessText.yearMean(kind) : fairnessText.noAgreement(kind),
      ],
      { italic: true },
    );
  }

  add([]);
  add([FAIRNESS.sensitivityHeading], { bold: true, fontSize: 12 });
  if (f.sensitivity.length === 0) add([fairnessText.noSensitivity], { fill: GOOD_FILL, bold: true });
  else header(FAIRNESS.sensitivityHeader);
  for (const s of f.sensitivity) {
    s.changes.forEach((c, i) => {
      const names = (ids: string[]) => ids.map((id) => nameOf(c.kind, id)).join(', ');
      const sentence = i === 0 ? fairnessText.withoutMember(s.member, s.changes, nameOf) : null;
      const r = add([s.member, s.name, c.award, names(c.lost), names(c.gained), null, null, null, sentence]);
      styles.push({ range: { row: r, col: 1, rows: 1, cols: WIDTH }, style: { border: 'all', valign: 'top', wrap: true } });
    });
  }

  add([]);
  add([FAIRNESS.normalisationHeading], { bold: true, fontSize: 12 });
  const changes = f.normalisation.changes;
  add([f.normalisation.on ? fairnessText.normalisedOn(changes, nameOf) : fairnessText.normalisedOff(changes, nameOf)]);

  for (const row of rows) while (row.length < WIDTH) row.push(null);
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (typeof value === 'string' && FORMULA_LIKE.test(value))
        styles.push({ range: { row: r + 1, col: c + 1, rows: 1, cols: 1 }, style: { numberFormat: '@' } });
    }),
  );
  const columnWidths = [110, 200, 90, 170, 170, 110, 120, 90, 520];
  return {
    name: fairnessSheetName(phase?.id ?? f.phase),
    rows,
    styles,
    columnWidths,
    rowHeights: rowHeights(rows, columnWidths, styles),
    frozenRows: 1,
  };
}

const LINE_PX = 17;
/** Average width of a character of the 10-point body font, in pixels (generous, so that no line is cut). */
const CHAR_PX = 6.6;

/**
 * Heights for the rows whose wrapped text needs more than one line (LibreOffice and Excel do not fit rows on
 * opening): the longest cell over its column width. Title and notes lines that do not wrap keep the default.
 */
function rowHeights(rows: CellValue[][], widths: number[], styles: { range: RangeRef; style: CellStyle }[]): (number | null)[] {
  const wrapped = new Set<number>();
  for (const { range, style } of styles) if (style.wrap) for (let r = range.row; r < range.row + (range.rows ?? 1); r++) wrapped.add(r);
  return rows.map((row, i) => {
    if (!wrapped.has(i + 1)) return null;
    const lines = Math.max(1, ...row.map((v, c) => (typeof v === 'string' ? Math.ceil((v.length * CHAR_PX) / (widths[c] - 8)) : 1)));
    return lines > 1 ? lines * LINE_PX + 4 : null;
  });
}
