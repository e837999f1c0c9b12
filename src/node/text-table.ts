// Plain-text tables for the terminal, aligned on what the eye sees: Vietnamese letters may carry combining marks.

/** Columns the text takes in a terminal: combining marks take none. */
export function displayWidth(text: string): number {
  return [...text.normalize('NFC').replace(/\p{M}/gu, '')].length;
}

export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

export interface Column {
  header: string;
  align?: 'left' | 'right';
  /** cut longer cells with '…' */
  max?: number;
}

function clip(text: string, max: number | undefined): string {
  if (max === undefined || displayWidth(text) <= max) return text;
  return [...text.normalize('NFC')].slice(0, max - 1).join('') + '…';
}

export function renderTable(columns: Column[], rows: string[][], indent = '  '): string {
  const cells = rows.map((row) => columns.map((c, i) => clip(row[i] ?? '', c.max)));
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...cells.map((row) => displayWidth(row[i]))));
  const line = (row: string[]) =>
    indent +
    row
      .map((cell, i) => pad(cell, widths[i], columns[i].align))
      .join('  ')
      .trimEnd();
  const rule = indent + widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(columns.map((c) => c.header)), rule, ...cells.map(line)].join('\n');
}
