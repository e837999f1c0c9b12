// How an input sheet looks when the template or the demo writes it: a bold, filled, frozen header row, the column
// widths of src/workbook/schema.ts, and number formats by the kind of value a column holds.
import type { CellStyle, CellValue, OutputSheet } from '../src/documents/output';
import type { ColumnSpec, ValueKind } from '../src/workbook/schema';

/** A column as written: its header, pixel width and kind of value (for the number format). */
export interface ColumnLayout {
  header: string;
  width: number;
  kind: ValueKind;
  /** number format of the data cells; default by kind (dates dd/mm/yyyy, codes as text) */
  format?: string;
}

export const HEADER_STYLE: CellStyle = {
  bold: true,
  fill: '#D9EAD3',
  align: 'center',
  valign: 'middle',
  wrap: true,
  border: 'all',
};

/** Blank rows of the template that get the columns' number formats, so that dates typed there stay dates. */
export const TEMPLATE_FORMATTED_ROWS = 200;

const FORMAT_BY_KIND: Partial<Record<ValueKind, string>> = {
  date: 'dd/mm/yyyy',
  code: '@',
  list: '@',
};

export function layoutOf(columns: readonly ColumnSpec[]): ColumnLayout[] {
  return columns.map((c) => ({ header: c.header, width: c.width, kind: c.kind }));
}

/** A score card's criterion column (marks to one decimal), or a member's column of `Phiếu` (Đ/K). */
export function markColumn(header: string): ColumnLayout {
  return { header, width: 70, kind: 'number', format: '0.0' };
}

export function voteColumn(header: string): ColumnLayout {
  return { header, width: 60, kind: 'text' };
}

/**
 * An input sheet: header row, then `rows` (each as long as the header or shorter). `formattedRows` is how many
 * data rows get the per-column number formats (default: the rows given).
 */
export function tableSheet(
  name: string,
  columns: readonly ColumnLayout[],
  rows: CellValue[][],
  formattedRows: number = rows.length,
): OutputSheet {
  const styles: NonNullable<OutputSheet['styles']> = [{ range: { row: 1, col: 1, rows: 1, cols: columns.length }, style: HEADER_STYLE }];
  if (formattedRows > 0) {
    columns.forEach((column, i) => {
      const numberFormat = column.format ?? FORMAT_BY_KIND[column.kind];
      if (numberFormat !== undefined) {
        styles.push({ range: { row: 2, col: i + 1, rows: formattedRows, cols: 1 }, style: { numberFormat } });
      }
    });
  }
  return {
    name,
    rows: [columns.map((c) => c.header), ...rows],
    styles,
    columnWidths: columns.map((c) => c.width),
    frozenRows: 1,
  };
}
