// The Workbook port over a Google Spreadsheet. Reads take one getDataRange() and one getValues() per sheet (plus
// getNumberFormats() when formats are asked for); writes go to a temporary sheet per output, and the old sheets
// are replaced only once every temporary sheet is complete: through the Sheets API (sheets-api-write.ts) when the
// advanced service is enabled, else (or when it fails) through SpreadsheetApp.
import { columnLetter } from '../core/cellref';
import { key } from '../core/codes';
import type { OutputSheet, RangeRef, SheetData, Workbook } from '../workbook/port';
import { cellInput } from './cell-text';
import { InputDigest, valuesText } from './digest';
import { flushSpreadsheetApp, globalSheetsService, SheetsService, writeThroughSheetsApi } from './sheets-api-write';
import { borderGroups, DEFAULT_ROW_PX, extent, mergeBlocks, NEW_SHEET_COLS, NEW_SHEET_ROWS, styleGrids, widthRuns } from './write-grids';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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

export interface SheetsWorkbookOptions {
  /**
   * The Sheets advanced service for writing (a few calls per sheet, whatever its size); by default the global
   * `Sheets` when appsscript.json enables it. null: SpreadsheetApp only.
   */
  sheetsApi?: SheetsService | null;
  /** run before the API sees the spreadsheet; by default SpreadsheetApp.flush() */
  flush?: () => void;
}

export class SheetsWorkbook implements Workbook {
  /** by name; null = written through the API, its Sheet looked up by name when first needed */
  private sheets: Map<string, Sheet | null> | null = null;
  private readonly digest = new InputDigest();
  private readonly sheetsApi: SheetsService | null;
  private readonly flush: () => void;
  private spreadsheetId: string | null = null;
  /** names of the sheets read, in order */
  readonly reads: string[] = [];

  constructor(
    readonly spreadsheet: Spreadsheet,
    options: SheetsWorkbookOptions = {},
  ) {
    this.sheetsApi = options.sheetsApi === undefined ? globalSheetsService() : options.sheetsApi;
    this.flush = options.flush ?? flushSpreadsheetApp;
  }

  private index(): Map<string, Sheet | null> {
    if (!this.sheets) {
      this.sheets = new Map();
      for (const sheet of this.spreadsheet.getSheets()) this.sheets.set(sheet.getName(), sheet);
    }
    return this.sheets;
  }

  /** the sheet of exactly that name (null when there is none) */
  private exact(name: string): Sheet | null {
    const sheets = this.index();
    let sheet = sheets.get(name);
    if (sheet === undefined) return null;
    if (sheet === null) {
      sheet = this.spreadsheet.getSheetByName(name);
      if (sheet) sheets.set(name, sheet);
      else sheets.delete(name);
    }
    return sheet;
  }

  /** the name of the sheet an output of this name replaces: Sheets titles are unique regardless of case */
  private replacedName(name: string): string | null {
    const names = [...this.index().keys()];
    return names.find((other) => other === name) ?? names.find((other) => other.toLowerCase() === name.toLowerCase()) ?? null;
  }

  sheetNames(): string[] {
    return [...this.index().keys()].filter((name) => !name.startsWith(TEMP_PREFIX));
  }

  /** the sheet of exactly that name, or one whose name matches like a header */
  sheet(name: string): Sheet | null {
    const exact = this.exact(name);
    if (exact) return exact;
    for (const other of this.index().keys()) if (key(other) === key(name)) return this.exact(other);
    return null;
  }

  read(name: string, options?: { formats?: boolean }): SheetData | null {
    const sheet = this.exact(name);
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

  /**
   * Through the Sheets API when the advanced service is there (a few calls per sheet); through SpreadsheetApp when
   * it is not, or when the API fails (its batches are all-or-nothing and the old sheets go in the last one, so the
   * spreadsheet is then as it was).
   */
  write(outputs: OutputSheet[]): void {
    if (outputs.length > 0 && this.sheetsApi && this.writeThroughApi(outputs, this.sheetsApi)) return;
    this.writeThroughSpreadsheetApp(outputs);
  }

  private writeThroughApi(outputs: OutputSheet[], service: SheetsService): boolean {
    try {
      this.flush();
      this.spreadsheetId ??= this.spreadsheet.getId();
      writeThroughSheetsApi(service, this.spreadsheetId, outputs, { tempPrefix: TEMP_PREFIX });
    } catch (error) {
      console.warn(`Sheets API write failed, writing through SpreadsheetApp instead: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
    const sheets = this.index();
    // the old Sheet objects are gone; the new ones are looked up by name when needed (most runs never need them)
    for (const output of outputs) {
      for (const name of [...sheets.keys()]) if (name !== output.name && name.toLowerCase() === output.name.toLowerCase()) sheets.delete(name);
      sheets.set(output.name, null);
    }
    return true;
  }

  /** `~ đang ghi {name}`, or with a number when a failed write left that sheet behind */
  private tempName(name: string): string {
    const taken = new Set([...this.index().keys()].map((n) => n.toLowerCase()));
    let temp = `${TEMP_PREFIX}${name}`;
    for (let n = 2; taken.has(temp.toLowerCase()); n++) temp = `${TEMP_PREFIX}${name} (${n})`;
    return temp;
  }

  private writeThroughSpreadsheetApp(outputs: OutputSheet[]): void {
    const sheets = this.index();
    const staged: { output: OutputSheet; temp: Sheet; old: Sheet | null; oldName: string | null }[] = [];
    try {
      for (const output of outputs) {
        const oldName = this.replacedName(output.name);
        const old = oldName === null ? null : this.exact(oldName);
        const position = old ? old.getIndex() - 1 : sheets.size + staged.length;
        const temp = this.spreadsheet.insertSheet(this.tempName(output.name), position);
        staged.push({ output, temp, old, oldName });
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
    for (const { output, temp, old, oldName } of staged) {
      if (old) this.spreadsheet.deleteSheet(old);
      if (oldName !== null && oldName !== output.name) sheets.delete(oldName);
      temp.setName(output.name);
      sheets.set(output.name, temp); // in the old one's place in the order, as in the spreadsheet
    }
  }
}

/**
 * Values, formats, styles, borders, merges, widths and frozen panes of one output, into a sheet just made by
 * insertSheet(), in a number of calls that does not depend on the number of rows:
 * growing the sheet (≤ 2), getRange + setValues (2), one grid call per cell property the sheet uses (≤ 11),
 * 2 per border kind (1 when it rules the whole written area), 1 per block of merges (+ 1 each, or + 2 in all for
 * 3 blocks or more; a block is one merge, or the same columns merged in consecutive rows),
 * one per run of equal column widths (columns at the default width cost nothing), and 1 per frozen dimension.
 * Row heights and page setup are .xlsx matters: Sheets fits rows to wrapped text and prints with its own dialog.
 */
export function writeSheet(sheet: Sheet, output: OutputSheet): void {
  const { height, width } = extent(output);
  growNewSheet(sheet, height, width);
  const grids = styleGrids(output, height, width);
  const formats = grids.numberFormats;
  const values = Array.from({ length: height }, (_, r) => {
    const row = output.rows[r] ?? [];
    // a cell formatted as text ('@') takes any string literally; elsewhere cellInput() quotes what Sheets would parse
    return Array.from({ length: width }, (_, c) => (formats?.[r][c] === '@' && typeof row[c] === 'string' ? row[c] : cellInput(row[c])));
  });
  const range = sheet.getRange(1, 1, height, width);
  // Formats before values: text cells take strings literally, and a number shows as intended at once.
  if (formats) range.setNumberFormats(formats);
  range.setValues(values);
  if (grids.fontWeights) range.setFontWeights(grids.fontWeights);
  if (grids.fontStyles) range.setFontStyles(grids.fontStyles);
  if (grids.fontLines) range.setFontLines(grids.fontLines);
  if (grids.fontFamilies) range.setFontFamilies(grids.fontFamilies);
  if (grids.fontSizes) range.setFontSizes(grids.fontSizes);
  if (grids.fontColors) range.setFontColors(grids.fontColors);
  if (grids.backgrounds) range.setBackgrounds(grids.backgrounds);
  if (grids.horizontalAlignments) range.setHorizontalAlignments(grids.horizontalAlignments);
  if (grids.verticalAlignments) range.setVerticalAlignments(grids.verticalAlignments);
  // setWraps rather than setWrapStrategies: the latter needs SpreadsheetApp.WrapStrategy, and false is OVERFLOW
  if (grids.wraps) range.setWraps(grids.wraps);
  for (const { kind, rects } of borderGroups(output.styles ?? [])) {
    const whole = rects.length === 1 && rects[0].row === 1 && rects[0].col === 1 && rects[0].rows === height && rects[0].cols === width;
    const target = whole ? range : rects.length === 1 ? sheet.getRange(a1(rects[0])) : sheet.getRangeList(rects.map(a1));
    if (kind === 'all') target.setBorder(true, true, true, true, true, true);
    else target.setBorder(null, null, true, null, null, null);
  }
  mergeAll(sheet, output.merges ?? []);
  for (const [start, count, px] of widthRuns(output.columnWidths ?? [])) {
    if (count === 1) sheet.setColumnWidth(start, px);
    else sheet.setColumnWidths(start, count, px);
  }
  for (const [start, count, px] of widthRuns((output.rowHeights ?? []).map((h) => Math.round(h ?? 0)), DEFAULT_ROW_PX)) {
    sheet.setRowHeights(start, count, px);
  }
  if (output.frozenRows) sheet.setFrozenRows(output.frozenRows);
  if (output.frozenCols) sheet.setFrozenColumns(output.frozenCols);
}

/** A sheet just made by insertSheet() is 1000 × 26: grow it without asking its size. */
function growNewSheet(sheet: Sheet, rows: number, cols: number): void {
  if (rows > NEW_SHEET_ROWS) sheet.insertRowsAfter(NEW_SHEET_ROWS, rows - NEW_SHEET_ROWS);
  if (cols > NEW_SHEET_COLS) sheet.insertColumnsAfter(NEW_SHEET_COLS, cols - NEW_SHEET_COLS);
}

/** RangeList has no merge(): one getRange per block, or for 3 blocks or more one RangeList and its getRanges(). */
function mergeAll(sheet: Sheet, merges: RangeRef[]): void {
  const blocks = mergeBlocks(merges);
  const ranges = blocks.length < 3 ? blocks.map((b) => sheet.getRange(a1(b.range))) : sheet.getRangeList(blocks.map((b) => a1(b.range))).getRanges();
  ranges.forEach((range, i) => (blocks[i].across ? range.mergeAcross() : range.merge()));
}
