// A sheet whose rows are identified by a key (a participant code, or participant × award) and whose columns by
// header: created when missing, otherwise extended with the missing rows (at the bottom) and columns (at the end).
// Cells already there are never written.
import { KEY_SEPARATOR, key } from '../core/codes';
import { cellInput } from './cell-text';
import { HEADER_FILL } from './setup';
import { SheetsWorkbook, ensureSize, setColumnWidthRuns } from './sheets-workbook';
import { columnRuns } from './validation';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface KeyedColumn {
  header: string;
  note: string;
  width: number;
}

export interface KeyedSheetPlan {
  name: string;
  /** the identifying and descriptive columns (filled for new rows) */
  fixed: KeyedColumn[];
  /** one per criterion or member: left blank for people to fill */
  open: KeyedColumn[];
  /** indexes of the fixed columns that make a row's key ([0] on cards; [0, 2] on votes) */
  keyColumns: number[];
  rows: string[][];
  /**
   * A sheet that does not exist yet is made under this name (a temporary one) and the caller names it when it is
   * complete: a failure on the way leaves no half-made sheet under the real name.
   */
  createAs?: string;
}

export interface KeyedSheet {
  sheet: Sheet;
  created: boolean;
  /** column of each fixed then open column, in plan order */
  cols: number[];
  /** last row holding data after the sync */
  lastRow: number;
  addedRows: number;
  addedCols: number;
  maxRows: number;
}

export function syncKeyedSheet(wb: SheetsWorkbook, plan: KeyedSheetPlan): KeyedSheet {
  const existing = wb.sheet(plan.name);
  const sheet = existing ?? wb.spreadsheet.insertSheet(plan.createAs ?? plan.name);
  const values = existing ? (sheet.getDataRange().getValues() as unknown[][]) : [];
  const headerKeys = (values[0] ?? []).map((v) => key(String(v)));
  const lastCol = headerKeys.reduce((last, h, i) => (h !== '' ? i + 1 : last), 0);
  const columns = [...plan.fixed, ...plan.open];
  const cols: number[] = [];
  const newHeaders: string[] = [];
  for (const column of columns) {
    const at = headerKeys.indexOf(key(column.header));
    if (at >= 0) cols.push(at + 1);
    else {
      newHeaders.push(column.header);
      cols.push(lastCol + newHeaders.length);
    }
  }
  const planKey = (row: string[]) => plan.keyColumns.map((i) => key(row[i] ?? '')).join(KEY_SEPARATOR);
  const sheetKey = (row: unknown[]) => plan.keyColumns.map((i) => key(String(row[cols[i] - 1] ?? ''))).join(KEY_SEPARATOR);
  const have = new Set(values.slice(1).map(sheetKey));
  const fresh = plan.rows.filter((row) => !have.has(planKey(row)));
  const usedRows = Math.max(values.length, 1);
  const width = Math.max(lastCol + newHeaders.length, ...cols);
  const lastRow = usedRows + fresh.length;
  const maxRows = existing ? sheet.getMaxRows() : 1000;
  ensureSize(sheet, lastRow, width, maxRows, existing ? Math.max(lastCol, 1) : 26);
  if (newHeaders.length > 0) sheet.getRange(1, lastCol + 1, 1, newHeaders.length).setValues([newHeaders]);
  if (fresh.length > 0) {
    const block = fresh.map((row) => {
      const line: unknown[] = new Array<unknown>(width).fill('');
      plan.fixed.forEach((_, i) => (line[cols[i] - 1] = cellInput(row[i] ?? '')));
      return line;
    });
    sheet.getRange(usedRows + 1, 1, block.length, width).setValues(block);
  }
  // header notes for our columns, one call per run of adjacent columns
  const noteOf = new Map(cols.map((col, i) => [col, columns[i].note]));
  for (const run of columnRuns(cols)) sheet.getRange(1, run[0], 1, run.length).setNotes([run.map((col) => noteOf.get(col) ?? '')]);
  if (!existing || newHeaders.length > 0) {
    const header = sheet.getRange(1, 1, 1, width);
    header.setFontWeight('bold');
    header.setBackground(HEADER_FILL);
    header.setWrap(true);
    setColumnWidthRuns(
      sheet,
      new Map(columns.flatMap((column, i) => (cols[i] > lastCol ? [[cols[i], column.width] as [number, number]] : []))),
    );
  }
  if (!existing) {
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(plan.fixed.length);
  }
  return {
    sheet,
    created: !existing,
    cols,
    lastRow,
    addedRows: existing ? fresh.length : 0,
    addedCols: existing ? newHeaders.length : 0,
    maxRows: Math.max(maxRows, lastRow),
  };
}
