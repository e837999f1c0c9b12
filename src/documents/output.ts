// What a document is made of: plain cell, style and page data that the workbook port writes (Google Sheets or
// .xlsx). Nothing here knows about a spreadsheet service.

/**
 * Cell values as adapters return them: string | number | boolean | Date | null (blank).
 * A formula error is returned as its error string (`#REF!`, `#VALUE!`, …), as SpreadsheetApp's getValues() does.
 */
export type CellValue = string | number | boolean | Date | null;

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
  /** manual page breaks: each the 1-based last row of a page (the certificates: one page per recipient) */
  rowBreaks?: number[];
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
