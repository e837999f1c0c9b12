// Reading an OutputSheet back in tests: cell text, rows containing a text, the effective style of a cell.
import type { CellStyle, CellValue, OutputSheet } from '../../src/workbook/port';

export function rowsWith(sheet: OutputSheet, text: string): CellValue[][] {
  return sheet.rows.filter((r) => r.some((v) => v === text));
}

export function findCell(sheet: OutputSheet, text: CellValue): { row: number; col: number } | null {
  for (let r = 0; r < sheet.rows.length; r++) {
    const c = sheet.rows[r].indexOf(text);
    if (c >= 0) return { row: r + 1, col: c + 1 };
  }
  return null;
}

/** Later style entries win, property by property (how the writers apply them). */
export function styleAt(sheet: OutputSheet, row: number, col: number): CellStyle {
  let style: CellStyle = {};
  for (const { range, style: s } of sheet.styles ?? []) {
    if (row >= range.row && row < range.row + (range.rows ?? 1) && col >= range.col && col < range.col + (range.cols ?? 1))
      style = { ...style, ...s };
  }
  return style;
}

export function mergeAt(sheet: OutputSheet, row: number, col: number): number {
  return (sheet.merges ?? []).find((m) => m.row === row && m.col === col)?.cols ?? 1;
}
