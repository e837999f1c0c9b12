// An in-memory Workbook over the OutputSheets that the demo and the template produce: what the .xlsx adapter
// would read back, without a file.
import type { OutputSheet, SheetData, Workbook } from '../../src/workbook/port';

export function memoryWorkbook(sheets: OutputSheet[]): Workbook {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  return {
    sheetNames: () => sheets.map((s) => s.name),
    read: (name: string): SheetData | null => {
      const sheet = byName.get(name);
      return sheet ? { name: sheet.name, values: sheet.rows } : null;
    },
    write: (): void => {
      throw new Error('read-only workbook');
    },
  };
}

export function sheetNamed(sheets: OutputSheet[], name: string): OutputSheet {
  const sheet = sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The rows of a sheet as records keyed by its header row. */
export function records(sheet: OutputSheet): Record<string, unknown>[] {
  const [header, ...rows] = sheet.rows;
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i] ?? null])));
}
