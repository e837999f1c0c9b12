// An in-memory Workbook for tests: sheets as tables of cell values (and optional number formats).
import type { OutputSheet, SheetData, Workbook } from '../../src/workbook/port';

export interface MemorySheet {
  values: unknown[][];
  formats?: string[][];
}

export class MemoryWorkbook implements Workbook {
  readonly sheets = new Map<string, MemorySheet>();
  /** every write() call, in order */
  readonly writes: OutputSheet[][] = [];
  /** names passed to read(), in order */
  readonly reads: string[] = [];

  constructor(sheets: Record<string, unknown[][] | MemorySheet> = {}) {
    for (const [name, sheet] of Object.entries(sheets)) {
      this.sheets.set(name, Array.isArray(sheet) ? { values: sheet } : sheet);
    }
  }

  sheetNames(): string[] {
    return [...this.sheets.keys()];
  }

  read(name: string, options?: { formats?: boolean }): SheetData | null {
    this.reads.push(name);
    const sheet = this.sheets.get(name);
    if (!sheet) return null;
    const data: SheetData = { name, values: sheet.values.map((row) => [...row]) };
    if (options?.formats) data.formats = sheet.formats ?? sheet.values.map((row) => row.map(() => ''));
    return data;
  }

  write(sheets: OutputSheet[]): void {
    this.writes.push(sheets);
    for (const s of sheets) this.sheets.set(s.name, { values: s.rows.map((row) => [...row]) });
  }
}
