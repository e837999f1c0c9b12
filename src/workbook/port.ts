// The one small port between the sheet contract and a spreadsheet (Google Sheets or an .xlsx file).
// Reading gives a sheet's used range as a table of cell values; writing adds or replaces whole sheets in one batch.
import type { OutputSheet } from '../documents/output';

export type { CellStyle, CellValue, OutputSheet, PageSetup, RangeRef } from '../documents/output';

export interface SheetData {
  /** the sheet's name as it stands in the workbook */
  name: string;
  /** rows of the used range, row 1 first; rows may be ragged (missing trailing cells = blank) */
  values: unknown[][];
  /** number format per cell, same shape as values, when asked for and known ('' = general) */
  formats?: string[][];
}

export interface Workbook {
  sheetNames(): string[];
  /** null when there is no sheet of exactly that name; `formats` only when asked for */
  read(name: string, options?: { formats?: boolean }): SheetData | null;
  /**
   * Add or replace these sheets, all at once: nothing is changed unless every sheet is written.
   * Input sheets not named here are left as they are.
   */
  write(sheets: OutputSheet[]): void;
}
