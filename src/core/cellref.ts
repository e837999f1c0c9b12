// 'Sheet!A1' references for problems and navigation.
import type { CellRef } from './model';

/** 1 → A, 27 → AA */
export function columnLetter(col: number): string {
  let n = col;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 'A' → 1, 'AA' → 27; NaN when not letters */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) return NaN;
    n = n * 26 + (code - 64);
  }
  return letters.length > 0 ? n : NaN;
}

/** 'Chấm D1 TV02!E7', 'Cán bộ!B' (a column), 'Cán bộ!3:3' (a row) or 'Cán bộ' (the sheet) */
export function formatCell(ref: CellRef): string {
  const { sheet, row, col } = ref;
  if (row !== undefined && col !== undefined) return `${sheet}!${columnLetter(col)}${row}`;
  if (col !== undefined) return `${sheet}!${columnLetter(col)}:${columnLetter(col)}`;
  if (row !== undefined) return `${sheet}!${row}:${row}`;
  return sheet;
}
