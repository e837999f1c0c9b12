// Reads a school's exported `Tổng hợp đăng ký` back (issue 16): the table header rows are found by their texts,
// not by position, so that a school's wider catalogue, an extra blank row or a moved block does not mislead; the
// school's name, code and year come from the Decree 30 header lines. Values may be typed (.xlsx) or display text
// (the Sheets API's batchGet).
import { formatCell } from '../../core/cellref';
import { key } from '../../core/codes';
import type { Kind } from '../../core/model';
import type { ReportEntry, SchoolReport } from '../../core/office/model';
import { readDate } from '../cells';
import { OFFICE_SHEET, READ_MSG, SUMMARY_TEXT as T } from './messages';

export type ReadOutcome = { report: SchoolReport } | { error: string };

const HEADER_ROWS = 12;

function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value).normalize('NFC').trim();
}

function numberOf(value: unknown): number | null {
  if (typeof value === 'number') return value;
  const t = textOf(value);
  return /^\d+$/.test(t) ? Number(t) : null;
}

function findCol(row: unknown[], text: string): number {
  const k = key(text);
  return row.findIndex((v) => key(textOf(v)) === k);
}

/** The first row at or after `from` holding both texts as whole cells. */
function findHeader(values: unknown[][], from: number, a: string, b: string): number {
  for (let r = from; r < values.length; r++) {
    const row = values[r] ?? [];
    if (findCol(row, a) >= 0 && findCol(row, b) >= 0) return r;
  }
  return -1;
}

/** The other non-blank text of the header row holding `marker` (the left block of the Decree 30 header). */
function besideOf(values: unknown[][], marker: string): string {
  for (let r = 0; r < Math.min(HEADER_ROWS, values.length); r++) {
    const row = values[r] ?? [];
    const at = findCol(row, marker);
    if (at < 0) continue;
    return row.map(textOf).find((t, c) => c !== at && t !== '') ?? '';
  }
  return '';
}

function headerFacts(values: unknown[][]): { managingBody: string; schoolName: string; schoolCode: string; schoolYear: string } {
  let schoolCode = '';
  let schoolYear = '';
  for (let r = 0; r < Math.min(HEADER_ROWS, values.length); r++) {
    for (const v of values[r] ?? []) {
      const t = textOf(v);
      const number = /^Số:.*\/[^/\s-]+-(\S+)$/.exec(t);
      if (number && schoolCode === '') schoolCode = number[1];
      const year = /Năm học\s+(\d{4}\s*[-–—/]\s*\d{4})/.exec(t);
      if (year && schoolYear === '') schoolYear = year[1].replace(/\s+/g, '');
    }
  }
  return { managingBody: besideOf(values, T.nationalName), schoolName: besideOf(values, T.motto), schoolCode, schoolYear };
}

interface TableRead {
  titles: string[];
  entries: ReportEntry[];
  /** the row after the table */
  end: number;
}

/**
 * One table: header row `head`, registrant columns from `nameCol`, title columns from `firstTitle` up to `stop`
 * (exclusive), data rows (TT a number) until the totals row, whose numbers are checked against the marks.
 */
function readTable(
  values: unknown[][],
  head: number,
  kind: Kind,
  cols: { name: number; birthDate: number; position: number; unit: number },
  firstTitle: number,
  stop: number,
  file: string,
  notes: string[],
): TableRead {
  const header = values[head] ?? [];
  const titleCols: { col: number; name: string }[] = [];
  for (let c = firstTitle; c < stop; c++) {
    const name = textOf(header[c]);
    if (name !== '') titleCols.push({ col: c, name });
  }
  const order = findCol(header, T.order);
  const entries: ReportEntry[] = [];
  let r = head + 1;
  for (; r < values.length; r++) {
    const row = values[r] ?? [];
    // the totals row: its first non-blank cell (merged over the first columns, wherever the table starts)
    const first = row.map(textOf).find((t) => t !== '') ?? '';
    // a table without its totals row ends at the next table's header
    if (findCol(row, T.unitName) >= 0 && findCol(row, T.order) >= 0) break;
    if (key(first).startsWith(key(T.totalPrefix))) {
      for (const t of titleCols) {
        const stated = numberOf(row[t.col]);
        const counted = entries.filter((e) => e.titles.includes(t.name)).length;
        if (stated !== null && stated !== counted)
          notes.push(
            READ_MSG.totalDiffers(file, formatCell({ sheet: OFFICE_SHEET.summary, row: r + 1, col: t.col + 1 }), t.name, stated, counted),
          );
      }
      r += 1;
      break;
    }
    if (numberOf(row[order]) === null) continue;
    const name = textOf(row[cols.name]);
    if (name === '') continue;
    let birthDate = '';
    if (cols.birthDate >= 0) {
      const read = readDate(row[cols.birthDate], undefined);
      if (read?.ok) birthDate = read.value;
      else if (read)
        notes.push(
          READ_MSG.badBirthDate(
            file,
            formatCell({ sheet: OFFICE_SHEET.summary, row: r + 1, col: cols.birthDate + 1 }),
            textOf(row[cols.birthDate]),
          ),
        );
    }
    const titles = titleCols.filter((t) => key(textOf(row[t.col])) === T.mark).map((t) => t.name);
    entries.push({
      kind,
      name,
      birthDate,
      position: cols.position >= 0 ? textOf(row[cols.position]) : '',
      unit: cols.unit >= 0 ? textOf(row[cols.unit]) : '',
      titles,
      where: { sheet: OFFICE_SHEET.summary, row: r + 1, col: cols.name + 1 },
    });
  }
  return { titles: titleCols.map((t) => t.name), entries, end: r };
}

/** A school's summary from the values of its `Tổng hợp đăng ký` sheet. */
export function readSummaryValues(values: unknown[][], file: string, modified = ''): ReadOutcome {
  const facts = headerFacts(values);
  const staffHead = findHeader(values, 0, T.order, T.name);
  if (staffHead < 0) return { error: READ_MSG.noStaffTable(file) };
  if (facts.schoolYear === '') return { error: READ_MSG.noYear(file) };
  const notes: string[] = [];
  const h = values[staffHead];
  const cols = { name: findCol(h, T.name), birthDate: findCol(h, T.birthDate), position: findCol(h, T.position), unit: findCol(h, T.unit) };
  const initiative = findCol(h, T.initiative);
  const note = findCol(h, T.note);
  const stop = initiative >= 0 ? initiative : note >= 0 ? note : h.length;
  const staff = readTable(
    values,
    staffHead,
    'staff',
    cols,
    Math.max(cols.name, cols.birthDate, cols.position, cols.unit) + 1,
    stop,
    file,
    notes,
  );

  const titles: SchoolReport['titles'] = staff.titles.map((name) => ({ kind: 'staff', name }));
  const entries = [...staff.entries];
  const unitHead = findHeader(values, staff.end, T.order, T.unitName);
  if (unitHead >= 0) {
    const u = values[unitHead];
    const nameCol = findCol(u, T.unitName);
    const unitNote = findCol(u, T.note);
    const unit = readTable(
      values,
      unitHead,
      'unit',
      { name: nameCol, birthDate: -1, position: -1, unit: -1 },
      nameCol + 1,
      unitNote >= 0 ? unitNote : u.length,
      file,
      notes,
    );
    titles.push(...unit.titles.map((name) => ({ kind: 'unit' as const, name })));
    entries.push(...unit.entries);
  }
  return { report: { file, ...facts, titles, entries, modified, notes } };
}
