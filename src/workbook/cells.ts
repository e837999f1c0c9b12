// Reading one cell value as the kind its column expects (SPEC §2, §8). Each reader returns the value, null for a
// blank cell, or a Vietnamese problem message (the caller knows the cell).
import { key } from '../core/codes';
import { MSG } from './messages';

export type Read<T> = { ok: true; value: T } | { ok: false; message: string } | null;

const ERROR_CELL = /^#(REF!|VALUE!|DIV\/0!|N\/A|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA)$/i;

// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * A formula cell saved without its computed value (files written by scripts or openpyxl): the .xlsx reader returns
 * this marker so that the cell is an error, never read as blank (marks would silently drop).
 */
export class UncalculatedFormula {
  constructor(readonly formula: string) {}
}

/** A cell the file stores in a way that cannot be read (a shared string that does not exist, a bad date). */
export class UnreadableCell {
  constructor(readonly stored: string) {}
}

/** The problem message of a formula cell that has no usable value (an error such as `#REF!`, or never computed). */
export function formulaProblem(value: unknown): string | null {
  if (value instanceof UncalculatedFormula) return MSG.uncalculatedFormula;
  if (value instanceof UnreadableCell) return MSG.unreadableCell(value.stored);
  const error = formulaError(value);
  return error ? MSG.formulaError(error) : null;
}

/** The error string of a formula error cell (`#REF!`), else null. */
export function formulaError(value: unknown): string | null {
  return typeof value === 'string' && ERROR_CELL.test(value.trim()) ? value.trim().toUpperCase() : null;
}

/** Binary noise removed: 0.1 + 0.2 reads as 0.3, the decimal a spreadsheet displays. */
export function cleanNumber(n: number): number {
  // Fast path for the common case (a mark like 8.5 read from a file): a number that already is the double nearest
  // to a decimal with at most 6 fractional digits is what it displays; toPrecision is slow over 900 000 marks.
  if (Math.abs(n) < 1e9 && Math.round(n * 1e6) / 1e6 === n) return n;
  return Number(n.toPrecision(15));
}

function ok<T>(value: T): Read<T> {
  return { ok: true, value };
}

function fail<T>(message: string): Read<T> {
  return { ok: false, message };
}

function formatNumberAsText(n: number): string {
  return String(cleanNumber(n));
}

/** Text as the user reads it; dates become dd/mm/yyyy. Formula errors are problems. */
export function readText(value: unknown): Read<string> {
  if (isBlank(value)) return null;
  const problem = formulaProblem(value);
  if (problem) return fail(problem);
  if (typeof value === 'string') return ok(value.normalize('NFC').trim());
  if (typeof value === 'number') return ok(formatNumberAsText(value));
  if (typeof value === 'boolean') return ok(value ? 'Có' : 'Không');
  if (value instanceof Date) {
    const iso = dateToIso(value);
    return ok(iso ? isoToDisplay(iso) : '');
  }
  return ok(String(value).trim());
}

/** A code: trimmed text, spaces collapsed. */
export function readCode(value: unknown): Read<string> {
  const text = readText(value);
  if (text === null || !text.ok) return text;
  // a zero-width space or a bidi mark makes a look-alike second code: refused, with its position
  const hidden = INVISIBLE.exec(text.value);
  if (hidden) return fail(MSG.invisibleInCode(text.value.replace(INVISIBLE_ALL, '').trim(), hidden[0].codePointAt(0) ?? 0));
  return ok(text.value.replace(/\s+/g, ' '));
}

/**
 * Codes that become part of sheet names (SPEC §2): `Chấm TT {đợt} {thành viên}` must fit Excel's 31-character limit
 * (Google Sheets allows 100): 8 + 10 + 1 + 12 = 31. So a phase code has at most 10 characters, a member code 12,
 * and neither has a space (a space splits the sheet name into other words) nor any of [ ] * ? / \ : '.
 */
export const MAX_PHASE_CODE = 10;
export const MAX_MEMBER_CODE = 12;

/** Why a code cannot stand in a sheet name, or null. */
export function sheetNameCodeProblem(code: string, max: number): string | null {
  if (/\s/.test(code)) return MSG.codeHasSpace(code);
  const bad = /[[\]*?/\\:']/.exec(code);
  if (bad) return MSG.codeBadChar(code, bad[0]);
  if ([...code].length > max) return MSG.codeTooLong(code, max);
  return null;
}

/** Codes separated by `,` or `;` (blank parts dropped). */
export function readList(value: unknown): Read<string[]> {
  const text = readText(value);
  if (text === null || !text.ok) return text;
  const parts = text.value
    .split(/[,;]/)
    .map((p) => p.trim().replace(/\s+/g, ' '))
    .filter((p) => p !== '');
  return parts.length === 0 ? null : ok(parts);
}

/** `8,5`, `8.5`, `1.234,5`, ` 12 ` → numbers; anything else is null. */
export function parseNumberText(text: string): number | null {
  let s = text.trim();
  // a space inside is only a thousands separator (1 234,5): "1 0" is not 10
  if (/[\s\u00a0]/.test(s)) {
    if (!/^[+-]?\d{1,3}([\s\u00a0]\d{3})+([.,]\d+)?$/.test(s)) return null;
    s = s.replace(/[\s\u00a0]/g, '');
  }
  if (s.startsWith('+')) s = s.slice(1);
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) {
    // both: the last one is the decimal separator, the other groups thousands
    s = comma > dot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (comma >= 0) {
    if (s.indexOf(',') !== comma) return null;
    s = s.replace(',', '.');
  }
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  return cleanNumber(Number(s));
}

export function readNumber(value: unknown): Read<number> {
  if (isBlank(value)) return null;
  const problem = formulaProblem(value);
  if (problem) return fail(problem);
  if (typeof value === 'number') return Number.isFinite(value) ? ok(cleanNumber(value)) : fail(MSG.notNumber(String(value)));
  if (typeof value === 'string') {
    const n = parseNumberText(value);
    return n === null ? fail(MSG.notNumber(value.trim())) : ok(n);
  }
  return fail(MSG.notNumber(displayOf(value)));
}

export function readInteger(value: unknown): Read<number> {
  const n = readNumber(value);
  if (n === null || !n.ok) return n;
  return Number.isInteger(n.value) ? n : fail(MSG.notInteger(n.value));
}

/** Percent columns: `15` = 15%; a cell formatted as a percentage stores 0.15 and also means 15%; `15%` typed as text = 15. */
export function readPercent(value: unknown, format: string | undefined): Read<number> {
  if (typeof value === 'string' && value.trim().endsWith('%')) {
    const n = parseNumberText(value.trim().slice(0, -1));
    return n === null ? fail(MSG.notNumber(value.trim())) : ok(n);
  }
  const n = readNumber(value);
  if (n === null || !n.ok) return n;
  if (typeof value === 'number' && format !== undefined && isPercentFormat(format)) return ok(cleanNumber(value * 100));
  return n;
}

export function isPercentFormat(format: string): boolean {
  return stripQuoted(format).includes('%');
}

const TRUE_WORDS = new Set(['có', 'co', 'x', '✓', '✔', '√', '1', 'true', 'đúng']);
const FALSE_WORDS = new Set(['không', 'khong', '0', 'false', 'sai']);

export function readBoolean(value: unknown): Read<boolean> {
  if (isBlank(value)) return null;
  const problem = formulaProblem(value);
  if (problem) return fail(problem);
  if (typeof value === 'boolean') return ok(value);
  if (typeof value === 'number') {
    if (value === 1) return ok(true);
    if (value === 0) return ok(false);
    return fail(MSG.notBoolean(formatNumberAsText(value)));
  }
  const word = key(displayOf(value));
  if (TRUE_WORDS.has(word)) return ok(true);
  if (FALSE_WORDS.has(word)) return ok(false);
  return fail(MSG.notBoolean(displayOf(value).trim()));
}

/** Dates: a date cell, an Excel serial in a date-formatted cell (or when formats are unknown), `dd/mm/yyyy` or ISO. */
export function readDate(value: unknown, format: string | undefined): Read<string> {
  if (isBlank(value)) return null;
  const problem = formulaProblem(value);
  if (problem) return fail(problem);
  if (value instanceof Date) {
    const iso = dateToIso(value);
    return iso ? ok(iso) : fail(MSG.notDate(''));
  }
  if (typeof value === 'number') {
    if (format === undefined || isDateFormat(format)) {
      const iso = serialToIso(value);
      if (iso) return ok(iso);
    }
    return fail(MSG.notDate(formatNumberAsText(value)));
  }
  if (typeof value === 'string') {
    const iso = parseDateText(value.trim());
    return iso ? ok(iso) : fail(MSG.notDate(value.trim()));
  }
  return fail(MSG.notDate(displayOf(value)));
}

export function isDateFormat(format: string): boolean {
  const bare = stripQuoted(format).toLowerCase();
  return /[dy]/.test(bare) || /m{3,}/.test(bare) || /(^|[^h:])mm?[/.-]/.test(bare);
}

function stripQuoted(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function isoOf(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * A Date cell as its calendar day. Adapters give either UTC midnight (.xlsx) or local midnight (Apps Script, in
 * the spreadsheet's zone): UTC midnight is read in UTC, anything else in local time.
 */
export function dateToIso(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  if (date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0) {
    return isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  return isoOf(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** Excel/Sheets serial day number (1900 system) → ISO. */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const ms = Math.round((Math.floor(serial) - 25569) * 86400000);
  const d = new Date(ms);
  return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** ISO `yyyy-mm-dd` → Excel/Sheets serial day number (1900 system); null for anything else. */
export function isoToSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86400000 + 25569 : null;
}

export function parseDateText(text: string): string | null {
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) return isoOf(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

export function isoToDisplay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

function displayOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateToIso(value) ?? '';
  return String(value);
}

/** One of the choices, matched like headers; returns the index, or -1. */
export function choiceIndex(text: string, choices: readonly string[]): number {
  const k = key(text);
  return choices.findIndex((c) => key(c) === k);
}
