// "Thiết lập bảng tính": every input sheet of SPEC §2 with headers, notes, validation, formats, frozen header and
// widths. Run again, it adds what is missing (sheets, header columns at the end, `Cấu hình` parameters) and never
// changes a data cell.
import { columnLetter } from '../core/cellref';
import { key } from '../core/codes';
import type { ColumnSpec, ParamSpec, RefKind, SheetSpec } from '../workbook/schema';
import { SHEETS } from '../workbook/schema';
import { appendLog, ensureLogSheet, runLogged } from './log';
import { MSG } from './messages';
import { GasServices } from './services';
import { withDocumentLock } from './tally';
import { SheetsWorkbook, ensureSize, setColumnWidthRuns } from './sheets-workbook';
import { REF_TARGETS, columnRuns, formatFor, ruleFor } from './validation';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export const HEADER_FILL = '#d9ead3';
export const SETUP_PROPERTY = 'thidua.setupVersion';
const SETUP_VERSION = '1';

export interface SetupReport {
  created: string[];
  addedColumns: { sheet: string; header: string }[];
  addedParams: string[];
  /** things the secretary should fix by hand (the spreadsheet's time zone) */
  warnings: string[];
}

/** The zone of Vietnam; the manifest's (the script's) zone too. */
const VIETNAM_ZONE = 'Asia/Ho_Chi_Minh';

interface Placed {
  spec: SheetSpec;
  sheet: Sheet;
  created: boolean;
  /** column number of each spec column (same order as spec.columns) */
  cols: number[];
  /** columns added this time */
  added: number[];
  maxRows: number;
}

/**
 * Under the document lock, logged in `Nhật ký` (a failure too). Every step can be run again: a run that failed
 * part-way is completed by the next one (a column's width is set before its header, so that a header there means
 * its width is too).
 */
export function setupWorkbook(services: GasServices): SetupReport {
  return runLogged(
    services,
    { action: MSG.log.setup, phase: '' },
    () =>
      withDocumentLock(services, () => {
        const ss = services.SpreadsheetApp.getActiveSpreadsheet();
        const wb = new SheetsWorkbook(ss, { utilities: services.Utilities });
        const report = setup(services, ss, wb);
        try {
          appendLog(services, ss, wb, { action: MSG.log.setup, phase: '' });
        } catch (error) {
          report.warnings.push(MSG.logLineMissing(error instanceof Error ? error.message : String(error)));
        }
        return report;
      }),
    MSG.setupFailed,
  );
}

function setup(services: GasServices, ss: GoogleAppsScript.Spreadsheet.Spreadsheet, wb: SheetsWorkbook): SetupReport {
  const report: SetupReport = { created: [], addedColumns: [], addedParams: [], warnings: [] };
  const zone = ss.getSpreadsheetTimeZone();
  if (zone !== VIETNAM_ZONE && zone !== 'Asia/Saigon') report.warnings.push(MSG.timeZone(zone));
  // Headers of every sheet first, so that references (drop-downs of codes) find their target column.
  const placed = SHEETS.map((spec) => placeHeaders(wb, spec, report));
  const refRange = (ref: RefKind): Range | null => {
    const target = ref ? REF_TARGETS[ref] : undefined;
    const at = target && placed.find((p) => p.spec.name === target[0]);
    if (!target || !at) return null;
    const col = at.cols[at.spec.columns.findIndex((c) => c.header === target[1])];
    return at.sheet.getRange(`${columnLetter(col)}2:${columnLetter(col)}${at.maxRows}`);
  };
  for (const p of placed) {
    decorate(services, p, refRange);
    if (p.spec.params) report.addedParams.push(...addParams(services, p, p.spec.params));
  }
  ensureLogSheet(ss, wb);
  services.PropertiesService.getDocumentProperties().setProperty(SETUP_PROPERTY, SETUP_VERSION);
  return report;
}

function placeHeaders(wb: SheetsWorkbook, spec: SheetSpec, report: SetupReport): Placed {
  const existing = wb.sheet(spec.name);
  const sheet = existing ?? wb.spreadsheet.insertSheet(spec.name);
  if (!existing) report.created.push(spec.name);
  const lastCol = existing ? sheet.getLastColumn() : 0;
  const headers =
    lastCol > 0
      ? sheet
          .getRange(1, 1, 1, lastCol)
          .getValues()[0]
          .map((v) => key(String(v)))
      : [];
  const cols: number[] = [];
  const added: number[] = [];
  let next = lastCol + 1;
  for (const column of spec.columns) {
    const at = headers.indexOf(key(column.header));
    if (at >= 0) cols.push(at + 1);
    else {
      cols.push(next);
      added.push(next);
      next += 1;
      if (existing) report.addedColumns.push({ sheet: spec.name, header: column.header });
    }
  }
  if (added.length > 0) {
    ensureSize(sheet, 1, next - 1, 1, existing ? lastCol : 26);
    // widths first: once a header is there, its width is too (a run that failed in between adds both again)
    setColumnWidthRuns(sheet, new Map(added.map((col) => [col, spec.columns[cols.indexOf(col)].width])));
    const newHeaders = added.map((col) => spec.columns[cols.indexOf(col)].header);
    sheet.getRange(1, added[0], 1, added.length).setValues([newHeaders]);
  }
  const maxRows = existing ? sheet.getMaxRows() : 1000;
  return { spec, sheet, created: !existing, cols, added, maxRows };
}

function decorate(services: GasServices, p: Placed, refRange: (ref: RefKind) => Range | null): void {
  const { sheet, spec, cols } = p;
  const columnOf = new Map(cols.map((col, i) => [col, spec.columns[i]]));
  // notes on our header cells (runs of adjacent columns: one call each)
  for (const run of columnRuns(cols)) {
    const notes = run.map((col) => (columnOf.get(col) as ColumnSpec).note);
    sheet.getRange(1, run[0], 1, run.length).setNotes([notes]);
  }
  const width = Math.max(...cols);
  const header = sheet.getRange(1, 1, 1, width);
  header.setFontWeight('bold');
  header.setBackground(HEADER_FILL);
  header.setWrap(true);
  header.setVerticalAlignment('middle');
  if (p.created || sheet.getFrozenRows() === 0) sheet.setFrozenRows(1);
  if (p.maxRows < 2 || spec.params) return; // `Cấu hình` is validated per parameter row
  // data validation, by runs of adjacent columns that have a rule
  const app = services.SpreadsheetApp;
  const rules = new Map<number, GoogleAppsScript.Spreadsheet.DataValidation>();
  for (const [col, column] of columnOf) {
    const rule = ruleFor(app, column, refRange);
    if (rule) rules.set(col, rule);
  }
  const rows = p.maxRows - 1;
  for (const run of columnRuns([...rules.keys()])) {
    const line = run.map((col) => rules.get(col) ?? null);
    sheet.getRange(2, run[0], rows, run.length).setDataValidations(Array.from({ length: rows }, () => line));
  }
  // number formats, one RangeList per format
  const byFormat = new Map<string, string[]>();
  for (const [col, column] of columnOf) {
    const format = formatFor(column);
    if (format) byFormat.set(format, [...(byFormat.get(format) ?? []), `${columnLetter(col)}2:${columnLetter(col)}${p.maxRows}`]);
  }
  for (const [format, ranges] of byFormat) sheet.getRangeList(ranges).setNumberFormat(format);
}

function paramDefault(param: ParamSpec): string | number {
  if (param.default === undefined) return '';
  if (typeof param.default === 'boolean') return param.default ? 'Có' : 'Không';
  return param.default;
}

/** Appends the missing parameter rows of `Cấu hình`; notes and a rule on every known parameter. */
function addParams(services: GasServices, p: Placed, params: ParamSpec[]): string[] {
  const { sheet, cols } = p;
  const [nameCol, valueCol] = cols;
  const values = p.created ? [] : (sheet.getDataRange().getValues() as unknown[][]);
  const rowOf = new Map<string, number>();
  values.forEach((row, i) => {
    if (i > 0 && row[nameCol - 1] !== '' && row[nameCol - 1] !== undefined) rowOf.set(key(String(row[nameCol - 1])), i + 1);
  });
  const missing = params.filter((param) => !rowOf.has(key(param.name)));
  const width = Math.max(nameCol, valueCol);
  let last = Math.max(values.length, 1);
  if (missing.length > 0) {
    ensureSize(sheet, last + missing.length, width, p.maxRows, width);
    const block = missing.map((param) => {
      const row: unknown[] = new Array<unknown>(width).fill('');
      row[nameCol - 1] = param.name;
      row[valueCol - 1] = paramDefault(param);
      return row;
    });
    sheet.getRange(last + 1, 1, block.length, width).setValues(block);
    missing.forEach((param, i) => rowOf.set(key(param.name), last + 1 + i));
    last += missing.length;
  }
  // one note per parameter name, one rule per parameter value: a column block each (rows 2..last)
  const notes: string[][] = [];
  const rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] = [];
  const paramAt = new Map([...rowOf].map(([k, row]) => [row, params.find((x) => key(x.name) === k)]));
  for (let row = 2; row <= last; row++) {
    const param = paramAt.get(row);
    notes.push([param?.note ?? '']);
    rules.push([param ? ruleFor(services.SpreadsheetApp, param, () => null) : null]);
  }
  if (last >= 2) {
    sheet.getRange(2, nameCol, last - 1, 1).setNotes(notes);
    sheet.getRange(2, valueCol, last - 1, 1).setDataValidations(rules);
  }
  return missing.map((param) => param.name);
}
