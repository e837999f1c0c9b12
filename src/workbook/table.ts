// A sheet as a table: headers matched like SPEC §2 says, data rows with their sheet row numbers (blank rows
// skipped), and typed cell readers that report every bad cell as a Problem at `Sheet!A1`.
import { key } from '../core/codes';
import type { CellRef, Problem } from '../core/model';
import { formatCell } from '../core/cellref';
import type { SheetData, Workbook } from './port';
import type { ColumnSpec, SheetSpec } from './schema';
import { MSG } from './messages';
import { choiceIndex, isBlank, readBoolean, readCode, readDate, readInteger, readList, readNumber, readPercent, readText } from './cells';
import type { Read } from './cells';

export class ProblemLog {
  readonly list: Problem[] = [];
  error(where: CellRef | null, message: string): void {
    this.list.push({ severity: 'error', where, message });
  }
  warning(where: CellRef | null, message: string): void {
    this.list.push({ severity: 'warning', where, message });
  }
}

/** The workbook's sheets by matching key (NFC, trimmed, spaces collapsed, case-folded). */
export class SheetIndex {
  private readonly byKey = new Map<string, string>();
  readonly names: string[];

  constructor(
    readonly wb: Workbook,
    log: ProblemLog,
  ) {
    this.names = [];
    for (const name of wb.sheetNames()) {
      const k = key(name);
      const first = this.byKey.get(k);
      if (first !== undefined) {
        log.error({ sheet: name, row: 1, col: 1 }, MSG.duplicateSheet(name, first));
        continue;
      }
      this.byKey.set(k, name);
      this.names.push(name);
    }
  }

  find(name: string): string | null {
    return this.byKey.get(key(name)) ?? null;
  }

  read(name: string, formats: boolean): SheetData | null {
    const actual = this.find(name);
    if (actual === null) return null;
    return this.wb.read(actual, formats ? { formats: true } : undefined);
  }
}

export interface TableRow {
  /** 1-based sheet row */
  row: number;
  values: unknown[];
  formats?: string[];
}

export interface HeaderCell {
  text: string;
  /** 1-based column */
  col: number;
}

export class Table {
  readonly sheet: string;
  readonly rows: TableRow[] = [];
  /** every non-blank header cell, first occurrence of each key */
  readonly headers: HeaderCell[] = [];
  private readonly cols = new Map<string, number>();
  private readonly specs = new Map<string, ColumnSpec>();

  constructor(
    data: SheetData,
    readonly log: ProblemLog,
    columns: ColumnSpec[] = [],
  ) {
    this.sheet = data.name;
    for (const c of columns) this.specs.set(key(c.header), c);
    const values = Array.isArray(data.values) ? data.values : [];
    const header = Array.isArray(values[0]) ? values[0] : [];
    for (let c = 0; c < header.length; c++) {
      const text = readText(header[c]);
      // blank cells after a merged header name no column; an error cell (#REF!, a formula never computed) in the
      // header row is reported: it may hide a criterion or member column (found by the fuzzer)
      if (text !== null && !text.ok) log.error({ sheet: this.sheet, row: 1, col: c + 1 }, text.message);
      if (text === null || !text.ok || text.value === '') continue;
      const k = key(text.value);
      const first = this.cols.get(k);
      if (first !== undefined) {
        log.warning(
          { sheet: this.sheet, row: 1, col: c + 1 },
          MSG.duplicateColumn(text.value, formatCell({ sheet: this.sheet, row: 1, col: first })),
        );
        continue;
      }
      this.cols.set(k, c + 1);
      this.headers.push({ text: text.value, col: c + 1 });
    }
    for (let r = 1; r < values.length; r++) {
      const row = Array.isArray(values[r]) ? values[r] : [];
      if (row.every(isBlank)) continue;
      const formats = data.formats?.[r];
      this.rows.push({ row: r + 1, values: row, formats: Array.isArray(formats) ? formats : undefined });
    }
  }

  /** 1-based column of a header, or undefined */
  col(header: string): number | undefined {
    return this.cols.get(key(header));
  }

  has(header: string): boolean {
    return this.cols.has(key(header));
  }

  where(r: TableRow, header: string): CellRef {
    return { sheet: this.sheet, row: r.row, col: this.col(header) ?? 1 };
  }

  raw(r: TableRow, header: string): unknown {
    const c = this.col(header);
    return c === undefined ? null : r.values[c - 1];
  }

  format(r: TableRow, header: string): string | undefined {
    const c = this.col(header);
    if (c === undefined) return undefined;
    if (r.formats === undefined) return undefined;
    return r.formats[c - 1] ?? '';
  }

  blank(r: TableRow, header: string): boolean {
    return isBlank(this.raw(r, header));
  }

  private take<T>(r: TableRow, header: string, read: Read<T>): T | null {
    if (read === null) return null;
    if (!read.ok) {
      this.log.error(this.where(r, header), read.message);
      return null;
    }
    return read.value;
  }

  text(r: TableRow, header: string): string {
    return this.take(r, header, readText(this.raw(r, header))) ?? '';
  }

  code(r: TableRow, header: string): string {
    return this.take(r, header, readCode(this.raw(r, header))) ?? '';
  }

  list(r: TableRow, header: string): string[] {
    return this.take(r, header, readList(this.raw(r, header))) ?? [];
  }

  /** A number within the column's min/max (if the schema sets them); null when blank or bad (bad is reported). */
  number(r: TableRow, header: string): number | null {
    return this.inRange(r, header, this.take(r, header, readNumber(this.raw(r, header))));
  }

  integer(r: TableRow, header: string): number | null {
    return this.inRange(r, header, this.take(r, header, readInteger(this.raw(r, header))));
  }

  percent(r: TableRow, header: string): number | null {
    return this.inRange(r, header, this.take(r, header, readPercent(this.raw(r, header), this.format(r, header))));
  }

  boolean(r: TableRow, header: string, fallback: boolean): boolean {
    return this.take(r, header, readBoolean(this.raw(r, header))) ?? fallback;
  }

  date(r: TableRow, header: string): string {
    return this.take(r, header, readDate(this.raw(r, header), this.format(r, header))) ?? '';
  }

  /** Index into `choices` (matched like headers); null when blank or not one of them (reported). */
  choice(r: TableRow, header: string, choices: readonly string[]): number | null {
    const text = this.text(r, header);
    if (text === '') return null;
    const i = choiceIndex(text, choices);
    if (i < 0) {
      this.log.error(this.where(r, header), MSG.notChoice(text, choices));
      return null;
    }
    return i;
  }

  /** A required code or text: blank → reported, ''. */
  required(r: TableRow, header: string, kind: 'code' | 'text' = 'code'): string {
    if (this.blank(r, header)) {
      this.log.error(this.where(r, header), MSG.missingCell(header));
      return '';
    }
    return kind === 'code' ? this.code(r, header) : this.text(r, header);
  }

  private inRange(r: TableRow, header: string, n: number | null): number | null {
    if (n === null) return null;
    const spec = this.specs.get(key(header));
    if (spec?.min !== undefined && n < spec.min) {
      this.log.error(this.where(r, header), MSG.belowMin(n, spec.min));
      return null;
    }
    if (spec?.max !== undefined && n > spec.max) {
      this.log.error(this.where(r, header), MSG.aboveMax(n, spec.max));
      return null;
    }
    return n;
  }
}

/**
 * Only percent columns need the number formats (15 vs a percent-formatted 0.15): both adapters return date cells as
 * Dates. Asking for them costs Apps Script one more call per sheet.
 */
function needsFormats(columns: ColumnSpec[]): boolean {
  return columns.some((c) => c.kind === 'percent');
}

/**
 * Opens an input sheet of SHEETS. A missing sheet is an error when `required`; a missing required column is an
 * error naming it, and the sheet is then not read (null).
 */
export function openTable(index: SheetIndex, spec: SheetSpec, log: ProblemLog, required = spec.required): Table | null {
  let data: SheetData | null;
  try {
    data = index.read(spec.name, needsFormats(spec.columns));
  } catch (error) {
    // a sheet that is there but cannot be read (damaged part, truncated XML) is not "missing": say what is wrong
    log.error({ sheet: spec.name }, MSG.unreadableSheet(spec.name, errorText(error)));
    return null;
  }
  if (data === null) {
    if (required) log.error({ sheet: spec.name }, MSG.missingSheet(spec.name));
    return null;
  }
  const table = new Table(data, log, spec.columns);
  const missing = spec.columns.filter((c) => c.required && !table.has(c.header));
  for (const c of missing) log.error({ sheet: table.sheet, row: 1, col: 1 }, MSG.missingColumn(c.header));
  return missing.length === 0 ? table : null;
}

/** An adapter's error as text for a problem message. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Codes seen on a sheet, for uniqueness (case-insensitive) and lookups. */
export class CodeSet<T> {
  private readonly map = new Map<string, { item: T; row: number }>();

  get(code: string): T | undefined {
    return this.map.get(key(code))?.item;
  }

  has(code: string): boolean {
    return this.map.has(key(code));
  }

  /** Adds the code; when it is a duplicate, reports it at `where` and returns false. */
  add(code: string, item: T, row: number, where: CellRef, header: string, log: ProblemLog): boolean {
    const first = this.map.get(key(code));
    if (first !== undefined) {
      log.error(where, MSG.duplicateCode(header, code, first.row));
      return false;
    }
    this.map.set(key(code), { item, row });
    return true;
  }

  values(): T[] {
    return [...this.map.values()].map((v) => v.item);
  }
}
