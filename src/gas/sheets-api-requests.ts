// An OutputSheet as Sheets API v4 requests (for Sheets.Spreadsheets.batchUpdate), computed without any call:
// addSheet (a hidden temporary sheet of the right size and frozen panes), updateCells with the values, one
// repeatCell per style entry (its fields mask names exactly the properties the entry sets, so later entries win
// property by property), updateBorders, mergeCells, updateDimensionProperties for widths and heights; then the swap:
// show the temporary sheet and name it (first creation), or rewrite the existing sheet in place from it (see
// rewriteInPlace: the sheet keeps its id, so references to it survive).
// Strings go in as stringValue, which the API never parses: '=x', '001' and '20/11' stay text.
import type { CellStyle, CellValue, OutputSheet, RangeRef } from '../workbook/port';
import {
  borderGroups,
  DEFAULT_COLUMN_PX,
  DEFAULT_ROW_PX,
  extent,
  mergeBlocks,
  NEW_SHEET_COLS,
  NEW_SHEET_ROWS,
  widthRuns,
} from './write-grids';

export type ApiRequest = GoogleAppsScript.Sheets.Schema.Request;
type CellData = GoogleAppsScript.Sheets.Schema.CellData;
type CellFormat = GoogleAppsScript.Sheets.Schema.CellFormat;
type RowData = GoogleAppsScript.Sheets.Schema.RowData;
type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;
type NumberFormat = GoogleAppsScript.Sheets.Schema.NumberFormat;
type ColorStyle = GoogleAppsScript.Sheets.Schema.ColorStyle;

/** A payload the requests cannot carry as the SpreadsheetApp path would write it; the caller falls back. */
export class NotExpressible extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotExpressible';
  }
}

const MS_PER_DAY = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DATE_PATTERN = 'dd/mm/yyyy';
const DATE_TIME_PATTERN = 'dd/mm/yyyy hh:mm';

/** Sheets' serial day number of a Date's wall-clock time (as the engine made it: local to the script). */
export function serialOf(date: Date): number {
  const wall = Date.UTC(
    date.getFullYear(),
    date.getMonth(),
    date.getDate(),
    date.getHours(),
    date.getMinutes(),
    date.getSeconds(),
    date.getMilliseconds(),
  );
  return (wall - SERIAL_EPOCH) / MS_PER_DAY;
}

/** '#RRGGBB' (or '#RGB') → an rgbColor with components in [0, 1]. */
export function colorStyle(color: string): ColorStyle {
  const m = /^#([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(color.trim());
  if (!m) throw new NotExpressible(`colour ${color}`);
  const digits = m[1].length === 3 ? [...m[1]].map((d) => d + d).join('') : m[1];
  const part = (i: number) => parseInt(digits.slice(i, i + 2), 16) / 255;
  return { rgbColor: { red: part(0), green: part(2), blue: part(4) } };
}

/** The NumberFormat type the API wants alongside a pattern (quoted text and escapes ignored). */
export function numberFormat(pattern: string): NumberFormat {
  if (pattern === '@') return { type: 'TEXT', pattern };
  const bare = pattern.replace(/"[^"]*"|\\./g, '');
  const date = /[dy]/i.test(bare);
  const time = /[hs]/i.test(bare);
  const type = date && time ? 'DATE_TIME' : date ? 'DATE' : time ? 'TIME' : bare.includes('%') ? 'PERCENT' : 'NUMBER';
  return { type, pattern };
}

/** A value as a cell: strings literally, Dates as serials with a date format; blanks (and NaN, ±∞) as {}. */
export function cellData(value: CellValue | undefined, dateFormatted: boolean): CellData {
  if (typeof value === 'string') return value === '' ? {} : { userEnteredValue: { stringValue: value } };
  if (typeof value === 'number') return Number.isFinite(value) ? { userEnteredValue: { numberValue: value } } : {};
  if (typeof value === 'boolean') return { userEnteredValue: { boolValue: value } };
  if (value instanceof Date) {
    const cell: CellData = { userEnteredValue: { numberValue: serialOf(value) } };
    if (!dateFormatted) {
      const midnight = value.getHours() === 0 && value.getMinutes() === 0 && value.getSeconds() === 0 && value.getMilliseconds() === 0;
      cell.userEnteredFormat = { numberFormat: numberFormat(midnight ? DATE_PATTERN : DATE_TIME_PATTERN) };
    }
    return cell;
  }
  return {};
}

/** One style entry as a format and the fields mask naming exactly what it sets; null when it sets no cell format. */
export function formatOf(style: CellStyle): { format: CellFormat; fields: string[] } | null {
  const format: CellFormat = {};
  const text: NonNullable<CellFormat['textFormat']> = {};
  const fields: string[] = [];
  const set = (path: string, apply: () => void) => {
    apply();
    fields.push(`userEnteredFormat.${path}`);
  };
  // An empty string asks for the default, which only a mask naming an unset property says; none of our sheets does it.
  for (const key of ['fontFamily', 'color', 'fill', 'numberFormat'] as const) {
    if (style[key] === '') throw new NotExpressible(`a style resets ${key}`);
  }
  if (style.bold !== undefined) set('textFormat.bold', () => (text.bold = style.bold));
  if (style.italic !== undefined) set('textFormat.italic', () => (text.italic = style.italic));
  if (style.underline !== undefined) set('textFormat.underline', () => (text.underline = style.underline));
  if (style.fontFamily) set('textFormat.fontFamily', () => (text.fontFamily = style.fontFamily));
  if (style.fontSize !== undefined) set('textFormat.fontSize', () => (text.fontSize = style.fontSize));
  if (style.color) set('textFormat.foregroundColorStyle', () => (text.foregroundColorStyle = colorStyle(style.color ?? '')));
  if (Object.keys(text).length) format.textFormat = text;
  if (style.fill) set('backgroundColorStyle', () => (format.backgroundColorStyle = colorStyle(style.fill ?? '')));
  if (style.align) set('horizontalAlignment', () => (format.horizontalAlignment = style.align?.toUpperCase()));
  if (style.valign) set('verticalAlignment', () => (format.verticalAlignment = style.valign?.toUpperCase()));
  if (style.wrap !== undefined) set('wrapStrategy', () => (format.wrapStrategy = style.wrap ? 'WRAP' : 'OVERFLOW_CELL'));
  if (style.numberFormat) set('numberFormat', () => (format.numberFormat = numberFormat(style.numberFormat ?? '')));
  return fields.length ? { format, fields } : null;
}

export function gridRange(sheetId: number, ref: RangeRef): GridRange {
  return {
    sheetId,
    startRowIndex: ref.row - 1,
    endRowIndex: ref.row - 1 + (ref.rows ?? 1),
    startColumnIndex: ref.col - 1,
    endColumnIndex: ref.col - 1 + (ref.cols ?? 1),
  };
}

const SOLID = { style: 'SOLID', colorStyle: { rgbColor: { red: 0, green: 0, blue: 0 } } };

/** The requests for one output, in the order they must be applied. */
export interface SheetPlan {
  name: string;
  sheetId: number;
  addSheet: ApiRequest;
  /** one per written row; `dated`: the row holds a Date given a date format, so its updateCells mask names numberFormat */
  rows: { data: RowData; dated: boolean }[];
  /** styles, borders, merges, widths and heights: after the values */
  formats: ApiRequest[];
  /** show the sheet, delete the one it replaces, give it its name */
  swap: ApiRequest[];
}

export interface PlanTarget {
  /** the unused id for the new sheet */
  sheetId: number;
  /** the temporary title (unused) */
  tempTitle: string;
  /**
   * the sheet being rewritten, if any: its id, 0-based index, title and grid size. It is rewritten in place (its
   * sheetId stays, so formulas, charts and named ranges pointing at it keep working).
   */
  old: { sheetId: number; index: number; title?: string; rowCount?: number; columnCount?: number } | null;
}

export function planSheet(output: OutputSheet, target: PlanTarget): SheetPlan {
  const { sheetId } = target;
  const { height, width } = extent(output);
  const styles = output.styles ?? [];
  const gridProperties: GoogleAppsScript.Sheets.Schema.GridProperties = {
    rowCount: Math.max(height, NEW_SHEET_ROWS),
    columnCount: Math.max(width, NEW_SHEET_COLS),
  };
  if (output.frozenRows) gridProperties.frozenRowCount = output.frozenRows;
  if (output.frozenCols) gridProperties.frozenColumnCount = output.frozenCols;
  const properties: GoogleAppsScript.Sheets.Schema.SheetProperties = { sheetId, title: target.tempTitle, hidden: true, gridProperties };

  const formats: ApiRequest[] = [];
  for (const { range, style } of styles) {
    const f = formatOf(style);
    if (f)
      formats.push({ repeatCell: { range: gridRange(sheetId, range), cell: { userEnteredFormat: f.format }, fields: f.fields.join(',') } });
  }
  for (const { kind, rects } of borderGroups(styles)) {
    for (const rect of rects) {
      const edges =
        kind === 'all'
          ? { top: SOLID, bottom: SOLID, left: SOLID, right: SOLID, innerHorizontal: SOLID, innerVertical: SOLID }
          : { bottom: SOLID };
      formats.push({ updateBorders: { range: gridRange(sheetId, rect), ...edges } });
    }
  }
  for (const block of mergeBlocks(output.merges ?? [])) {
    formats.push({ mergeCells: { range: gridRange(sheetId, block.range), mergeType: block.across ? 'MERGE_ROWS' : 'MERGE_ALL' } });
  }
  const dimension = (kind: 'COLUMNS' | 'ROWS', [start, count, px]: [number, number, number]): ApiRequest => ({
    updateDimensionProperties: {
      range: { sheetId, dimension: kind, startIndex: start - 1, endIndex: start - 1 + count },
      properties: { pixelSize: Math.round(px) },
      fields: 'pixelSize',
    },
  });
  for (const run of widthRuns(output.columnWidths ?? [])) formats.push(dimension('COLUMNS', run));
  for (const run of widthRuns(
    (output.rowHeights ?? []).map((px) => px ?? 0),
    DEFAULT_ROW_PX,
  ))
    formats.push(dimension('ROWS', run));

  const swap = target.old ? rewriteInPlace(output, target.old, sheetId, height, width) : firstCreation(output, sheetId);

  return { name: output.name, sheetId, addSheet: { addSheet: { properties } }, rows: rowsOf(output, height, width), formats, swap };
}

/** No sheet of that name yet: show the temporary sheet and give it its name. */
function firstCreation(output: OutputSheet, sheetId: number): ApiRequest[] {
  return [
    { updateSheetProperties: { properties: { sheetId, hidden: false }, fields: 'hidden' } },
    { updateSheetProperties: { properties: { sheetId, title: output.name }, fields: 'title' } },
  ];
}

/**
 * The sheet exists: rewrite it in place from the complete temporary sheet, in the last (atomic) batch, and delete
 * the temporary one. Its sheetId stays, so `='Kết quả D1'!A1` elsewhere, charts and named ranges keep pointing at it:
 * grow its grid if needed, unmerge and clear it, set its frozen panes, paste the temporary sheet's values, formats
 * and merges (PASTE_NORMAL), then its column widths and row heights (reset first: paste does not carry them).
 */
function rewriteInPlace(
  output: OutputSheet,
  old: NonNullable<PlanTarget['old']>,
  tempId: number,
  height: number,
  width: number,
): ApiRequest[] {
  const id = old.sheetId;
  const requests: ApiRequest[] = [];
  const rows = Math.max(height, NEW_SHEET_ROWS);
  const cols = Math.max(width, NEW_SHEET_COLS);
  if (old.rowCount !== undefined && old.rowCount < rows)
    requests.push({ appendDimension: { sheetId: id, dimension: 'ROWS', length: rows - old.rowCount } });
  if (old.columnCount !== undefined && old.columnCount < cols)
    requests.push({ appendDimension: { sheetId: id, dimension: 'COLUMNS', length: cols - old.columnCount } });
  requests.push(
    { unmergeCells: { range: { sheetId: id } } },
    { updateCells: { range: { sheetId: id }, fields: 'userEnteredValue,userEnteredFormat' } },
    {
      updateSheetProperties: {
        properties: { sheetId: id, gridProperties: { frozenRowCount: output.frozenRows ?? 0, frozenColumnCount: output.frozenCols ?? 0 } },
        fields: 'gridProperties.frozenRowCount,gridProperties.frozenColumnCount',
      },
    },
    {
      copyPaste: {
        source: gridRange(tempId, { row: 1, col: 1, rows: height, cols: width }),
        destination: gridRange(id, { row: 1, col: 1, rows: height, cols: width }),
        pasteType: 'PASTE_NORMAL',
      },
    },
  );
  const size = (dimension: 'COLUMNS' | 'ROWS', px: number, start?: number, count?: number): ApiRequest => ({
    updateDimensionProperties: {
      range: { sheetId: id, dimension, ...(start === undefined ? {} : { startIndex: start - 1, endIndex: start - 1 + (count ?? 1) }) },
      properties: { pixelSize: Math.round(px) },
      fields: 'pixelSize',
    },
  });
  requests.push(size('COLUMNS', DEFAULT_COLUMN_PX), size('ROWS', DEFAULT_ROW_PX));
  for (const [start, count, px] of widthRuns(output.columnWidths ?? [])) requests.push(size('COLUMNS', px, start, count));
  for (const [start, count, px] of widthRuns(
    (output.rowHeights ?? []).map((px) => px ?? 0),
    DEFAULT_ROW_PX,
  ))
    requests.push(size('ROWS', px, start, count));
  if (old.title !== undefined && old.title !== output.name) {
    requests.push({ updateSheetProperties: { properties: { sheetId: id, title: output.name }, fields: 'title' } });
  }
  requests.push({ deleteSheet: { sheetId: tempId } });
  return requests;
}

/** Cells with a Date that no style gives a number format get a date format of their own (as the .xlsx adapter does). */
function rowsOf(output: OutputSheet, height: number, width: number): { data: RowData; dated: boolean }[] {
  const formatted = (row: number, col: number) =>
    (output.styles ?? []).some(
      ({ range, style }) =>
        style.numberFormat !== undefined &&
        row >= range.row &&
        row < range.row + (range.rows ?? 1) &&
        col >= range.col &&
        col < range.col + (range.cols ?? 1),
    );
  const rows: { data: RowData; dated: boolean }[] = [];
  for (let r = 0; r < Math.min(height, output.rows.length); r++) {
    const line = output.rows[r] ?? [];
    let dated = false;
    const values = line.slice(0, width).map((value, c) => {
      const cell = cellData(value, value instanceof Date && formatted(r + 1, c + 1));
      if (cell.userEnteredFormat) dated = true;
      return cell;
    });
    rows.push({ data: { values }, dated });
  }
  return rows;
}

/** UTF-8 bytes of a request as JSON (what the payload limit is about). */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 2; // a surrogate pair: 4 bytes for 2 UTF-16 units
      i++;
    } else if (code >= 0x800) bytes += 2;
    else if (code >= 0x80) bytes += 1;
  }
  return bytes;
}

/**
 * The plans as batches of at most about `limit` bytes of JSON: each sheet's addSheet, its values in updateCells of
 * consecutive rows, its formats; every swap in the last batch, so that the old sheets are replaced all at once.
 * One small sheet makes one batch.
 */
export function packBatches(plans: SheetPlan[], limit: number): ApiRequest[][] {
  const batches: ApiRequest[][] = [[]];
  let size = 0;
  const push = (request: ApiRequest, bytes = jsonBytes(request)) => {
    if (size + bytes > limit && batches[batches.length - 1].length > 0) {
      batches.push([]);
      size = 0;
    }
    batches[batches.length - 1].push(request);
    size += bytes;
  };
  const OVERHEAD = 200; // the updateCells wrapper around its rows
  for (const plan of plans) {
    push(plan.addSheet);
    let chunk: { data: RowData; dated: boolean }[] = [];
    let chunkStart = 0;
    let chunkBytes = 0;
    const flush = () => {
      if (chunk.length === 0) return;
      const fields = chunk.some((row) => row.dated) ? 'userEnteredValue,userEnteredFormat.numberFormat' : 'userEnteredValue';
      const request: ApiRequest = {
        updateCells: { start: { sheetId: plan.sheetId, rowIndex: chunkStart, columnIndex: 0 }, rows: chunk.map((row) => row.data), fields },
      };
      push(request, chunkBytes + OVERHEAD);
      chunk = [];
      chunkBytes = 0;
    };
    plan.rows.forEach((row, r) => {
      const bytes = jsonBytes(row.data) + 1;
      if (chunk.length > 0 && size + chunkBytes + bytes + OVERHEAD > limit) {
        flush();
        batches.push([]);
        size = 0;
      }
      if (chunk.length === 0) chunkStart = r;
      chunk.push(row);
      chunkBytes += bytes;
    });
    flush();
    for (const request of plan.formats) push(request);
  }
  batches[batches.length - 1].push(...plans.flatMap((plan) => plan.swap));
  return batches;
}
