// The one small port between the sheet contract and a spreadsheet (Google Sheets or an .xlsx file).
// Reading gives a sheet's used range as a table of cell values; writing adds or replaces whole sheets in one batch.

/**
 * Cell values as adapters return them: string | number | boolean | Date | null (blank).
 * A formula error is returned as its error string (`#REF!`, `#VALUE!`, …), as SpreadsheetApp's getValues() does.
 */
export type CellValue = string | number | boolean | Date | null;

export interface SheetData {
  /** the sheet's name as it stands in the workbook */
  name: string;
  /** rows of the used range, row 1 first; rows may be ragged (missing trailing cells = blank) */
  values: unknown[][];
  /** number format per cell, same shape as values, when asked for and known ('' = general) */
  formats?: string[][];
}

/** A rectangle of cells, 1-based. */
export interface RangeRef {
  row: number;
  col: number;
  rows?: number;
  cols?: number;
}

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontFamily?: string;
  fontSize?: number;
  /** '#RRGGBB' */
  color?: string;
  fill?: string;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** thin borders on every edge of every cell of the range, or only a bottom rule */
  border?: 'all' | 'bottom';
  /** e.g. '0.00', '0', 'dd/mm/yyyy', '@' */
  numberFormat?: string;
}

export interface PageSetup {
  paper: 'A4';
  orientation: 'portrait' | 'landscape';
  /** fit every column on the page width */
  fitToWidth: boolean;
  /** margins in inches */
  margins: { top: number; bottom: number; left: number; right: number };
  /** rows repeated at the top of every printed page (1-based, inclusive) */
  repeatRows?: { first: number; last: number };
}

/** A sheet to write: its values, and how it looks. Strings are always written as literal text, never formulas. */
export interface OutputSheet {
  name: string;
  rows: CellValue[][];
  styles?: { range: RangeRef; style: CellStyle }[];
  merges?: RangeRef[];
  /** pixel widths, per column from column 1 */
  columnWidths?: number[];
  /**
   * pixel heights, per row from row 1 (null or missing = the default height). For documents whose wrapped text
   * must print in full where the application does not fit rows to their content on opening (LibreOffice, Excel).
   */
  rowHeights?: (number | null)[];
  frozenRows?: number;
  frozenCols?: number;
  page?: PageSetup;
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
