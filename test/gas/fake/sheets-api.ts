// In-memory Sheets advanced service (Sheets API v4): Spreadsheets.get and Spreadsheets.batchUpdate with the request
// kinds the add-on sends, applied to the fake spreadsheets so that the SpreadsheetApp fake shows the result.
// A batch is all-or-nothing, as in the API. It is validated as strictly as the API, and stricter where a mistake would
// pass silently there: a fields mask naming a property the request leaves unset (the API would reset it), or a
// property set but left out of the mask (the API would ignore it). Each batchUpdate and get counts one call.
import { unimplemented } from './base';
import { EMPTY_CELL, FakeCell, FakeEnv, FakeSheet, FakeSpreadsheet, rangeA1 } from './spreadsheet';

type Request = GoogleAppsScript.Sheets.Schema.Request;
type CellData = GoogleAppsScript.Sheets.Schema.CellData;
type ColorStyle = GoogleAppsScript.Sheets.Schema.ColorStyle;
type Color = GoogleAppsScript.Sheets.Schema.Color;
type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;
type Border = GoogleAppsScript.Sheets.Schema.Border;
type SheetProperties = GoogleAppsScript.Sheets.Schema.SheetProperties;
type SpreadsheetsCollection = GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection;
type BatchRequest = GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetRequest;
type BatchResponse = GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetResponse;

const SUPPORTED = [
  'addSheet',
  'deleteSheet',
  'updateSheetProperties',
  'updateCells',
  'repeatCell',
  'updateBorders',
  'mergeCells',
  'unmergeCells',
  'updateDimensionProperties',
  'appendDimension',
  'copyPaste',
] as const;
type Kind = (typeof SUPPORTED)[number];

/** Cell paths a fields mask may name, each a leaf the fake knows how to apply. */
const CELL_LEAVES = [
  'userEnteredValue',
  'userEnteredFormat.numberFormat',
  'userEnteredFormat.backgroundColor',
  'userEnteredFormat.backgroundColorStyle',
  'userEnteredFormat.horizontalAlignment',
  'userEnteredFormat.verticalAlignment',
  'userEnteredFormat.wrapStrategy',
  'userEnteredFormat.textFormat.bold',
  'userEnteredFormat.textFormat.italic',
  'userEnteredFormat.textFormat.underline',
  'userEnteredFormat.textFormat.fontFamily',
  'userEnteredFormat.textFormat.fontSize',
  'userEnteredFormat.textFormat.foregroundColor',
  'userEnteredFormat.textFormat.foregroundColorStyle',
];
const NUMBER_FORMAT_TYPES = ['TEXT', 'NUMBER', 'PERCENT', 'CURRENCY', 'DATE', 'TIME', 'DATE_TIME', 'SCIENTIFIC'];
const DATE_TYPES = ['DATE', 'TIME', 'DATE_TIME'];
const BORDER_STYLES = ['DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'NONE', 'DOUBLE'];
const MS_PER_DAY = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

class ApiError extends Error {}

function fail(message: string): never {
  throw new ApiError(message);
}

/** The set leaves of a CellData, as mask paths. */
function setLeaves(cell: CellData): string[] {
  const leaves: string[] = [];
  const known = new Set(['userEnteredValue', 'userEnteredFormat']);
  for (const key of Object.keys(cell)) if (!known.has(key)) fail(`the fake does not support CellData.${key}`);
  if (cell.userEnteredValue !== undefined) leaves.push('userEnteredValue');
  const format = (cell.userEnteredFormat ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(format)) {
    if (value === undefined) continue;
    if (key === 'textFormat') {
      for (const [k, v] of Object.entries(value as Record<string, unknown>))
        if (v !== undefined) leaves.push(`userEnteredFormat.textFormat.${k}`);
    } else leaves.push(`userEnteredFormat.${key}`);
  }
  for (const leaf of leaves) if (!CELL_LEAVES.includes(leaf)) fail(`the fake does not support ${leaf}`);
  return leaves;
}

/** 'a.b,c' → paths; each must be a known leaf or a prefix of known leaves. */
function maskPaths(fields: string | undefined): string[] {
  if (!fields) fail('fields is required');
  const paths = fields.split(',').map((p) => p.trim());
  for (const path of paths) {
    if (!/^[A-Za-z.]+$/.test(path)) fail(`the fake does not support the field mask syntax of "${path}"`);
    if (!CELL_LEAVES.some((leaf) => leaf === path || leaf.startsWith(`${path}.`))) fail(`Invalid field selection ${path}`);
  }
  return paths;
}

const covers = (path: string, leaf: string) => leaf === path || leaf.startsWith(`${path}.`);

function hex(color: Color | undefined, style: ColorStyle | undefined): string {
  if (style?.themeColor) fail('the fake does not support theme colours');
  const c = style?.rgbColor ?? color ?? {};
  const parts = [c.red ?? 0, c.green ?? 0, c.blue ?? 0];
  for (const p of [...parts, c.alpha ?? 1])
    if (typeof p !== 'number' || p < 0 || p > 1) fail(`colour component out of [0, 1]: ${String(p)}`);
  return `#${parts
    .map((p) =>
      Math.round(p * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (!allowed.includes(value as T)) fail(`Invalid value at '${what}' (${String(value)})`);
  return value as T;
}

/** A serial of days since 1899-12-30 as a Date of the same wall-clock time (local, as the fake keeps Dates). */
export function dateOfSerial(serial: number): Date {
  const utc = new Date(SERIAL_EPOCH + Math.round(serial * MS_PER_DAY));
  return new Date(
    utc.getUTCFullYear(),
    utc.getUTCMonth(),
    utc.getUTCDate(),
    utc.getUTCHours(),
    utc.getUTCMinutes(),
    utc.getUTCSeconds(),
    utc.getUTCMilliseconds(),
  );
}

/** Apply the leaves the mask names, from `data` (unset = reset to the default), to one cell. */
function applyCell(cell: FakeCell, data: CellData, paths: string[]): void {
  const format = data.userEnteredFormat ?? {};
  const text = format.textFormat ?? {};
  const style = cell.style;
  const put = (prop: string, value: unknown) => {
    if (value === undefined) delete style[prop];
    else style[prop] = value;
  };
  for (const leaf of CELL_LEAVES) {
    if (!paths.some((p) => covers(p, leaf))) continue;
    switch (leaf) {
      case 'userEnteredValue': {
        const value = (data.userEnteredValue ?? {}) as Record<string, unknown>;
        const keys = Object.keys(value).filter((k) => value[k] !== undefined);
        if (keys.length > 1) fail(`oneof field 'value' is already set (${keys.join(', ')})`);
        cell.formula = '';
        if (keys.length === 0) cell.value = '';
        else if (keys[0] === 'stringValue') cell.value = String(value.stringValue);
        else if (keys[0] === 'numberValue') {
          if (typeof value.numberValue !== 'number' || !Number.isFinite(value.numberValue))
            fail(`Invalid numberValue ${String(value.numberValue)}`);
          cell.value = value.numberValue;
        } else if (keys[0] === 'boolValue') cell.value = value.boolValue === true;
        else if (keys[0] === 'formulaValue') {
          cell.formula = String(value.formulaValue);
          cell.value = '#ERROR!';
        } else fail(`the fake does not support ExtendedValue.${keys[0]}`);
        break;
      }
      case 'userEnteredFormat.numberFormat': {
        const nf = format.numberFormat;
        if (!nf) {
          cell.format = '';
          delete cell.formatType;
          break;
        }
        cell.formatType = oneOf(nf.type, NUMBER_FORMAT_TYPES, 'numberFormat.type');
        cell.format = nf.pattern ?? '';
        break;
      }
      case 'userEnteredFormat.backgroundColor':
      case 'userEnteredFormat.backgroundColorStyle':
        put(
          'background',
          format.backgroundColor || format.backgroundColorStyle ? hex(format.backgroundColor, format.backgroundColorStyle) : undefined,
        );
        break;
      case 'userEnteredFormat.horizontalAlignment':
        put(
          'horizontalAlignment',
          format.horizontalAlignment && oneOf(format.horizontalAlignment, ['LEFT', 'CENTER', 'RIGHT'], 'horizontalAlignment').toLowerCase(),
        );
        break;
      case 'userEnteredFormat.verticalAlignment':
        put(
          'verticalAlignment',
          format.verticalAlignment && oneOf(format.verticalAlignment, ['TOP', 'MIDDLE', 'BOTTOM'], 'verticalAlignment').toLowerCase(),
        );
        break;
      case 'userEnteredFormat.wrapStrategy': {
        const strategy =
          format.wrapStrategy && oneOf(format.wrapStrategy, ['OVERFLOW_CELL', 'LEGACY_WRAP', 'CLIP', 'WRAP'], 'wrapStrategy');
        put('wrap', strategy ? strategy === 'WRAP' : undefined);
        put('wrapStrategy', strategy);
        break;
      }
      case 'userEnteredFormat.textFormat.bold':
        put('fontWeight', text.bold === undefined ? undefined : text.bold ? 'bold' : 'normal');
        break;
      case 'userEnteredFormat.textFormat.italic':
        put('fontStyle', text.italic === undefined ? undefined : text.italic ? 'italic' : 'normal');
        break;
      case 'userEnteredFormat.textFormat.underline':
        put('fontLine', text.underline === undefined ? undefined : text.underline ? 'underline' : 'none');
        break;
      case 'userEnteredFormat.textFormat.fontFamily':
        put('fontFamily', text.fontFamily);
        break;
      case 'userEnteredFormat.textFormat.fontSize':
        if (text.fontSize !== undefined && !(text.fontSize > 0)) fail(`Invalid fontSize ${text.fontSize}`);
        put('fontSize', text.fontSize);
        break;
      case 'userEnteredFormat.textFormat.foregroundColor':
      case 'userEnteredFormat.textFormat.foregroundColorStyle':
        put(
          'fontColor',
          text.foregroundColor || text.foregroundColorStyle ? hex(text.foregroundColor, text.foregroundColorStyle) : undefined,
        );
        break;
    }
  }
  // a number in a cell formatted as a date or time reads as a Date in SpreadsheetApp
  if (typeof cell.value === 'number' && cell.formatType && DATE_TYPES.includes(cell.formatType)) cell.value = dateOfSerial(cell.value);
}

interface Failure {
  /** which batchUpdate from now fails (1 = the next) */
  nth: number;
  /** how many of its requests are applied before it fails (to show that they are undone) */
  afterRequests: number;
}

export class FakeSpreadsheetsCollection
  extends unimplemented<SpreadsheetsCollection>('Sheets.Spreadsheets')
  implements SpreadsheetsCollection
{
  /** every batchUpdate that succeeded: its number of requests and its size as JSON, in UTF-8 bytes */
  readonly batches: { requests: number; bytes: number }[] = [];
  private failure: Failure | null = null;
  override Values: FakeValuesCollection;

  constructor(
    private readonly env: FakeEnv,
    private readonly spreadsheets: FakeSpreadsheet[],
  ) {
    super();
    this.Values = new FakeValuesCollection(env, spreadsheets, this.denied);
  }

  /** ids of spreadsheets that exist but are not shared with the user: the API answers 403 */
  readonly denied = new Set<string>();

  /** Make a coming batchUpdate fail after applying some of its requests (nothing stays applied). */
  failBatch(nth = 1, afterRequests = 0): void {
    this.failure = { nth, afterRequests };
  }

  /** Make another spreadsheet reachable by id (test helper, not counted; Values sees it too). */
  addSpreadsheet(ss: FakeSpreadsheet): void {
    this.spreadsheets.push(ss);
  }

  private find(spreadsheetId: string): FakeSpreadsheet {
    if (this.denied.has(spreadsheetId)) throw new Error('The caller does not have permission');
    const ss = this.spreadsheets.find((s) => s.id === spreadsheetId);
    if (!ss) throw new Error(`Requested entity was not found. (spreadsheet ${spreadsheetId})`);
    return ss;
  }

  /**
   * Sheet properties (and `properties.timeZone` when the mask names it); with `ranges` (whole sheets, by title)
   * and a mask naming `…userEnteredFormat.numberFormat`, each sheet's number formats as `data[0].rowData`.
   */
  override get(spreadsheetId: string, optionalArgs?: object): GoogleAppsScript.Sheets.Schema.Spreadsheet {
    this.env.calls.count('Sheets.Spreadsheets.get');
    const args = (optionalArgs ?? {}) as Record<string, unknown>;
    if (args.includeGridData) throw new Error('the fake Spreadsheets.get does not support includeGridData (use a fields mask)');
    const ss = this.find(spreadsheetId);
    const fields = typeof args.fields === 'string' ? args.fields : '';
    const properties = fields.includes('properties.timeZone') ? { properties: { timeZone: ss.timeZone ?? 'Asia/Ho_Chi_Minh' } } : {};
    if (!args.ranges)
      return { spreadsheetId, ...properties, sheets: ss.sheets.map((sheet, index) => ({ properties: propertiesOf(sheet, index) })) };
    if (!fields.includes('userEnteredFormat.numberFormat'))
      throw new Error('the fake Spreadsheets.get with ranges returns number formats only');
    const sheets = (args.ranges as string[]).map((range) => {
      const sheet = sheetOfRange(ss, range);
      const rowData = sheet.values().map((line, r) => ({
        values: line.map((_, c) => {
          const cell = sheet.peek(r + 1, c + 1);
          return cell.format
            ? { userEnteredFormat: { numberFormat: { type: cell.formatType ?? typeOfPattern(cell.format), pattern: cell.format } } }
            : {};
        }),
      }));
      return { properties: { title: sheet.name }, data: [{ rowData }] };
    });
    return { spreadsheetId, ...properties, sheets };
  }

  override batchUpdate(resource: BatchRequest, spreadsheetId: string): BatchResponse {
    this.env.calls.count('Sheets.Spreadsheets.batchUpdate');
    const ss = this.find(spreadsheetId);
    for (const key of Object.keys(resource))
      if (key !== 'requests') throw new Error(`the fake does not support BatchUpdateSpreadsheetRequest.${key}`);
    const requests = resource.requests ?? [];
    if (requests.length === 0) throw new Error('Invalid requests: must specify at least one request.');
    let failAfter = -1;
    if (this.failure && --this.failure.nth === 0) {
      failAfter = this.failure.afterRequests;
      this.failure = null;
    }
    const batch = new Batch(this.env, ss);
    const replies: GoogleAppsScript.Sheets.Schema.Response[] = [];
    requests.forEach((request, i) => {
      if (i === failAfter) {
        batch.rollback();
        throw new Error('Service error: Spreadsheets.batchUpdate (injected)');
      }
      try {
        replies.push(batch.apply(request));
      } catch (error) {
        batch.rollback();
        if (!(error instanceof ApiError)) throw error;
        throw new Error(`Invalid requests[${i}].${kindOf(request)}: ${error.message}`);
      }
    });
    if (failAfter >= requests.length) {
      batch.rollback();
      throw new Error('Service error: Spreadsheets.batchUpdate (injected)');
    }
    this.batches.push({ requests: requests.length, bytes: Buffer.byteLength(JSON.stringify(resource), 'utf8') });
    return { spreadsheetId, replies };
  }
}

/** A whole sheet named in A1 notation: `'Chấm D1 TV01'` or `Cấu hình` (no cell range: the fake reads whole sheets). */
function sheetOfRange(ss: FakeSpreadsheet, range: string): FakeSheet {
  const m = /^'((?:[^']|'')+)'(?:!1:1)?$/.exec(range) ?? /^([^'!]+)$/.exec(range);
  if (!m) throw new Error(`the fake supports whole-sheet ranges only (got ${range})`);
  const title = m[1].replace(/''/g, "'");
  const sheet = ss.sheets.find((s) => s.name === title);
  if (!sheet) throw new Error(`Unable to parse range: ${range}`);
  return sheet;
}

function typeOfPattern(pattern: string): string {
  if (pattern === '@') return 'TEXT';
  if (/[dy]/i.test(pattern)) return 'DATE';
  return pattern.includes('%') ? 'PERCENT' : 'NUMBER';
}

/** Sheets' serial day number of a stored wall clock (the fake keeps it as a Date of that local time). */
function serialOfWall(wall: Date): number {
  const utc = Date.UTC(
    wall.getFullYear(),
    wall.getMonth(),
    wall.getDate(),
    wall.getHours(),
    wall.getMinutes(),
    wall.getSeconds(),
    wall.getMilliseconds(),
  );
  return (utc - SERIAL_EPOCH) / MS_PER_DAY;
}

/** Spreadsheets.Values: batchGet of whole sheets, UNFORMATTED_VALUE with SERIAL_NUMBER dates (as the add-on asks). */
export class FakeValuesCollection
  extends unimplemented<GoogleAppsScript.Sheets.Collection.Spreadsheets.ValuesCollection>('Sheets.Spreadsheets.Values')
  implements GoogleAppsScript.Sheets.Collection.Spreadsheets.ValuesCollection
{
  constructor(
    private readonly env: FakeEnv,
    private readonly spreadsheets: FakeSpreadsheet[],
    private readonly denied: ReadonlySet<string> = new Set(),
  ) {
    super();
  }
  override batchGet(spreadsheetId: string, optionalArgs?: object): GoogleAppsScript.Sheets.Schema.BatchGetValuesResponse {
    this.env.calls.count('Sheets.Spreadsheets.Values.batchGet');
    const args = (optionalArgs ?? {}) as Record<string, unknown>;
    if (args.valueRenderOption !== 'UNFORMATTED_VALUE')
      throw new Error('the fake batchGet supports valueRenderOption UNFORMATTED_VALUE only');
    if (args.dateTimeRenderOption !== 'SERIAL_NUMBER')
      throw new Error('the fake batchGet supports dateTimeRenderOption SERIAL_NUMBER only');
    if (this.denied.has(spreadsheetId)) throw new Error('The caller does not have permission');
    const ss = this.spreadsheets.find((x) => x.id === spreadsheetId);
    if (!ss) throw new Error(`Requested entity was not found. (spreadsheet ${spreadsheetId})`);
    const ranges = (args.ranges as string[] | undefined) ?? [];
    const valueRanges = ranges.map((range) => {
      const sheet = sheetOfRange(ss, range);
      // as the API: trailing blank cells and rows are left out; blanks inside a row are ''
      const all = sheet.values().map((line) => line.map((v) => (v instanceof Date ? serialOfWall(v) : v)));
      const rows = range.endsWith('!1:1') ? all.slice(0, 1) : all;
      const trimmed = rows.map((line) => {
        let end = line.length;
        while (end > 0 && line[end - 1] === '') end--;
        return line.slice(0, end);
      });
      while (trimmed.length > 0 && trimmed[trimmed.length - 1].length === 0) trimmed.pop();
      return {
        range: `'${sheet.name.replace(/'/g, "''")}'!A1:${rangeA1(1, 1, Math.max(trimmed.length, 1), Math.max(sheet.maxCols, 1)).split(':')[1] ?? 'A1'}`,
        majorDimension: 'ROWS',
        ...(trimmed.length ? { values: trimmed } : {}),
      };
    });
    return { spreadsheetId, valueRanges };
  }
}

function kindOf(request: Request): string {
  return Object.keys(request).join(',') || '(empty)';
}

function propertiesOf(sheet: FakeSheet, index: number): SheetProperties {
  return {
    sheetId: sheet.id,
    title: sheet.name,
    index,
    sheetType: 'GRID',
    hidden: sheet.hidden || undefined,
    gridProperties: {
      rowCount: sheet.maxRows,
      columnCount: sheet.maxCols,
      frozenRowCount: sheet.frozenRows || undefined,
      frozenColumnCount: sheet.frozenCols || undefined,
    },
  };
}

/** One batchUpdate being applied: each sheet is snapshotted before its first change, so the batch can be undone. */
class Batch {
  private readonly order: FakeSheet[];
  private readonly active: FakeSpreadsheet['active'];
  private readonly undo = new Map<FakeSheet, () => void>();

  constructor(
    private readonly env: FakeEnv,
    private readonly ss: FakeSpreadsheet,
  ) {
    this.order = [...ss.sheets];
    this.active = ss.active;
  }

  rollback(): void {
    for (const restore of this.undo.values()) restore();
    this.ss.sheets.splice(0, this.ss.sheets.length, ...this.order);
    this.ss.active = this.active;
  }

  private touch(sheet: FakeSheet): FakeSheet {
    if (!this.undo.has(sheet)) this.undo.set(sheet, sheet.snapshot());
    return sheet;
  }

  private sheet(sheetId: number | undefined): FakeSheet {
    const sheet = this.ss.sheets.find((s) => s.id === (sheetId ?? 0));
    if (!sheet) fail(`No grid with id: ${String(sheetId)}`);
    return sheet;
  }

  /** [first row, first col, rows, cols], 0-based, within the grid (missing bounds = the grid's edge) */
  private rect(range: GridRange | undefined): { sheet: FakeSheet; row: number; col: number; rows: number; cols: number } {
    if (!range) fail('range is required');
    const sheet = this.sheet(range.sheetId);
    const r0 = range.startRowIndex ?? 0;
    const r1 = range.endRowIndex ?? sheet.maxRows;
    const c0 = range.startColumnIndex ?? 0;
    const c1 = range.endColumnIndex ?? sheet.maxCols;
    for (const n of [r0, r1, c0, c1]) if (!Number.isInteger(n) || n < 0) fail(`Invalid range index ${n}`);
    if (r1 <= r0 || c1 <= c0) fail('the range is empty');
    if (r1 > sheet.maxRows || c1 > sheet.maxCols)
      fail(
        `Range (${sheet.name}!${rangeA1(r0 + 1, c0 + 1, r1 - r0, c1 - c0)}) exceeds grid limits. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxCols}`,
      );
    return { sheet: this.touch(sheet), row: r0, col: c0, rows: r1 - r0, cols: c1 - c0 };
  }

  apply(request: Request): GoogleAppsScript.Sheets.Schema.Response {
    const kinds = Object.keys(request).filter((k) => (request as Record<string, unknown>)[k] !== undefined);
    if (kinds.length !== 1) fail(`a Request holds exactly one kind (got ${kinds.join(', ') || 'none'})`);
    const kind = kinds[0];
    if (!SUPPORTED.includes(kind as Kind)) fail(`the fake does not support the request kind "${kind}"`);
    const body = (request as Record<string, unknown>)[kind];
    switch (kind as Kind) {
      case 'addSheet':
        return { addSheet: { properties: this.addSheet((body as GoogleAppsScript.Sheets.Schema.AddSheetRequest).properties ?? {}) } };
      case 'deleteSheet':
        this.deleteSheet(body as GoogleAppsScript.Sheets.Schema.DeleteSheetRequest);
        return {};
      case 'updateSheetProperties':
        this.updateSheetProperties(body as GoogleAppsScript.Sheets.Schema.UpdateSheetPropertiesRequest);
        return {};
      case 'updateCells':
        this.updateCells(body as GoogleAppsScript.Sheets.Schema.UpdateCellsRequest);
        return {};
      case 'repeatCell':
        this.repeatCell(body as GoogleAppsScript.Sheets.Schema.RepeatCellRequest);
        return {};
      case 'updateBorders':
        this.updateBorders(body as GoogleAppsScript.Sheets.Schema.UpdateBordersRequest);
        return {};
      case 'mergeCells':
        this.mergeCells(body as GoogleAppsScript.Sheets.Schema.MergeCellsRequest);
        return {};
      case 'updateDimensionProperties':
        this.updateDimensionProperties(body as GoogleAppsScript.Sheets.Schema.UpdateDimensionPropertiesRequest);
        return {};
      case 'unmergeCells':
        this.unmergeCells(body as GoogleAppsScript.Sheets.Schema.UnmergeCellsRequest);
        return {};
      case 'appendDimension':
        this.appendDimension(body as GoogleAppsScript.Sheets.Schema.AppendDimensionRequest);
        return {};
      case 'copyPaste':
        this.copyPaste(body as GoogleAppsScript.Sheets.Schema.CopyPasteRequest);
        return {};
    }
  }

  private checkTitle(title: string, self?: FakeSheet): void {
    if (!title.trim()) fail('a sheet title cannot be empty');
    if (this.ss.sheets.some((s) => s !== self && s.name.toLowerCase() === title.toLowerCase())) {
      fail(`A sheet with the name "${title}" already exists. Please enter another name.`);
    }
  }

  private addSheet(props: SheetProperties): SheetProperties {
    const allowed = new Set(['sheetId', 'title', 'index', 'gridProperties', 'hidden']);
    for (const key of Object.keys(props)) if (!allowed.has(key)) fail(`the fake does not support SheetProperties.${key} in addSheet`);
    const grid = props.gridProperties ?? {};
    for (const key of Object.keys(grid))
      if (!['rowCount', 'columnCount', 'frozenRowCount', 'frozenColumnCount'].includes(key))
        fail(`the fake does not support GridProperties.${key}`);
    let id = props.sheetId;
    if (id === undefined) for (id = 1; this.ss.sheets.some((s) => s.id === id);) id += 1;
    if (!Number.isInteger(id) || id < 0 || id > 2 ** 31 - 1) fail(`Invalid sheetId ${id}`);
    if (this.ss.sheets.some((s) => s.id === id)) fail(`A sheet with id ${id} already exists.`);
    const title = props.title ?? `Sheet${this.ss.sheets.length + 1}`;
    this.checkTitle(title);
    const index = props.index ?? this.ss.sheets.length;
    if (!Number.isInteger(index) || index < 0 || index > this.ss.sheets.length) fail(`Invalid index ${index}`);
    const rows = grid.rowCount ?? 1000;
    const cols = grid.columnCount ?? 26;
    if (!(Number.isInteger(rows) && rows > 0 && Number.isInteger(cols) && cols > 0)) fail(`Invalid grid size ${rows} × ${cols}`);
    if (rows * cols > 10_000_000) fail('This action would increase the number of cells in the workbook above the limit of 10000000 cells.');
    const frozenRows = grid.frozenRowCount ?? 0;
    const frozenCols = grid.frozenColumnCount ?? 0;
    if (frozenRows >= rows || frozenCols >= cols || frozenRows < 0 || frozenCols < 0)
      fail("You can't freeze all visible rows or columns on the sheet.");
    const sheet = new FakeSheet(this.env, this.ss, title, id);
    Object.assign(sheet, { maxRows: rows, maxCols: cols, frozenRows, frozenCols, hidden: props.hidden === true });
    this.ss.sheets.splice(index, 0, sheet);
    return propertiesOf(sheet, index);
  }

  private deleteSheet(body: GoogleAppsScript.Sheets.Schema.DeleteSheetRequest): void {
    const sheet = this.sheet(body.sheetId);
    const others = this.ss.sheets.filter((s) => s !== sheet);
    if (others.length === 0) fail("You can't remove all the sheets in a document.");
    if (!sheet.hidden && others.every((s) => s.hidden)) fail("You can't remove all the visible sheets in a document.");
    this.ss.breakReferencesTo(sheet, (other) => this.touch(other)); // snapshotted before its formulas change
    this.ss.sheets.splice(this.ss.sheets.indexOf(sheet), 1);
    if (this.ss.active?.sheet === sheet) this.ss.active = null;
  }

  private updateSheetProperties(body: GoogleAppsScript.Sheets.Schema.UpdateSheetPropertiesRequest): void {
    const props = body.properties ?? {};
    const sheet = this.touch(this.sheet(props.sheetId));
    const paths = (body.fields ?? fail('fields is required')).split(',').map((p) => p.trim());
    const supported = ['title', 'index', 'hidden', 'gridProperties.frozenRowCount', 'gridProperties.frozenColumnCount'];
    const value = (path: string): unknown =>
      path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], props);
    for (const path of paths) {
      if (!supported.includes(path)) fail(`the fake does not support the field "${path}" of updateSheetProperties`);
      if (value(path) === undefined) fail(`the fields mask names "${path}", which the request leaves unset`);
    }
    for (const path of supported)
      if (value(path) !== undefined && !paths.includes(path)) fail(`"${path}" is set but not in the fields mask`);
    if (props.title !== undefined) {
      this.checkTitle(props.title, sheet);
      sheet.name = props.title;
    }
    if (props.hidden !== undefined) {
      if (props.hidden && this.ss.sheets.every((s) => s === sheet || s.hidden)) fail("You can't hide all the sheets in a document.");
      sheet.hidden = props.hidden;
    }
    if (props.gridProperties?.frozenRowCount !== undefined) sheet.frozenRows = props.gridProperties.frozenRowCount;
    if (props.gridProperties?.frozenColumnCount !== undefined) sheet.frozenCols = props.gridProperties.frozenColumnCount;
    if (props.index !== undefined) {
      // the index counts positions before the move (the API's convention)
      const from = this.ss.sheets.indexOf(sheet);
      if (!Number.isInteger(props.index) || props.index < 0 || props.index > this.ss.sheets.length) fail(`Invalid index ${props.index}`);
      this.ss.sheets.splice(from, 1);
      this.ss.sheets.splice(props.index > from ? props.index - 1 : props.index, 0, sheet);
    }
  }

  private updateCells(body: GoogleAppsScript.Sheets.Schema.UpdateCellsRequest): void {
    if (body.range) {
      // a range and no rows: clear what the mask names (the API resets every cell of the range)
      if (body.rows?.length) fail('the fake supports updateCells with a range only to clear it');
      const { sheet, row, col, rows, cols } = this.rect(body.range);
      const paths = maskPaths(body.fields);
      for (let r = 1; r <= rows; r++) {
        for (let c = 1; c <= cols; c++) {
          if (sheet.peek(row + r, col + c) === EMPTY_CELL) continue;
          const cell = sheet.cell(row + r, col + c);
          applyCell(cell, {}, paths);
          if (paths.includes('userEnteredFormat')) delete cell.style.border;
        }
      }
      return;
    }
    const start = body.start ?? fail('start is required');
    const sheet = this.touch(this.sheet(start.sheetId));
    const paths = maskPaths(body.fields);
    const rows = body.rows ?? [];
    const row0 = start.rowIndex ?? 0;
    const col0 = start.columnIndex ?? 0;
    const used = new Set<string>();
    rows.forEach((rowData, r) => {
      const cells = rowData.values ?? [];
      if (row0 + r >= sheet.maxRows || col0 + cells.length > sheet.maxCols) {
        fail(
          `Range (${sheet.name}!${rangeA1(row0 + r + 1, col0 + 1, 1, Math.max(cells.length, 1))}) exceeds grid limits. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxCols}`,
        );
      }
      cells.forEach((data, c) => {
        for (const leaf of setLeaves(data)) {
          if (!paths.some((p) => covers(p, leaf))) fail(`${leaf} is set but not in the fields mask "${body.fields}"`);
          used.add(leaf);
        }
        applyCell(sheet.cell(row0 + r + 1, col0 + c + 1), data, paths);
      });
    });
    for (const path of paths)
      if (![...used].some((leaf) => covers(path, leaf))) fail(`the fields mask names "${path}", which no cell sets`);
  }

  private repeatCell(body: GoogleAppsScript.Sheets.Schema.RepeatCellRequest): void {
    const { sheet, row, col, rows, cols } = this.rect(body.range);
    const paths = maskPaths(body.fields);
    const data = body.cell ?? {};
    const leaves = setLeaves(data);
    for (const leaf of leaves) if (!paths.some((p) => covers(p, leaf))) fail(`${leaf} is set but not in the fields mask "${body.fields}"`);
    for (const path of paths)
      if (!leaves.some((leaf) => covers(path, leaf))) fail(`the fields mask names "${path}", which the cell leaves unset`);
    for (let r = 1; r <= rows; r++) for (let c = 1; c <= cols; c++) applyCell(sheet.cell(row + r, col + c), data, paths);
  }

  private updateBorders(body: GoogleAppsScript.Sheets.Schema.UpdateBordersRequest): void {
    const { sheet, row, col, rows, cols } = this.rect(body.range);
    const edge = (border: Border | undefined, what: string): boolean | null => {
      if (!border) return null;
      const style = oneOf(border.style, BORDER_STYLES, `${what}.style`);
      hex(border.color, border.colorStyle);
      return style !== 'NONE';
    };
    const edges = {
      top: edge(body.top, 'top'),
      left: edge(body.left, 'left'),
      bottom: edge(body.bottom, 'bottom'),
      right: edge(body.right, 'right'),
      vertical: edge(body.innerVertical, 'innerVertical'),
      horizontal: edge(body.innerHorizontal, 'innerHorizontal'),
    };
    if (Object.values(edges).every((e) => e === null)) fail('updateBorders sets no border');
    // stored as SpreadsheetApp's setBorder stores it: the same edges on every cell of the range
    for (let r = 1; r <= rows; r++) for (let c = 1; c <= cols; c++) sheet.cell(row + r, col + c).style.border = { ...edges };
  }

  private mergeCells(body: GoogleAppsScript.Sheets.Schema.MergeCellsRequest): void {
    const { sheet, row, col, rows, cols } = this.rect(body.range);
    const type = oneOf(body.mergeType, ['MERGE_ALL', 'MERGE_COLUMNS', 'MERGE_ROWS'], 'mergeType');
    const rects: [number, number, number, number][] =
      type === 'MERGE_ALL'
        ? [[row + 1, col + 1, rows, cols]]
        : type === 'MERGE_ROWS'
          ? Array.from({ length: rows }, (_, r) => [row + r + 1, col + 1, 1, cols])
          : Array.from({ length: cols }, (_, c) => [row + 1, col + c + 1, rows, 1]);
    const existing = sheet.merges.map(parseRect);
    for (const m of rects) {
      if (m[2] * m[3] === 1) continue;
      if (existing.some((e) => overlaps(e, m))) fail('You must select all cells in a merged range to merge or unmerge them.');
      const crosses = (start: number, count: number, frozen: number) => frozen > 0 && start <= frozen && start + count - 1 > frozen;
      if (crosses(m[0], m[2], sheet.frozenRows) || crosses(m[1], m[3], sheet.frozenCols))
        fail("You can't merge frozen and non-frozen rows or columns.");
      existing.push(m);
      sheet.merges.push(rangeA1(...m));
    }
  }

  private unmergeCells(body: GoogleAppsScript.Sheets.Schema.UnmergeCellsRequest): void {
    const { sheet, row, col, rows, cols } = this.rect(body.range);
    const range: [number, number, number, number] = [row + 1, col + 1, rows, cols];
    const inside = (m: [number, number, number, number]) =>
      m[0] >= range[0] && m[1] >= range[1] && m[0] + m[2] <= range[0] + range[2] && m[1] + m[3] <= range[1] + range[3];
    const kept = sheet.merges.filter((a1) => {
      const m = parseRect(a1);
      if (!overlaps(m, range)) return true;
      if (!inside(m)) fail('You must select all cells in a merged range to merge or unmerge them.');
      return false;
    });
    sheet.merges.splice(0, sheet.merges.length, ...kept);
  }

  private appendDimension(body: GoogleAppsScript.Sheets.Schema.AppendDimensionRequest): void {
    const sheet = this.touch(this.sheet(body.sheetId));
    const length = body.length ?? 0;
    if (!Number.isInteger(length) || length < 1) fail(`Invalid length ${length}`);
    if (oneOf(body.dimension, ['ROWS', 'COLUMNS'], 'dimension') === 'ROWS') sheet.maxRows += length;
    else sheet.maxCols += length;
  }

  /** PASTE_NORMAL: values, formulas, formats and merges of the source, at the destination's top-left cell. */
  private copyPaste(body: GoogleAppsScript.Sheets.Schema.CopyPasteRequest): void {
    if (body.pasteType !== 'PASTE_NORMAL') fail('the fake supports pasteType PASTE_NORMAL only');
    if (body.pasteOrientation && body.pasteOrientation !== 'NORMAL') fail('the fake supports pasteOrientation NORMAL only');
    const from = this.rect(body.source);
    const to = this.rect(body.destination);
    if (to.rows !== from.rows || to.cols !== from.cols) fail('the fake supports a destination of the source size only');
    for (let r = 1; r <= from.rows; r++) {
      for (let c = 1; c <= from.cols; c++) {
        const src = from.sheet.peek(from.row + r, from.col + c);
        const dst = to.sheet.cell(to.row + r, to.col + c);
        dst.value = src.value instanceof Date ? new Date(src.value.getTime()) : src.value;
        dst.formula = src.formula;
        dst.format = src.format;
        if (src.formatType === undefined) delete dst.formatType;
        else dst.formatType = src.formatType;
        dst.style = JSON.parse(JSON.stringify(src.style)) as Record<string, unknown>;
      }
    }
    const area: [number, number, number, number] = [to.row + 1, to.col + 1, to.rows, to.cols];
    if (to.sheet.merges.some((a1) => overlaps(parseRect(a1), area)))
      fail('You must select all cells in a merged range to merge or unmerge them.');
    for (const a1 of from.sheet.merges) {
      const m = parseRect(a1);
      if (m[0] > from.row && m[1] > from.col && m[0] + m[2] - 1 <= from.row + from.rows && m[1] + m[3] - 1 <= from.col + from.cols) {
        to.sheet.merges.push(rangeA1(m[0] - from.row + to.row, m[1] - from.col + to.col, m[2], m[3]));
      }
    }
  }

  private updateDimensionProperties(body: GoogleAppsScript.Sheets.Schema.UpdateDimensionPropertiesRequest): void {
    const range = body.range ?? fail('range is required');
    const sheet = this.touch(this.sheet(range.sheetId));
    const dimension = oneOf(range.dimension, ['ROWS', 'COLUMNS'], 'range.dimension');
    const max = dimension === 'ROWS' ? sheet.maxRows : sheet.maxCols;
    const start = range.startIndex ?? 0;
    const end = range.endIndex ?? max;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start)) fail(`Invalid dimension range ${start}–${end}`);
    if (end > max) fail(`Invalid dimension range: ${end} exceeds the sheet's ${max} ${dimension.toLowerCase()}`);
    if (body.fields !== 'pixelSize') fail(`the fake supports the fields mask "pixelSize" only (got "${body.fields}")`);
    const props = body.properties ?? {};
    for (const key of Object.keys(props)) if (key !== 'pixelSize') fail(`"${key}" is set but not in the fields mask`);
    const px = props.pixelSize;
    if (px === undefined) fail('the fields mask names "pixelSize", which the request leaves unset');
    if (!Number.isInteger(px) || px < 0) fail(`Invalid pixelSize ${px}`);
    const target = dimension === 'ROWS' ? sheet.heights : sheet.widths;
    // the maps hold sizes other than Sheets' default (21 px rows, 100 px columns): the default is no entry
    const byDefault = dimension === 'ROWS' ? 21 : 100;
    for (let i = start; i < end; i++) {
      if (px === byDefault) target.delete(i + 1);
      else target.set(i + 1, px);
    }
  }
}

function parseRect(a1: string): [number, number, number, number] {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1);
  if (!m) throw new Error(`bad merge ${a1}`);
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const r1 = Number(m[2]);
  const c1 = col(m[1]);
  return [r1, c1, (m[4] ? Number(m[4]) : r1) - r1 + 1, (m[3] ? col(m[3]) : c1) - c1 + 1];
}

function overlaps(a: [number, number, number, number], b: [number, number, number, number]): boolean {
  return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
}

/** The `Sheets` advanced service of a fake: only Spreadsheets.get and Spreadsheets.batchUpdate. */
export class FakeSheetsApi extends unimplemented<GoogleAppsScript.Sheets>('Sheets') implements GoogleAppsScript.Sheets {
  override Spreadsheets: FakeSpreadsheetsCollection;
  constructor(env: FakeEnv, spreadsheets: FakeSpreadsheet[]) {
    super();
    this.Spreadsheets = new FakeSpreadsheetsCollection(env, spreadsheets);
  }
}
