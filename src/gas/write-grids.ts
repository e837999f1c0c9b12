// How an OutputSheet maps onto SpreadsheetApp's few batch setters, computed without touching the sheet: one grid
// per cell property that the sheet uses (each written by one Range call over the whole written area), the border
// rectangles grouped by kind (one RangeList call each), and the column widths as runs of equal width.
import type { CellStyle, OutputSheet, RangeRef } from '../workbook/port';

type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;
type FontStyle = GoogleAppsScript.Spreadsheet.FontStyle;
type FontLine = GoogleAppsScript.Spreadsheet.FontLine;

/** The number format Sheets shows as "Automatic" for a cell nobody formatted. */
export const GENERAL = 'General';
/** Sheets' width of a column nobody resized, in pixels. */
export const DEFAULT_COLUMN_PX = 100;
/** Sheets' height of a row nobody resized, in pixels. */
export const DEFAULT_ROW_PX = 21;
/** A new sheet (insertSheet(), or addSheet without a size) has this many rows and columns. */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLS = 26;
/** Sheets' font size of a cell nobody formatted, in points. */
export const DEFAULT_FONT_SIZE = 10;
/** What a Date shows as where the sheet gives no number format (as the .xlsx adapter does). */
const DATE_FORMAT = 'dd/mm/yyyy';
const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm';

/**
 * One grid per property the sheet sets somewhere, over the whole written area; a property no cell sets (or every
 * cell leaves at its default) has no grid. Unstyled cells hold the default: 'General', 'normal', 'none', 10, false,
 * or null (Apps Script's "reset" for family, colours and alignments).
 */
export interface StyleGrids {
  numberFormats?: string[][];
  fontWeights?: FontWeight[][];
  fontStyles?: FontStyle[][];
  fontLines?: FontLine[][];
  fontFamilies?: (string | null)[][];
  fontSizes?: number[][];
  fontColors?: (string | null)[][];
  backgrounds?: (string | null)[][];
  horizontalAlignments?: ('left' | 'center' | 'right' | null)[][];
  verticalAlignments?: ('top' | 'middle' | 'bottom' | null)[][];
  wraps?: boolean[][];
}

/** Rows and columns the sheet writes: its values, and any styled or merged cell beyond them. */
export function extent(output: OutputSheet): { height: number; width: number } {
  let height = Math.max(output.rows.length, 1);
  let width = Math.max(1, ...output.rows.map((row) => row.length));
  const refs = [...(output.styles ?? []).map((s) => s.range), ...(output.merges ?? [])];
  for (const ref of refs) {
    height = Math.max(height, ref.row + (ref.rows ?? 1) - 1);
    width = Math.max(width, ref.col + (ref.cols ?? 1) - 1);
  }
  return { height, width };
}

/** A grid allocated on first use, filled with the default elsewhere. */
class Grid<T> {
  private cells: T[][] | null = null;
  constructor(
    private readonly height: number,
    private readonly width: number,
    readonly fallback: T,
  ) {}

  fill(range: RangeRef, value: T): void {
    this.cells ??= Array.from({ length: this.height }, () => new Array<T>(this.width).fill(this.fallback));
    const lastRow = Math.min(range.row + (range.rows ?? 1) - 1, this.height);
    const lastCol = Math.min(range.col + (range.cols ?? 1) - 1, this.width);
    for (let r = Math.max(range.row, 1); r <= lastRow; r++) {
      const line = this.cells[r - 1];
      for (let c = Math.max(range.col, 1); c <= lastCol; c++) line[c - 1] = value;
    }
  }

  /** the grid, unless every cell holds the default */
  result(): T[][] | undefined {
    const cells = this.cells;
    if (!cells || cells.every((line) => line.every((v) => v === this.fallback))) return undefined;
    return cells;
  }
}

function makeGrids(height: number, width: number) {
  const grid = <T>(fallback: T) => new Grid<T>(height, width, fallback);
  return {
    numberFormats: grid<string>(GENERAL),
    fontWeights: grid<FontWeight>('normal'),
    fontStyles: grid<FontStyle>('normal'),
    fontLines: grid<FontLine>('none'),
    fontFamilies: grid<string | null>(null),
    fontSizes: grid<number>(DEFAULT_FONT_SIZE),
    fontColors: grid<string | null>(null),
    backgrounds: grid<string | null>(null),
    horizontalAlignments: grid<'left' | 'center' | 'right' | null>(null),
    verticalAlignments: grid<'top' | 'middle' | 'bottom' | null>(null),
    wraps: grid<boolean>(false),
  } satisfies { [K in keyof StyleGrids]-?: Grid<NonNullable<StyleGrids[K]>[number][number]> };
}
type Grids = ReturnType<typeof makeGrids>;

/** Later style entries win, property by property (as in the .xlsx adapter). Borders are not part of the grids. */
export function styleGrids(output: OutputSheet, height: number, width: number): StyleGrids {
  const g = makeGrids(height, width);
  for (const { range, style } of output.styles ?? []) fillStyle(g, range, style);
  const grids: Record<string, unknown[][]> = {};
  for (const [name, grid] of Object.entries(g)) {
    const cells = grid.result();
    if (cells) grids[name] = cells;
  }
  const result = grids as StyleGrids;
  if (result.numberFormats) formatDates(result.numberFormats, output);
  return result;
}

function fillStyle(g: Grids, range: RangeRef, style: CellStyle): void {
  if (style.numberFormat !== undefined) g.numberFormats.fill(range, style.numberFormat || GENERAL);
  if (style.bold !== undefined) g.fontWeights.fill(range, style.bold ? 'bold' : 'normal');
  if (style.italic !== undefined) g.fontStyles.fill(range, style.italic ? 'italic' : 'normal');
  if (style.underline !== undefined) g.fontLines.fill(range, style.underline ? 'underline' : 'none');
  if (style.fontFamily !== undefined) g.fontFamilies.fill(range, style.fontFamily || null);
  if (style.fontSize !== undefined) g.fontSizes.fill(range, style.fontSize);
  if (style.color !== undefined) g.fontColors.fill(range, style.color || null);
  if (style.fill !== undefined) g.backgrounds.fill(range, style.fill || null);
  if (style.align !== undefined) g.horizontalAlignments.fill(range, style.align);
  if (style.valign !== undefined) g.verticalAlignments.fill(range, style.valign);
  if (style.wrap !== undefined) g.wraps.fill(range, style.wrap);
}

/**
 * Writing 'General' over a cell would undo the date format Sheets gives a Date written into an unformatted cell, so
 * a Date the sheet leaves unformatted gets the date (or date and time) format the .xlsx adapter gives it.
 */
function formatDates(formats: string[][], output: OutputSheet): void {
  output.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (!(value instanceof Date) || formats[r][c] !== GENERAL) return;
      const midnight = value.getHours() === 0 && value.getMinutes() === 0 && value.getSeconds() === 0 && value.getMilliseconds() === 0;
      formats[r][c] = midnight ? DATE_FORMAT : DATE_TIME_FORMAT;
    }),
  );
}

export type BorderKind = NonNullable<CellStyle['border']>;

/** The rectangles of each border kind, in order of first use; 'all' rectangles that share a whole edge are joined. */
export function borderGroups(styles: { range: RangeRef; style: CellStyle }[]): { kind: BorderKind; rects: RangeRef[] }[] {
  const groups = new Map<BorderKind, RangeRef[]>();
  for (const { range, style } of styles) {
    if (!style.border) continue;
    const rects = groups.get(style.border) ?? [];
    const rect = { row: range.row, col: range.col, rows: range.rows ?? 1, cols: range.cols ?? 1 };
    if (!rects.some((other) => sameRect(other, rect))) rects.push(rect);
    groups.set(style.border, rects);
  }
  return [...groups].map(([kind, rects]) => ({ kind, rects: kind === 'all' ? joinAdjacent(rects) : rects }));
}

function sameRect(a: RangeRef, b: RangeRef): boolean {
  return a.row === b.row && a.col === b.col && (a.rows ?? 1) === (b.rows ?? 1) && (a.cols ?? 1) === (b.cols ?? 1);
}

/** Two rectangles with every inner and outer edge ruled are one rectangle when they share a whole edge. */
function joinAdjacent(rects: RangeRef[]): RangeRef[] {
  const out = rects.map((r) => ({ row: r.row, col: r.col, rows: r.rows ?? 1, cols: r.cols ?? 1 }));
  for (let joined = true; joined;) {
    joined = false;
    for (let i = 0; i < out.length && !joined; i++) {
      for (let j = 0; j < out.length && !joined; j++) {
        const a = out[i];
        const b = out[j];
        if (i === j) continue;
        if (a.col === b.col && a.cols === b.cols && a.row + a.rows === b.row) a.rows += b.rows;
        else if (a.row === b.row && a.rows === b.rows && a.col + a.cols === b.col) a.cols += b.cols;
        else continue;
        out.splice(j, 1);
        joined = true;
      }
    }
  }
  return out;
}

/** [start column, count, width] for each run of equal widths, leaving out columns at Sheets' default width. */
export function widthRuns(widths: number[], defaultPx = DEFAULT_COLUMN_PX): [number, number, number][] {
  const runs: [number, number, number][] = [];
  widths.forEach((px, i) => {
    if (!(px > 0) || px === defaultPx) return;
    const last = runs[runs.length - 1];
    if (last && last[2] === px && last[0] + last[1] === i + 1) last[1] += 1;
    else runs.push([i + 1, 1, px]);
  });
  return runs;
}

/**
 * The merges as few ranges: single-row merges over the same columns in consecutive rows become one rectangle merged
 * across (Range.mergeAcross merges each row of it), so a table whose every row merges the same cells costs one call.
 */
export function mergeBlocks(merges: RangeRef[]): { range: RangeRef; across: boolean }[] {
  const blocks: { range: Required<RangeRef>; across: boolean }[] = [];
  const rows = merges
    .map((m) => ({ row: m.row, col: m.col, rows: m.rows ?? 1, cols: m.cols ?? 1 }))
    .filter((m) => m.rows > 1 || m.cols > 1);
  for (const m of rows.filter((m) => m.rows > 1)) blocks.push({ range: m, across: false });
  const single = rows.filter((m) => m.rows === 1).sort((a, b) => a.col - b.col || a.cols - b.cols || a.row - b.row);
  let stack: Required<RangeRef> | null = null;
  for (const m of single) {
    if (stack && stack.col === m.col && stack.cols === m.cols && stack.row + stack.rows === m.row) {
      stack.rows += 1;
      continue;
    }
    if (stack) blocks.push({ range: stack, across: stack.rows > 1 });
    stack = { ...m };
  }
  if (stack) blocks.push({ range: stack, across: stack.rows > 1 });
  return blocks;
}

/**
 * A rough upper estimate of the time SpreadsheetApp takes to write these sheets through temporary sheets: about
 * 25 calls per sheet (insert, values, one per style grid, borders, merges, widths, the swap) at 200 ms each, plus
 * the cells (setValues and each style grid carry every cell once) at 0.2 ms a cell.
 */
export const WRITE_MS_PER_SHEET = 5_000;
export const WRITE_MS_PER_CELL = 0.2;

export function estimateWriteMs(outputs: OutputSheet[]): number {
  return outputs.reduce((ms, output) => {
    const { height, width } = extent(output);
    return ms + WRITE_MS_PER_SHEET + height * width * WRITE_MS_PER_CELL;
  }, 0);
}
