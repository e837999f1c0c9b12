// The Workbook port over a Google Spreadsheet. Reads take one getDataRange() and one getValues() per sheet (plus
// getNumberFormats() when formats are asked for); writes go to a temporary sheet per output, and the old sheets
// are replaced only once every temporary sheet is complete: through the Sheets API (sheets-api-write.ts) when the
// advanced service is enabled, else (or when it fails) through SpreadsheetApp.
import { columnLetter } from '../core/cellref';
import { key } from '../core/codes';
import { LOG_SHEET } from '../workbook/schema';
import type { OutputSheet, RangeRef, SheetData, Workbook } from '../workbook/port';
import { cellInput } from './cell-text';
import { InputDigest, valuesText } from './digest';
import { batchFormats, batchValues, inputSheets, listSheets, percentSheets, SheetListing } from './sheets-api-read';
import { flushSpreadsheetApp, globalSheetsService, SheetsService, writeThroughSheetsApi } from './sheets-api-write';
import {
  borderGroups,
  DEFAULT_COLUMN_PX,
  DEFAULT_ROW_PX,
  extent,
  mergeBlocks,
  NEW_SHEET_COLS,
  NEW_SHEET_ROWS,
  styleGrids,
  widthRuns,
} from './write-grids';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sheets being written start with this: a failed run's leftover is removed by the next run (removeLeftovers). */
export const TEMP_PREFIX = '~ đang ghi ';

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

/**
 * Column widths (px by column number) in one call per run of adjacent columns of equal width. `newSheet`: the
 * columns are at Sheets' default width, so columns asking for it cost nothing.
 */
export function setColumnWidthRuns(sheet: Sheet, widthOf: Map<number, number>, newSheet = false): void {
  const widths: number[] = [];
  for (const [col, px] of widthOf) widths[col - 1] = px;
  for (const [start, count, px] of widthRuns(widths, newSheet ? DEFAULT_COLUMN_PX : -1)) {
    if (count === 1) sheet.setColumnWidth(start, px);
    else sheet.setColumnWidths(start, count, px);
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
  /**
   * Utilities.formatDate, to read the dates SpreadsheetApp returns (midnight in the SPREADSHEET's zone) as the
   * dates typed; by default the global `Utilities`. null: dates are taken as SpreadsheetApp gives them.
   */
  utilities?: Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate'> | null;
}

type Utilities = Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate'>;

function globalUtilities(): Utilities | null {
  return typeof Utilities === 'undefined' ? null : Utilities;
}

export class SheetsWorkbook implements Workbook {
  /** by name; null = written through the API, its Sheet looked up by name when first needed */
  private sheets: Map<string, Sheet | null> | null = null;
  private readonly digest = new InputDigest();
  private readonly sheetsApi: SheetsService | null;
  private readonly flush: () => void;
  private spreadsheetId: string | null = null;
  private readonly utilities: Utilities | null;
  /** the API's listing of the sheets (null: listed through SpreadsheetApp, or not yet) */
  private listing: SheetListing | null = null;
  /** values read ahead through the API, by title; null until the first read */
  private ahead: Map<string, unknown[][]> | null = null;
  private formatsAhead: Map<string, string[][]> | null = null;
  /** false once an API read failed: SpreadsheetApp from then on */
  private apiReads: boolean;
  /** a Sheet was handed out: SpreadsheetApp may hold changes the API does not see until flushed */
  private dirty = false;
  private zone: string | null = null;
  private readonly wallClocks = new Map<number, Date>();
  /** header rows read ahead (the log's), by title */
  private readonly headers = new Map<string, unknown[]>();
  /** names of the sheets read, in order */
  readonly reads: string[] = [];

  constructor(
    readonly spreadsheet: Spreadsheet,
    options: SheetsWorkbookOptions = {},
  ) {
    this.sheetsApi = options.sheetsApi === undefined ? globalSheetsService() : options.sheetsApi;
    this.flush = options.flush ?? flushSpreadsheetApp;
    this.utilities = options.utilities === undefined ? globalUtilities() : options.utilities;
    this.apiReads = this.sheetsApi !== null;
  }

  private id(): string {
    this.spreadsheetId ??= this.spreadsheet.getId();
    return this.spreadsheetId;
  }

  /** SpreadsheetApp.flush() when this run may have changed the spreadsheet through SpreadsheetApp */
  private flushIfDirty(): void {
    if (this.dirty) this.flush();
  }

  /** An API read failed: say so in the log and read through SpreadsheetApp from now on. */
  private apiReadFailed(error: unknown): void {
    console.warn(
      `Sheets API read failed, reading through SpreadsheetApp instead: ${error instanceof Error ? error.message : String(error)}`,
    );
    this.apiReads = false;
    this.ahead = null;
  }

  private index(): Map<string, Sheet | null> {
    if (!this.sheets) {
      if (this.sheetsApi && this.apiReads) {
        try {
          this.flushIfDirty();
          this.listing = listSheets(this.sheetsApi, this.id());
          this.zone = this.listing.timeZone || null;
          this.sheets = new Map(this.listing.titles.map((title) => [title, null]));
          return this.sheets;
        } catch (error) {
          this.apiReadFailed(error);
        }
      }
      this.sheets = new Map();
      for (const sheet of this.spreadsheet.getSheets()) this.sheets.set(sheet.getName(), sheet);
    }
    return this.sheets;
  }

  /** The header row of a sheet when it was read ahead (the log's), else undefined. */
  headerAhead(name: string): unknown[] | undefined {
    return this.headers.get(name);
  }

  /** The spreadsheet's time zone (File › Settings), from the API's listing when there is one. */
  timeZone(): string {
    this.index();
    this.zone ??= this.spreadsheet.getSpreadsheetTimeZone();
    return this.zone;
  }

  /**
   * Read these sheets ahead, all in one API call (with the number formats of those with percent columns in one
   * more, when first asked for). Without the API, or when it fails, nothing: read() goes sheet by sheet.
   */
  prefetch(names: string[]): void {
    if (!this.sheetsApi || !this.apiReads) return;
    const listed = new Set(this.index().keys());
    const titles = names.filter((n) => listed.has(n) && !this.ahead?.has(n));
    // the log's header row rides along: appending a line then needs no call to learn its width
    const log = listed.has(LOG_SHEET) && !this.headers.has(LOG_SHEET) ? [LOG_SHEET] : [];
    try {
      this.flushIfDirty();
      const values = batchValues(this.sheetsApi, this.id(), titles, log);
      this.ahead ??= new Map();
      for (const [title, rows] of values) {
        if (titles.includes(title)) this.ahead.set(title, rows);
        else this.headers.set(title, rows[0] ?? []);
      }
    } catch (error) {
      this.apiReadFailed(error);
    }
  }

  /** values (and formats when asked) read ahead through the API, or undefined: read through SpreadsheetApp */
  private readAhead(name: string, formats: boolean): SheetData | undefined {
    if (!this.sheetsApi || !this.apiReads) return undefined;
    if (this.ahead === null) this.prefetch(inputSheets(this.sheetNames()));
    const values = this.ahead?.get(name);
    if (values === undefined) return undefined;
    if (!formats) return { name, values };
    if (!this.formatsAhead?.has(name)) {
      try {
        const titles = [...new Set([name, ...percentSheets([...(this.ahead?.keys() ?? [])])])].filter((t) => !this.formatsAhead?.has(t));
        this.formatsAhead ??= new Map();
        for (const [title, grid] of batchFormats(this.sheetsApi, this.id(), titles)) this.formatsAhead.set(title, grid);
      } catch (error) {
        this.apiReadFailed(error);
        return undefined;
      }
    }
    return { name, values, formats: this.formatsAhead?.get(name) ?? [] };
  }

  /**
   * SpreadsheetApp gives a date cell as midnight in the SPREADSHEET's zone; the script reads Dates in its own zone
   * (the manifest's). Each Date becomes the same wall-clock time in the script's zone, so a date reads as typed
   * wherever the spreadsheet is set. One Utilities.formatDate per distinct date.
   */
  private zoneFree(values: unknown[][]): unknown[][] {
    const utilities = this.utilities;
    if (!utilities || !values.some((row) => row.some((v) => v instanceof Date))) return values;
    const zone = this.timeZone();
    return values.map((row) =>
      row.map((v) => {
        if (!(v instanceof Date)) return v;
        let wall = this.wallClocks.get(v.getTime());
        if (!wall) {
          const m = /^(\d+)-(\d+)-(\d+) (\d+):(\d+):(\d+)$/.exec(utilities.formatDate(v, zone, 'yyyy-MM-dd HH:mm:ss'));
          wall = m ? new Date(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : v;
          this.wallClocks.set(v.getTime(), wall);
        }
        return new Date(wall.getTime());
      }),
    );
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
    this.dirty = true; // the caller may change it through SpreadsheetApp
    const exact = this.exact(name);
    if (exact) return exact;
    for (const other of this.index().keys()) if (key(other) === key(name)) return this.exact(other);
    return null;
  }

  read(name: string, options?: { formats?: boolean }): SheetData | null {
    if (!this.index().has(name)) return null;
    const ahead = this.readAhead(name, options?.formats === true);
    if (ahead) {
      this.digest.add(valuesText(name, ahead.values));
      this.reads.push(name);
      return ahead;
    }
    const sheet = this.exact(name);
    if (!sheet) return null;
    const range = sheet.getDataRange();
    const values = this.zoneFree(range.getValues() as unknown[][]);
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
      // a listing of this run stands while nothing was changed through SpreadsheetApp since
      const existing = this.listing && !this.dirty ? this.listing.properties : undefined;
      this.flushIfDirty();
      writeThroughSheetsApi(service, this.id(), outputs, { tempPrefix: TEMP_PREFIX, ...(existing ? { existing } : {}) });
      this.listing = null;
    } catch (error) {
      console.warn(
        `Sheets API write failed, writing through SpreadsheetApp instead: ${error instanceof Error ? error.message : String(error)}`,
      );
      return false;
    }
    const sheets = this.index();
    // the old Sheet objects are gone; the new ones are looked up by name when needed (most runs never need them)
    for (const output of outputs) {
      for (const name of [...sheets.keys()])
        if (name !== output.name && name.toLowerCase() === output.name.toLowerCase()) sheets.delete(name);
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
    this.dirty = true;
    this.listing = null;
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
        } catch (cleanupError) {
          // the original error is the one thrown; a leftover temporary sheet is harmless and replaced next time
          console.warn(
            `Could not delete the temporary sheet: ${cleanupError instanceof Error ? cleanupError.message : String(cleanupError)}`,
          );
        }
      }
      throw error;
    }
    this.swap(staged);
  }

  /**
   * The complete temporary sheets take the outputs' names. The old sheets are first renamed out of the way (to a
   * temporary name), so that until every new sheet has its name the old ones are whole and can be named back: a
   * failure leaves either every old sheet or every new one under the outputs' names. The old sheets are deleted
   * last; one that cannot be deleted stays under its temporary name and the next run removes it (removeLeftovers).
   */
  private swap(staged: { output: OutputSheet; temp: Sheet; old: Sheet | null; oldName: string | null }[]): void {
    const sheets = this.index();
    const retired: { sheet: Sheet; name: string }[] = [];
    try {
      for (const { old, oldName } of staged) {
        if (!old || oldName === null) continue;
        old.setName(this.tempName(`${oldName} (cũ)`));
        retired.push({ sheet: old, name: oldName });
      }
      for (const { output, temp } of staged) temp.setName(output.name);
    } catch (error) {
      this.undoSwap(staged, retired);
      throw error;
    }
    for (const { output, temp, oldName } of staged) {
      if (oldName !== null && oldName !== output.name) sheets.delete(oldName);
      sheets.set(output.name, temp); // in the old one's place in the order, as in the spreadsheet
    }
    for (const { sheet } of retired) {
      try {
        this.spreadsheet.deleteSheet(sheet);
      } catch (error) {
        // the new results are complete and named; the old sheet, under a temporary name, goes at the next run
        console.warn(
          `Could not delete a replaced sheet (removed at the next run): ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }

  /**
   * Best effort, after a failed swap: the new sheets removed (named or not), then the old ones named back. The
   * swap's error is the one thrown; what could not be undone is in the execution log and removed at the next run.
   */
  private undoSwap(staged: { temp: Sheet }[], retired: { sheet: Sheet; name: string }[]): void {
    const attempt = (what: string, step: () => void): void => {
      try {
        step();
      } catch (error) {
        console.warn(`Could not ${what} after a failed write: ${error instanceof Error ? error.message : String(error)}`);
      }
    };
    for (const { temp } of staged) attempt('delete a new sheet', () => this.spreadsheet.deleteSheet(temp));
    for (const { sheet, name } of retired) attempt(`name “${name}” back`, () => sheet.setName(name));
  }

  /**
   * Removes the temporary sheets a failed earlier run left (their names start with the temporary prefix). Call it
   * under the document lock only: no other run is writing then. Returns their names.
   */
  removeLeftovers(): string[] {
    const names = [...this.index().keys()].filter((name) => name.startsWith(TEMP_PREFIX));
    for (const name of names) {
      const sheet = this.exact(name);
      if (sheet) this.spreadsheet.deleteSheet(sheet);
      this.index().delete(name);
    }
    if (names.length > 0) {
      this.dirty = true;
      this.listing = null;
    }
    return names;
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
  setColumnWidthRuns(sheet, new Map((output.columnWidths ?? []).map((px, i) => [i + 1, px])), true);
  for (const [start, count, px] of widthRuns(
    (output.rowHeights ?? []).map((h) => Math.round(h ?? 0)),
    DEFAULT_ROW_PX,
  )) {
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
  const ranges =
    blocks.length < 3 ? blocks.map((b) => sheet.getRange(a1(b.range))) : sheet.getRangeList(blocks.map((b) => a1(b.range))).getRanges();
  ranges.forEach((range, i) => (blocks[i].across ? range.mergeAcross() : range.merge()));
}
