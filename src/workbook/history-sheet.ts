// Importing a finished year into `Lịch sử` (issue 16), shared by `thidua history add` (Node, .xlsx) and the menu
// "Nhập kết quả năm trước" (Apps Script): last year's final results read from its workbook, matched against this
// year's staff (src/core/history.ts), and the whole `Lịch sử` sheet to write (existing rows kept as they are, new rows
// appended) computed before anything is written. The caller writes it through its atomic path.
import { formatCell } from '../core/cellref';
import { key } from '../core/codes';
import { finalResults, HISTORY_MSG, importYear } from '../core/history';
import type { HistoryImport, YearResult } from '../core/history';
import type { Problem } from '../core/model';
import type { CellValue, OutputSheet, Workbook } from './port';
import { isoToSerial } from './cells';
import { HISTORY_SHEET } from './read-history';
import { readSchool } from './read-school';
import { HISTORY, sheetSpec } from './schema';
import { SHEET } from '../core/sheet-names';

/** Sheets without which a workbook is not a school's thi đua workbook. */
const SCHOOL_SHEETS = [SHEET.config, SHEET.staff, SHEET.phases];
/** Errors named in a message; the rest are counted. */
const SHOWN = 5;

function errorLines(problems: Problem[]): { lines: string[]; more: number } {
  const errors = problems.filter((p) => p.severity === 'error');
  const lines = errors.slice(0, SHOWN).map((p) => (p.where ? `${formatCell(p.where)}: ${p.message}` : p.message));
  return { lines, more: errors.length - lines.length };
}

export type LastYear = { year: string; results: YearResult[] } | { error: string };

/** Last year's final results from its workbook; refused (with the reason) for a foreign workbook or one with errors. */
export function readLastYear(book: Workbook, source: string): LastYear {
  const names = book.sheetNames().map(key);
  const missing = SCHOOL_SHEETS.filter((n) => !names.includes(key(n)));
  if (missing.length > 0) return { error: HISTORY_MSG.notSchoolFile(source, missing) };
  const { data, problems } = readSchool(book);
  const { lines, more } = errorLines(problems);
  if (lines.length > 0) return { error: HISTORY_MSG.lastYearErrors(source, lines, more) };
  return finalResults(data, source);
}

/** The new rows alone, to go below row `afterRow` of the existing sheet; `dateColumn` (1-based) holds date serials. */
export interface HistoryAppend {
  sheet: string;
  afterRow: number;
  rows: CellValue[][];
  dateColumn: number;
}

/**
 * `sheet`: the whole `Lịch sử` with the new rows (to write when the sheet does not exist yet, or into an .xlsx);
 * `append`: the new rows alone, below the `Lịch sử` that exists (Apps Script appends them in place, so the sheet's
 * notes, drop-downs, protection and the formulas pointing at it stay).
 */
export type HistoryPlan = { imported: HistoryImport; sheet: OutputSheet | null; append: HistoryAppend | null } | { error: string };

/**
 * This year's `Lịch sử` with last year's results appended: null when every row is already there (a re-import
 * writes nothing). Refused while this year's `Cán bộ` or `Lịch sử` has errors (a person could be matched wrongly).
 */
export function planHistory(book: Workbook, year: string, results: YearResult[]): HistoryPlan {
  const { data, problems } = readSchool(book);
  const relevant = problems.filter((p) => p.where !== null && [key(SHEET.staff), key(HISTORY_SHEET)].includes(key(p.where.sheet)));
  const { lines, more } = errorLines(relevant);
  if (lines.length > 0) return { error: HISTORY_MSG.thisYearErrors(lines, more) };
  const imported = importYear(data.staff, data.history ?? [], year, results);
  if (imported.added.length === 0) return { imported, sheet: null, append: null };
  const spec = sheetSpec(HISTORY_SHEET);
  const existingName = book.sheetNames().find((n) => key(n) === key(HISTORY_SHEET));
  const existing = existingName ? (book.read(existingName)?.values ?? []) : [];
  const header: CellValue[] = existing.length > 0 ? (existing[0] as CellValue[]) : spec.columns.map((c) => c.header);
  const at = (h: string): number => header.findIndex((v) => typeof v === 'string' && key(v) === key(h));
  // a column the sheet lacks would drop what the import has for it (a rating, a title) without a word
  const missing = spec.columns.map((c) => c.header).filter((h) => at(h) < 0);
  if (missing.length > 0) return { error: HISTORY_MSG.missingColumns(missing) };
  const width = header.length;
  const rows: CellValue[][] = [header, ...(existing.slice(1) as CellValue[][])];
  const added: CellValue[][] = [];
  for (const a of imported.added) {
    const row: CellValue[] = Array<CellValue>(width).fill(null);
    const put = (h: string, v: string | number | null): void => {
      const c = at(h);
      if (c >= 0 && v !== '' && v !== null) row[c] = v;
    };
    put(HISTORY.id.header, a.id);
    put(HISTORY.name.header, a.name);
    // a date serial, like the rows already there (Sheets reads dates as serials): the column's format shows it
    put(HISTORY.birthDate.header, isoToSerial(a.birthDate));
    put(HISTORY.year.header, a.year);
    put(HISTORY.title.header, a.title);
    put(HISTORY.rating.header, a.rating);
    added.push(row);
  }
  rows.push(...added);
  const sheet: OutputSheet = {
    name: existingName ?? HISTORY_SHEET,
    rows,
    styles: [
      {
        range: { row: 1, col: 1, rows: 1, cols: header.length },
        style: { bold: true, fill: '#D9EAD3', align: 'center', wrap: true, border: 'all' },
      },
      // the sheet is written anew: without this a birth date kept from the old rows would show as a bare number
      ...(at(HISTORY.birthDate.header) >= 0 && rows.length > 1
        ? [
            {
              range: { row: 2, col: at(HISTORY.birthDate.header) + 1, rows: rows.length - 1, cols: 1 },
              style: { numberFormat: 'dd/mm/yyyy' },
            },
          ]
        : []),
    ],
    columnWidths: spec.columns.map((c) => c.width),
    frozenRows: 1,
  };
  const append =
    // no sheet, or an empty one (no header row to append below): the whole sheet is written
    existingName === undefined || existing.length === 0
      ? null
      : { sheet: existingName, afterRow: existing.length, rows: added, dateColumn: at(HISTORY.birthDate.header) + 1 };
  return { imported, sheet, append };
}
