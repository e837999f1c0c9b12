// The Workbook port over a Google Spreadsheet. Reads take one getDataRange() and one getValues() per sheet (plus
// getNumberFormats() when formats are asked for); writes go to a temporary sheet per output, and the old sheets
// are replaced only once every temporary sheet is complete.
import { columnLetter } from '../core/cellref';
import { key } from '../core/model';
import type { CellStyle, OutputSheet, RangeRef, SheetData, Workbook } from '../workbook/port';
import { cellInput } from './cell-text';
import { InputDigest, valuesText } from './digest';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A new sheet from insertSheet() has this many rows and columns. */
const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLS = 26;
const TEMP_PREFIX = '~ đang ghi ';

export function a1(ref: RangeRef): string {
  const rows = ref.rows ?? 1;
  const cols = ref.cols ?? 1;
  const start = `${columnLetter(ref.col)}${ref.row}`;
  return rows === 1 && cols === 1 ? start : `${start}:${columnLetter(ref.col + cols - 1)}${ref.row + rows - 1}`;
}

/** Make the sheet at least this big (only asks the sheet its size when a new sheet's default might not do). */
export function ensureSize(sheet: Sheet, rows: number, cols: number, knownRows = NEW_SHEET_ROWS, knownCols = NEW_SHEET_COLS): void {
  if (rows > knownRows) {
    const max = sheet.getMaxRows();
    if (rows > max) sheet.insertRowsAfter(max, rows - max);
  }
  if (cols > knownCols) {
    const max = sheet.getMaxColumns();
    if (cols > max) sheet.insertColumnsAfter(max, cols - max);
  }
}

export class SheetsWorkbook implements Workbook {
  private sheets: Map<string, Sheet> | null = null;
  private readonly digest = new InputDigest();
  /** names of the sheets read, in order */
  readonly reads: string[] = [];

  constructor(readonly spreadsheet: Spreadsheet) {}

  private index(): Map<string, Sheet> {
    if (!this.sheets) {
      this.sheets = new Map();
      for (const sheet of this.spreadsheet.getSheets()) this.sheets.set(sheet.getName(), sheet);
    }
    return this.sheets;
  }

  sheetNames(): string[] {
    return [...this.index().keys()].filter((name) => !name.startsWith(TEMP_PREFIX));
  }

  /** the sheet of exactly that name, or one whose name matches like a header */
  sheet(name: string): Sheet | null {
    const sheets = this.index();
    const exact = sheets.get(name);
    if (exact) return exact;
    for (const [other, sheet] of sheets) if (key(other) === key(name)) return sheet;
    return null;
  }

  read(name: string, options?: { formats?: boolean }): SheetData | null {
    const sheet = this.index().get(name);
    if (!sheet) return null;
    const range = sheet.getDataRange();
    const values = range.getValues() as unknown[][];
    this.digest.add(valuesText(name, values));
    this.reads.push(name);
    if (!options?.formats) return { name, values };
    return { name, values, formats: range.getNumberFormats() };
  }

  /** hash of everything read so far (sheet names and values) */
  inputDigest(): string {
    return this.digest.hex();
  }

  write(outputs: OutputSheet[]): void {
    const sheets = this.index();
    const staged: { output: OutputSheet; temp: Sheet; old: Sheet | null }[] = [];
    try {
      for (const output of outputs) {
        const old = sheets.get(output.name) ?? null;
        const position = old ? old.getIndex() - 1 : sheets.size + staged.length;
        const temp = this.spreadsheet.insertSheet(`${TEMP_PREFIX}${output.name}`, position);
        staged.push({ output, temp, old });
        writeSheet(temp, output);
      }
    } catch (error) {
      for (const { temp } of staged) {
        try {
          this.spreadsheet.deleteSheet(temp);
        } catch {
          // keep the original error; a leftover temporary sheet is harmless and replaced next time
        }
      }
      throw error;
    }
    for (const { output, temp, old } of staged) {
      if (old) {
        this.spreadsheet.deleteSheet(old);
        sheets.delete(output.name);
      }
      temp.setName(output.name);
      sheets.set(output.name, temp);
    }
  }
}

/** Values, formats, styles, merges, widths and frozen panes of one output, in a bounded number of calls. */
export function writeSheet(sheet: Sheet, output: OutputSheet): void {
  const height = Math.max(output.rows.length, 1);
  const width = Math.max(1, ...output.rows.map((row) => row.length));
  ensureSize(sheet, height, width);
  const text = textCells(output, height, width);
  const values = Array.from({ length: height }, (_, r) => {
    const row = output.rows[r] ?? [];
    // a cell formatted as text ('@') takes any string literally; elsewhere cellInput() quotes what Sheets would parse
    return Array.from({ length: width }, (_, c) => (text[r][c] && typeof row[c] === 'string' ? row[c] : cellInput(row[c])));
  });
  // Formats before values: a number written into a cell already formatted shows as intended.
  applyStyles(sheet, output.styles ?? []);
  sheet.getRange(1, 1, height, width).setValues(values);
  for (const merge of output.merges ?? []) sheet.getRange(a1(merge)).merge();
  for (const [start, count, px] of widthRuns(output.columnWidths ?? [])) {
    if (count === 1) sheet.setColumnWidth(start, px);
    else sheet.setColumnWidths(start, count, px);
  }
  if (output.frozenRows) sheet.setFrozenRows(output.frozenRows);
  if (output.frozenCols) sheet.setFrozenColumns(output.frozenCols);
}

/** which cells a style formats as plain text */
function textCells(output: OutputSheet, height: number, width: number): boolean[][] {
  const grid = Array.from({ length: height }, () => new Array<boolean>(width).fill(false));
  for (const { range, style } of output.styles ?? []) {
    if (style.numberFormat !== '@') continue;
    for (let r = range.row; r < range.row + (range.rows ?? 1) && r <= height; r++) {
      for (let c = range.col; c < range.col + (range.cols ?? 1) && c <= width; c++) grid[r - 1][c - 1] = true;
    }
  }
  return grid;
}

/** [start column, count, width] for each run of equal widths */
export function widthRuns(widths: number[]): [number, number, number][] {
  const runs: [number, number, number][] = [];
  widths.forEach((px, i) => {
    const last = runs[runs.length - 1];
    if (last && last[2] === px && last[0] + last[1] === i + 1) last[1] += 1;
    else if (px > 0) runs.push([i + 1, 1, px]);
  });
  return runs;
}

/** One RangeList per distinct style, then one call per property of that style. */
export function applyStyles(sheet: Sheet, styles: { range: RangeRef; style: CellStyle }[]): void {
  const groups = new Map<string, { style: CellStyle; ranges: string[] }>();
  for (const { range, style } of styles) {
    const id = JSON.stringify(style, Object.keys(style).sort());
    const group = groups.get(id) ?? { style, ranges: [] };
    group.ranges.push(a1(range));
    groups.set(id, group);
  }
  for (const { style, ranges } of groups.values()) {
    if (Object.keys(style).length === 0) continue;
    const list = sheet.getRangeList(ranges);
    if (style.numberFormat !== undefined) list.setNumberFormat(style.numberFormat);
    if (style.bold !== undefined) list.setFontWeight(style.bold ? 'bold' : 'normal');
    if (style.italic !== undefined) list.setFontStyle(style.italic ? 'italic' : 'normal');
    if (style.underline !== undefined) list.setFontLine(style.underline ? 'underline' : 'none');
    if (style.fontFamily !== undefined) list.setFontFamily(style.fontFamily);
    if (style.fontSize !== undefined) list.setFontSize(style.fontSize);
    if (style.color !== undefined) list.setFontColor(style.color);
    if (style.fill !== undefined) list.setBackground(style.fill);
    if (style.align !== undefined) list.setHorizontalAlignment(style.align);
    if (style.valign !== undefined) list.setVerticalAlignment(style.valign);
    if (style.wrap !== undefined) list.setWrap(style.wrap);
    if (style.border === 'all') list.setBorder(true, true, true, true, true, true);
    if (style.border === 'bottom') list.setBorder(null, null, true, null, null, null);
  }
}
