// A sheet as a table: headers matched like SPEC §2 says, data rows with their sheet row numbers (blank rows
// skipped), and typed cell readers that report every bad cell as a Problem at `Sheet!A1`.
import { key } from '../core/codes';
import type { CellRef, Problem } from '../core/model';
import { formatCell } from '../core/cellref';
import type { SheetData, Workbook } from './port';
import type { Column, ColumnSpec, KindValues, SheetSpec, ValueKind } from './schema';
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
  /** the cell as stored (a number, a date, …: a header that is not text) */
  raw: unknown;
}

export class Table {
  readonly sheet: string;
  readonly rows: TableRow[] = [];
  /** every non-blank header cell, first occurrence of each key */
  readonly headers: HeaderCell[] = [];
  private readonly cols = new Map<string, number>();
  private readonly specs = new Map<string, ColumnSpec>();
  private readonly colOf = new Map<ColumnSpec, number | undefined>();

  constructor(
    data: SheetData,
    readonly log: ProblemLog,
    columns: readonly ColumnSpec[] = [],
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
      this.headers.push({ text: text.value, col: c + 1, raw: header[c] });
    }
    for (let r = 1; r < values.length; r++) {
      const row = Array.isArray(values[r]) ? values[r] : [];
      if (row.every(isBlank)) continue;
      const formats = data.formats?.[r];
      this.rows.push({ row: r + 1, values: row, formats: Array.isArray(formats) ? formats : undefined });
    }
  }

  /** The column of this sheet's definition under `header` (for columns defined elsewhere: the conditions'). */
  column(header: string): ColumnSpec {
    const spec = this.specs.get(key(header));
    if (spec === undefined) throw new Error(`${this.sheet}: no column ${header} in its definition`);
    return spec;
  }

  /** The definition's own column object; a column of another sheet is a programming error. */
  private own(column: ColumnSpec): ColumnSpec {
    if (this.specs.get(key(column.header)) !== column)
      throw new Error(`${this.sheet}: column ${column.header} is not one of its definition`);
    return column;
  }

  /** 1-based column of a defined column on this sheet, or undefined when the sheet does not have it */
  col(column: ColumnSpec): number | undefined {
    // by identity: every cell read asks, and matching a header (NFC, case) is not free
    if (this.colOf.has(column)) return this.colOf.get(column);
    const col = this.cols.get(key(this.own(column).header));
    this.colOf.set(column, col);
    return col;
  }

  has(column: ColumnSpec): boolean {
    return this.col(column) !== undefined;
  }

  where(r: TableRow, column: ColumnSpec): CellRef {
    return { sheet: this.sheet, row: r.row, col: this.col(column) ?? 1 };
  }

  raw(r: TableRow, column: ColumnSpec): unknown {
    const c = this.col(column);
    return c === undefined ? null : r.values[c - 1];
  }

  private format(r: TableRow, column: ColumnSpec): string | undefined {
    const c = this.col(column);
    if (c === undefined) return undefined;
    if (r.formats === undefined) return undefined;
    return r.formats[c - 1] ?? '';
  }

  blank(r: TableRow, column: ColumnSpec): boolean {
    return isBlank(this.raw(r, column));
  }

  /**
   * The cell of `column` in row `r`, typed by the column's kind (see KindValues); blank → the column's default. A bad
   * cell (not a number, out of the column's min/max, …) is reported at the cell and read as blank.
   */
  get<K extends ValueKind, V>(r: TableRow, column: Column<K, V>): V {
    return this.getOr(r, column, column.default ?? null) as V;
  }

  /** As `get`, but null when the cell is bad (reported): for values that must not fall back to the default. */
  strict<K extends ValueKind, V>(r: TableRow, column: Column<K, V>): V | null {
    const read = this.read(r, column, column.kind);
    if (read === BAD) return null;
    return (read ?? column.default ?? blankOf(column.kind)) as V;
  }

  /** The cell read as `kind` (for a column whose kind depends on the row: `Cấu hình`'s `Giá trị`); no default. */
  as<K extends ValueKind>(r: TableRow, column: ColumnSpec, kind: K): KindValues[K] {
    return this.getOr(r, column, null, kind) as KindValues[K];
  }

  private getOr(r: TableRow, column: ColumnSpec, fallback: unknown, kind: ValueKind = column.kind): unknown {
    const read = this.read(r, column, kind);
    if (read !== null && read !== BAD) return read;
    return fallback ?? blankOf(kind);
  }

  /** The value, null when blank, BAD when reported. */
  private read(r: TableRow, column: ColumnSpec, kind: ValueKind): unknown {
    const raw = this.raw(r, column);
    switch (kind) {
      case 'text':
        return this.take(r, column, readText(raw));
      case 'code':
        return this.take(r, column, readCode(raw));
      case 'list':
        return this.take(r, column, readList(raw));
      case 'date':
        return this.take(r, column, readDate(raw, this.format(r, column)));
      case 'boolean':
        return this.take(r, column, readBoolean(raw));
      case 'number':
        return this.inRange(r, column, this.take(r, column, readNumber(raw)));
      case 'integer':
        return this.inRange(r, column, this.take(r, column, readInteger(raw)));
      case 'percent':
        return this.inRange(r, column, this.take(r, column, readPercent(raw, this.format(r, column))));
    }
  }

  private take<T>(r: TableRow, column: ColumnSpec, read: Read<T>): T | null | typeof BAD {
    if (read === null) return null;
    if (!read.ok) {
      this.log.error(this.where(r, column), read.message);
      return BAD;
    }
    return read.value;
  }

  /** Index into the column's choices (matched like headers); null when blank or not one of them (reported). */
  choice(r: TableRow, column: ColumnSpec): number | null {
    const choices = column.choices ?? [];
    const read = this.read(r, column, 'text');
    if (read === null || read === BAD || read === '') return null;
    const text = read as string;
    const i = choiceIndex(text, choices);
    if (i < 0) {
      this.log.error(this.where(r, column), MSG.notChoice(text, choices));
      return null;
    }
    return i;
  }

  /** A cell that must be filled in (a code or a name): blank → reported, ''. */
  required(r: TableRow, column: Column<'code' | 'text', string>): string {
    if (this.blank(r, column)) {
      this.log.error(this.where(r, column), MSG.missingCell(column.header));
      return '';
    }
    return this.get(r, column);
  }

  private inRange(r: TableRow, column: ColumnSpec, n: unknown): unknown {
    if (typeof n !== 'number') return n;
    if (column.min !== undefined && n < column.min) {
      this.log.error(this.where(r, column), MSG.belowMin(n, column.min));
      return BAD;
    }
    if (column.max !== undefined && n > column.max) {
      this.log.error(this.where(r, column), MSG.aboveMax(n, column.max));
      return BAD;
    }
    return n;
  }
}

/** A cell reported as bad (`Table.read`). */
const BAD: unique symbol = Symbol('bad cell');

function blankOf(kind: ValueKind): unknown {
  if (kind === 'text' || kind === 'code' || kind === 'date') return '';
  if (kind === 'list') return [];
  return null;
}

/**
 * Only percent columns need the number formats (15 vs a percent-formatted 0.15): both adapters return date cells as
 * Dates. Asking for them costs Apps Script one more call per sheet.
 */
function needsFormats(columns: readonly ColumnSpec[]): boolean {
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
  const missing = spec.columns.filter((c) => c.required && !table.has(c));
  for (const c of missing) log.error({ sheet: table.sheet, row: 1, col: 1 }, MSG.missingColumn(c.header));
  reportUnknownHeaders(table, spec, log);
  return missing.length === 0 ? table : null;
}

/** A header typed as something no one names a column (a number, a date, Có/Không) or holding control characters. */
function oddHeader(h: HeaderCell): boolean {
  // eslint-disable-next-line no-control-regex
  return typeof h.raw !== 'string' || /[\u0000-\u001f\u007f-\u009f]/.test(h.raw);
}

/**
 * A header that names none of the sheet's columns while cells below it hold data: that data is not read. When the
 * template has a column at that position and the sheet lacks it, its header was most likely overwritten (found by the
 * fuzzer: a number typed over `Sáng kiến` made every cell of the column read as its default). An odd header at that
 * position is an error; a text one (perhaps the school's own column) a warning, as is an odd header anywhere else.
 * A text header elsewhere is the school's own column (`Ghi chú`): kept and ignored.
 */
function reportUnknownHeaders(table: Table, spec: SheetSpec, log: ProblemLog): void {
  const known = new Set(spec.columns.map((c) => key(c.header)));
  for (const h of table.headers) {
    if (known.has(key(h.text))) continue;
    if (table.rows.every((r) => isBlank(r.values[h.col - 1]))) continue;
    const where = { sheet: table.sheet, row: 1, col: h.col };
    const expected = spec.columns[h.col - 1] as ColumnSpec | undefined;
    if (expected !== undefined && !table.has(expected)) {
      const message = MSG.headerOverwritten(h.text, table.sheet, expected.header);
      if (oddHeader(h)) log.error(where, message);
      else log.warning(where, message);
    } else if (oddHeader(h)) {
      log.warning(where, MSG.unknownHeader(h.text, table.sheet));
    }
  }
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
