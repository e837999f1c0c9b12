// The Decree 30/2020/NĐ-CP document frame on a fixed column grid → OutputSheet: the two-column header with its
// short rules, `Số:` and the italic place-and-date line, the title, bordered tables whose header row repeats on
// every printed page, `Nơi nhận` and the principal's signature block. Times New Roman, A4.
import type { Config } from '../core/model';
import type { CellStyle, CellValue, OutputSheet, PageSetup, RangeRef } from './output';
import { frame } from './messages';

export const FONT = 'Times New Roman';
const BODY_SIZE = 13;
const TABLE_SIZE = 12;
const TITLE_SIZE = 14;
const RECIPIENT_SIZE = 11;
/** Pixels per point at 96 dpi. */
const PX_PER_PT = 96 / 72;
/** Cell padding left and right, in pixels. */
const CELL_PADDING_PX = 10;
/** Line height as a multiple of the font size. */
const LINE_HEIGHT = 1.17;
/** A row without a height of its own (15 pt). */
const DEFAULT_ROW_PX = 20;

/** Printable width in pixels (96 dpi) of A4 with the Decree 30 margins: portrait 21 − 3 − 2 cm, landscape 29.7 − 3 − 2 cm. */
export const PORTRAIT_WIDTH_PX = Math.round(((21 - 5) / 2.54) * 96);
export const LANDSCAPE_WIDTH_PX = Math.round(((29.7 - 5) / 2.54) * 96);
/** Margins in inches: top and bottom 2 cm, left 3 cm, right 2 cm (Decree 30: 20–25, 20–25, 30–35, 15–20 mm). */
export const MARGINS = { top: 2 / 2.54, bottom: 2 / 2.54, left: 3 / 2.54, right: 2 / 2.54 };

/** The school's rule under its name: Decree 30 asks 1/3 to 1/2 of the name's length. */
const RULE_SHARE = 0.4;
/** A column edge this close (pixels) to where the rule should end is used as it is. */
const RULE_SNAP_PX = 6;

/** Cell text that a spreadsheet would take for a formula if typed: kept literal by a text number format. */
const FORMULA_LIKE = /^[=+\-@]/;

export interface TableColumn {
  header: string;
  /** grid columns this table column covers (merged in every row) */
  span: number;
  align?: 'left' | 'center' | 'right';
  numberFormat?: string;
}

export type TableRow = { cells: CellValue[]; italic?: boolean; bold?: boolean } | { group: string };

export interface TableSpec {
  columns: TableColumn[];
  rows: TableRow[];
  /** a bold totals row: the label over the first `labelColumns` table columns, then one value per remaining column */
  totals?: { label: string; labelColumns: number; values: CellValue[] };
  /** shown (merged, italic) when there are no rows */
  empty: string;
  /** repeat this table's header row at the top of every printed page (one table per sheet can) */
  repeatHeader?: boolean;
}

/** Width in pixels a line of text needs (Times New Roman, average glyph of Vietnamese text ≈ 0.45 em, bold ≈ 0.5 em: a little more than measured, for the room lost at line ends). */
function textWidthPx(text: string, sizePt: number, bold: boolean): number {
  return text.normalize('NFC').length * sizePt * (bold ? 0.5 : 0.45) * PX_PER_PT;
}

export class DocumentBuilder {
  private readonly rows: CellValue[][] = [];
  private readonly styles: { range: RangeRef; style: CellStyle }[] = [];
  private readonly merges: RangeRef[] = [];
  private readonly widths: number[];
  /** the table whose header row repeats when the table runs over a page */
  private repeatCandidate: { head: number; end: number } | undefined;
  /** row ranges that must not be split over two pages (a short table, the closing block) */
  private readonly keepTogether: { first: number; last: number }[] = [];
  /** the header's left block is grid columns 1..leftCols; the right block the rest */
  private readonly leftCols: number;
  /** the school's short rule: its thin row and its width in pixels, placed by build() */
  private rule: { row: number; width: number } | undefined;

  constructor(
    private readonly name: string,
    widths: number[],
  ) {
    this.widths = widths.slice();
    const total = this.widths.reduce((a, b) => a + b, 0);
    // Use the whole printable width, so that the header's right block holds the national name on one line.
    if (total < PORTRAIT_WIDTH_PX) this.widths[this.widths.length - 1] += PORTRAIT_WIDTH_PX - total;
    this.leftCols = this.blockSplit();
  }

  get columns(): number {
    return this.widths.length;
  }

  private get totalWidth(): number {
    return this.widths.reduce((a, b) => a + b, 0);
  }

  /** Left block ≈ 40% of the width (the managing body's column in Decree 30's layout). */
  private blockSplit(): number {
    const target = this.totalWidth * 0.4;
    let sum = 0;
    for (let c = 0; c < this.widths.length - 1; c += 1) {
      sum += this.widths[c];
      if (sum >= target) return c + 1;
    }
    return Math.max(1, this.widths.length - 1);
  }

  private newRow(): number {
    this.rows.push([]);
    return this.rows.length;
  }

  private style(row: number, col: number, cols: number, style: CellStyle, rows = 1): void {
    this.styles.push({ range: { row, col, rows, cols }, style });
  }

  /** A value in a cell, merged over `cols` grid columns when more than one. */
  private put(row: number, col: number, value: CellValue, cols = 1, style?: CellStyle): void {
    const line = this.rows[row - 1];
    while (line.length < col - 1) line.push(null);
    line[col - 1] = value;
    if (cols > 1) this.merges.push({ row, col, rows: 1, cols });
    if (style) this.style(row, col, cols, style);
  }

  /** Rows from `first` to the current last row print on one page when they fit on one. */
  keepFrom(first: number): void {
    this.keepTogether.push({ first, last: this.rows.length });
  }

  get rowCount(): number {
    return this.rows.length;
  }

  blank(count = 1): void {
    for (let i = 0; i < count; i += 1) this.newRow();
  }

  /** Rows 1–4: managing body and school over its short rule | national name and motto over its rule; Số | place, date. */
  header(config: Config, today: Date, symbol: string): void {
    const left = this.leftCols;
    const right = this.columns - left;
    const r1 = this.newRow();
    this.put(r1, 1, config.managingBody.toLocaleUpperCase('vi'), left, { align: 'center' });
    this.put(r1, left + 1, frame.nationalName, right, { align: 'center', bold: true, fontSize: 12 });
    const r2 = this.newRow();
    const school = config.schoolName.toLocaleUpperCase('vi');
    this.put(r2, 1, school, left, { align: 'center', bold: true });
    // The motto's rule is as long as the motto: an underline is exactly that.
    this.put(r2, left + 1, frame.motto, right, { align: 'center', bold: true, underline: true });
    const r3 = this.newRow();
    // The school's rule: 1/3 to 1/2 of the name, centred under it, as the bottom edge of a cell on a thin row. The
    // grid may have no column there of that width: build() then splits a column (`placeRule`).
    this.style(r3, 1, this.columns, { fontSize: 4 });
    if (school.trim() !== '') this.rule = { row: r3, width: textWidthPx(school, BODY_SIZE, true) * RULE_SHARE };
    const r4 = this.newRow();
    this.put(r4, 1, frame.number(symbol, config.schoolCode), left, { align: 'center' });
    this.put(r4, left + 1, frame.placeDate(config.place, today), right, { align: 'center', italic: true });
  }

  /** Upper case bold title lines (the first in 14 pt), centred over the page. */
  title(main: string, ...sub: string[]): void {
    const r = this.newRow();
    this.put(r, 1, main, this.columns, { align: 'center', bold: true, fontSize: TITLE_SIZE });
    for (const line of sub) {
      const s = this.newRow();
      this.put(s, 1, line, this.columns, { align: 'center', bold: true });
    }
  }

  heading(text: string): void {
    const r = this.newRow();
    this.put(r, 1, text, this.columns, { bold: true, align: 'left' });
  }

  table(spec: TableSpec): void {
    const span = spec.columns.reduce((a, c) => a + c.span, 0);
    if (span !== this.columns) throw new Error(`table spans ${span} columns of a ${this.columns}-column grid`);
    const first = this.rows.length + 1;
    const head = this.newRow();
    this.cellsOf(
      head,
      spec.columns,
      spec.columns.map((c) => c.header),
      { bold: true, align: 'center', wrap: true },
    );
    if (spec.repeatHeader && !this.repeatCandidate) this.repeatCandidate = { head, end: 0 };
    if (spec.rows.length === 0) {
      const r = this.newRow();
      this.put(r, 1, spec.empty, this.columns, { italic: true, align: 'center' });
    }
    for (const row of spec.rows) {
      const r = this.newRow();
      if ('group' in row) this.put(r, 1, row.group, this.columns, { bold: true, align: 'left', wrap: true });
      else this.cellsOf(r, spec.columns, row.cells, { wrap: true, italic: row.italic, ...(row.bold ? { bold: true } : {}) });
    }
    if (spec.totals) {
      const r = this.newRow();
      const { label, labelColumns, values } = spec.totals;
      const labelSpan = spec.columns.slice(0, labelColumns).reduce((a, c) => a + c.span, 0);
      this.put(r, 1, label, labelSpan, { bold: true, align: 'center' });
      this.cellsOf(r, spec.columns.slice(labelColumns), values, { bold: true, align: 'center' }, labelSpan + 1);
    }
    const last = this.rows.length;
    if (this.repeatCandidate?.head === head) this.repeatCandidate.end = last;
    this.style(first, 1, this.columns, { border: 'all', fontSize: TABLE_SIZE, valign: 'middle' }, last - first + 1);
  }

  private cellsOf(row: number, columns: TableColumn[], values: CellValue[], style: CellStyle, from = 1): void {
    let col = from;
    columns.forEach((column, i) => {
      const align = style.align ?? column.align ?? 'left';
      const numberFormat = column.numberFormat;
      this.put(row, col, values[i] ?? null, column.span, { ...style, align, ...(numberFormat ? { numberFormat } : {}) });
      col += column.span;
    });
  }

  /** `Nơi nhận:` and its items on the left; `HIỆU TRƯỞNG`, room for signature and seal, the principal's name on the right. */
  closing(config: Config, recipients: string[]): void {
    const left = this.leftCols;
    const right = this.columns - left;
    const lines = [frame.recipientsLabel, ...recipients];
    const signature: { text: string; style: CellStyle }[] = [
      { text: frame.signatureTitle, style: { bold: true } },
      { text: frame.signatureHint, style: { italic: true, fontSize: RECIPIENT_SIZE } },
    ];
    const height = Math.max(lines.length, signature.length + 4) + 1;
    const top = this.rows.length + 1;
    for (let i = 0; i < height; i += 1) this.newRow();
    this.keepTogether.push({ first: top, last: top + height - 1 });
    lines.forEach((text, i) => {
      const style: CellStyle = i === 0 ? { bold: true, italic: true, fontSize: 12 } : { fontSize: RECIPIENT_SIZE };
      this.put(top + i, 1, text, left, { align: 'left', valign: 'top', wrap: true, ...style });
    });
    signature.forEach((line, i) => this.put(top + i, left + 1, line.text, right, { align: 'center', ...line.style }));
    this.put(top + height - 1, left + 1, config.principal, right, { align: 'center', bold: true });
  }

  /** A paragraph over the whole width: wrapped, its row as tall as its lines (`indent`: a first-line tab of spaces). */
  paragraph(value: string, style: CellStyle = {}): void {
    const r = this.newRow();
    this.put(r, 1, value, this.columns, { align: 'left', wrap: true, ...style });
  }

  /**
   * Signature blocks side by side at the foot (minutes, ballot count: secretary left, chair right): each its title
   * in bold upper case, `(Ký, ghi rõ họ tên)`, room to sign, the name in bold ('' = a dotted line to write it).
   */
  signatures(blocks: { title: string; name: string }[], hint: string): void {
    const spans: { col: number; cols: number }[] =
      blocks.length === 1
        ? [{ col: this.leftCols + 1, cols: this.columns - this.leftCols }]
        : [
            { col: 1, cols: this.leftCols },
            { col: this.leftCols + 1, cols: this.columns - this.leftCols },
          ];
    const top = this.rows.length + 1;
    const height = 6;
    for (let i = 0; i < height; i += 1) this.newRow();
    this.keepTogether.push({ first: top, last: top + height - 1 });
    blocks.slice(0, 2).forEach((block, i) => {
      const { col, cols } = spans[i];
      this.put(top, col, block.title, cols, { align: 'center', bold: true });
      this.put(top + 1, col, hint, cols, { align: 'center', italic: true, fontSize: RECIPIENT_SIZE });
      this.put(top + height - 1, col, block.name || '……………………', cols, { align: 'center', bold: true });
    });
  }

  /**
   * A block that would be split by a page break starts on the next page instead: the blank row before it grows
   * by the room left on its page. Pages are laid out as if the table header repeats (it does when a table runs on).
   */
  private padBeforeSplitBlocks(heights: number[], page: PageSetup): void {
    const withRepeat: PageSetup = this.repeatCandidate
      ? { ...page, repeatRows: { first: this.repeatCandidate.head, last: this.repeatCandidate.head } }
      : page;
    for (const block of this.keepTogether) {
      const spacer = block.first - 1;
      if (spacer < 1 || this.rows[spacer - 1].some((v) => v !== null)) continue;
      const starts = pageStarts(heights, this.widths, withRepeat);
      const split = (list: number[]): boolean =>
        list.filter((st) => st <= block.first).length !== list.filter((st) => st <= block.last).length;
      // A block estimated to start a page may, where the application fits a few pixels more, begin at the foot of
      // the page before: that is checked with a little more room.
      const atRisk = starts.includes(block.first) && split(pageStarts(heights, this.widths, withRepeat, 1.04));
      if (!split(starts) && !atRisk) continue;
      const scale = fitScale(this.widths, page);
      const room = printableHeightPx(page);
      const blockHeight = heights.slice(block.first - 1, block.last).reduce((a, h) => a + h, 0) * scale;
      if (blockHeight > room * 0.8) continue;
      // the spacer fills its page to the bottom, so that the block starts the next one
      const pageStart = starts.filter((st) => st <= spacer).pop() ?? 1;
      const used = heights.slice(pageStart - 1, spacer).reduce((a, h) => a + h, 0) * scale;
      const header = pageStart > 1 && withRepeat.repeatRows ? heights[withRepeat.repeatRows.first - 1] * scale : 0;
      heights[spacer - 1] += Math.max(0, Math.floor((room - used - header) / scale) - 2);
    }
  }

  /**
   * The school's rule as a bottom border under the columns [x0, x1] of the left block, centred on it and as wide as
   * the rule should be. A column edge within RULE_SNAP_PX of x0 or x1 is used; else the column is split there (its
   * cells merged over its parts in every other row), so that the rule is never wider than it should be on any grid.
   */
  private placeRule(): void {
    if (!this.rule) return;
    const blockWidth = this.widths.slice(0, this.leftCols).reduce((a, b) => a + b, 0);
    const width = Math.min(this.rule.width, blockWidth * 0.9);
    const x0 = (blockWidth - width) / 2;
    const x1 = x0 + width;
    // columns already there that are close enough (centred within 5% of the block, width within 25%) are used
    const edges = [0];
    for (const w of this.widths) edges.push(edges[edges.length - 1] + w);
    for (let a = 0; a < this.leftCols; a += 1) {
      for (let b = a + 1; b <= this.leftCols; b += 1) {
        const centred = Math.abs((edges[a] + edges[b]) / 2 - blockWidth / 2) <= 0.05 * blockWidth;
        if (centred && Math.abs(edges[b] - edges[a] - width) <= 0.25 * width) {
          if (b - a > 1) this.merges.push({ row: this.rule.row, col: a + 1, rows: 1, cols: b - a });
          this.style(this.rule.row, a + 1, b - a, { border: 'bottom', fontSize: 4 });
          return;
        }
      }
    }
    this.splitColumns([x0, x1], this.rule.row);
    let start = 0;
    const cols: number[] = [];
    this.widths.forEach((w, c) => {
      if (start >= x0 - RULE_SNAP_PX && start + w <= x1 + RULE_SNAP_PX) cols.push(c + 1);
      start += w;
    });
    if (cols.length === 0) return;
    const col = cols[0];
    if (cols.length > 1) this.merges.push({ row: this.rule.row, col, rows: 1, cols: cols.length });
    this.style(this.rule.row, col, cols.length, { border: 'bottom', fontSize: 4 });
  }

  /** Splits the columns that hold a position of `xs` (pixels from the left edge) away from their edges. */
  private splitColumns(xs: number[], ruleRow: number): void {
    const pieces = this.widths.map((w) => [w]);
    let left = 0;
    this.widths.forEach((w, c) => {
      const inside = xs.filter((x) => x > left + RULE_SNAP_PX && x < left + w - RULE_SNAP_PX).sort((a, b) => a - b);
      if (inside.length > 0) {
        const cuts = [left, ...inside, left + w];
        pieces[c] = cuts.slice(1).map((x, i) => Math.round(x - cuts[i]));
        pieces[c][pieces[c].length - 1] += w - pieces[c].reduce((a, b) => a + b, 0);
      }
      left += w;
    });
    if (pieces.every((p) => p.length === 1)) return;
    const first: number[] = [];
    let next = 1;
    for (const p of pieces) {
      first.push(next);
      next += p.length;
    }
    const map = (r: RangeRef): RangeRef => {
      const last = r.col + (r.cols ?? 1) - 1;
      const col = first[r.col - 1];
      return { ...r, col, cols: first[last - 1] + pieces[last - 1].length - col };
    };
    const covered = (row: number, col: number): boolean =>
      this.merges.some((m) => row >= m.row && row < m.row + (m.rows ?? 1) && col >= m.col && col < m.col + (m.cols ?? 1));
    const added: RangeRef[] = [];
    pieces.forEach((p, c) => {
      if (p.length === 1) return;
      for (let row = 1; row <= this.rows.length; row += 1) {
        if (row !== ruleRow && !covered(row, c + 1)) added.push({ row, col: first[c], rows: 1, cols: p.length });
      }
    });
    const merges = this.merges.map(map);
    this.merges.length = 0;
    this.merges.push(...merges, ...added);
    const styles = this.styles.map(({ range, style }) => ({ range: map(range), style }));
    this.styles.length = 0;
    this.styles.push(...styles);
    for (let r = 0; r < this.rows.length; r += 1) {
      this.rows[r] = this.rows[r].flatMap((value, c) => [value, ...Array<CellValue>(pieces[c].length - 1).fill(null)]);
    }
    this.widths.length = 0;
    this.widths.push(...pieces.flat());
  }

  build(): OutputSheet {
    for (const line of this.rows) while (line.length < this.widths.length) line.push(null);
    this.placeRule();
    const rowCount = this.rows.length;
    const width = this.columns;
    const guards: { range: RangeRef; style: CellStyle }[] = [];
    this.rows.forEach((line, r) =>
      line.forEach((value, c) => {
        if (typeof value === 'string' && FORMULA_LIKE.test(value)) {
          guards.push({ range: { row: r + 1, col: c + 1, rows: 1, cols: 1 }, style: { numberFormat: '@' } });
        }
      }),
    );
    const base = {
      range: { row: 1, col: 1, rows: rowCount, cols: width },
      style: { fontFamily: FONT, fontSize: BODY_SIZE, valign: 'middle' as const },
    };
    const styles = [base, ...this.styles, ...guards];
    const landscape = this.totalWidth > PORTRAIT_WIDTH_PX * 1.15;
    const heights = rowHeights(this.rows, styles, this.merges, this.widths);
    const page: PageSetup = { paper: 'A4', orientation: landscape ? 'landscape' : 'portrait', fitToWidth: true, margins: { ...MARGINS } };
    this.padBeforeSplitBlocks(heights, page);
    // Repeat the table's header only when the table runs over a page: else it would head pages without the table.
    const candidate = this.repeatCandidate;
    if (candidate) {
      const breaks = pageStarts(heights, this.widths, page);
      if (breaks.some((start) => start > candidate.head + 1 && start <= candidate.end))
        page.repeatRows = { first: candidate.head, last: candidate.head };
    }
    return {
      name: this.name,
      rows: this.rows.map((line) => line.slice()),
      styles,
      merges: this.merges.slice(),
      columnWidths: this.widths.slice(),
      rowHeights: heights,
      page,
    };
  }
}

/** Lines a wrapped text takes in a cell of this width: greedy word wrap with the average glyph width. */
export function wrappedLines(value: string, widthPx: number, sizePt: number, bold: boolean): number {
  const room = Math.max(1, widthPx - CELL_PADDING_PX);
  let lines = 0;
  for (const paragraph of value.split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const w = textWidthPx(word, sizePt, bold);
      const space = used === 0 ? 0 : textWidthPx(' ', sizePt, bold);
      if (used > 0 && used + space + w > room) {
        lines += 1;
        used = w;
      } else used += space + w;
      // a word wider than the cell breaks across lines
      while (used > room) {
        lines += 1;
        used -= room;
      }
    }
  }
  return lines;
}

/**
 * Row heights in pixels: each row as tall as its tallest cell (font size × 1.3 per line, wrapped text on as many
 * lines as it needs). Spreadsheets that do not fit rows to their content on opening (LibreOffice, Excel with
 * files written by a program) would otherwise print wrapped text over the next row.
 */
function rowHeights(rows: CellValue[][], styles: { range: RangeRef; style: CellStyle }[], merges: RangeRef[], widths: number[]): number[] {
  const cols = widths.length;
  const spanWidth = new Map<number, number>();
  for (const m of merges) {
    let w = 0;
    for (let c = m.col; c < m.col + (m.cols ?? 1); c += 1) w += widths[c - 1] ?? 0;
    spanWidth.set(m.row * 1000 + m.col, w);
  }
  // effective style per cell, later entries winning property by property
  const cellStyle: CellStyle[][] = rows.map(() => Array.from({ length: cols }, () => ({})));
  for (const { range, style } of styles) {
    for (let r = range.row; r < range.row + (range.rows ?? 1) && r <= rows.length; r += 1) {
      for (let c = range.col; c < range.col + (range.cols ?? 1) && c <= cols; c += 1) {
        cellStyle[r - 1][c - 1] = { ...cellStyle[r - 1][c - 1], ...style };
      }
    }
  }
  return rows.map((line, r) => {
    let height = 0;
    line.forEach((value, c) => {
      const style = cellStyle[r][c];
      const size = style.fontSize ?? BODY_SIZE;
      let lines = 1;
      if (typeof value === 'string' && value !== '' && style.wrap) {
        const width = spanWidth.get((r + 1) * 1000 + c + 1) ?? widths[c];
        lines = wrappedLines(value, width, size, style.bold === true);
        // a spare line for text on three lines or more: words break where the estimate cannot see
        if (lines >= 3) lines += 1;
      }
      height = Math.max(height, Math.ceil(lines * size * LINE_HEIGHT * PX_PER_PT + 5));
    });
    return height;
  });
}

/** Printable height in pixels of A4 with the Decree 30 margins. */
function printableHeightPx(page: PageSetup): number {
  const paperInches = page.orientation === 'landscape' ? 21 / 2.54 : 29.7 / 2.54;
  return (paperInches - page.margins.top - page.margins.bottom) * 96;
}

/**
 * The first row of every printed page (1-based; page 1 starts at row 1): rows are not split, the sheet is scaled
 * to the page width, and the repeated header row takes its place at the top of every page after the first.
 */
export function pageStarts(heights: readonly (number | null)[], widths: readonly number[], page: PageSetup, roomFactor = 1): number[] {
  const scale = fitScale(widths, page);
  const room = printableHeightPx(page) * roomFactor;
  const repeat = page.repeatRows;
  const repeated = repeat ? heights.slice(repeat.first - 1, repeat.last).reduce<number>((a, h) => a + (h ?? DEFAULT_ROW_PX), 0) : 0;
  const starts = [1];
  let used = 0;
  heights.forEach((h, i) => {
    const height = (h ?? DEFAULT_ROW_PX) * scale;
    if (used > 0 && used + height > room) {
      starts.push(i + 1);
      used = repeat && i + 1 > repeat.last ? repeated * scale : 0;
    }
    used += height;
  });
  return starts;
}

/** How much "fit to page width" shrinks the sheet. */
function fitScale(widths: readonly number[], page: PageSetup): number {
  const width = widths.reduce((a, b) => a + b, 0);
  const printableWidth = page.orientation === 'landscape' ? LANDSCAPE_WIDTH_PX : PORTRAIT_WIDTH_PX;
  // spreadsheets scale by whole percents, rounded down
  return page.fitToWidth && width > printableWidth ? Math.floor((printableWidth / width) * 100) / 100 : 1;
}

/** Pages the sheet prints on, as its layout implies. */
export function estimatePages(sheet: OutputSheet): number {
  if (!sheet.page || !sheet.rowHeights || !sheet.columnWidths) return 1;
  return pageStarts(sheet.rowHeights, sheet.columnWidths, sheet.page).length;
}

/** Plain text for a cell: trimmed, never undefined. */
export function text(value: string | null | undefined): string {
  return (value ?? '').trim();
}
