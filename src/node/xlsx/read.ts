// Worksheet XML → a table of cell values, with one pass of indexOf over the text (no DOM: a score card of
// 2 000 × 33 cells must parse in a few milliseconds).
import type { CellFormats } from './styles';
import { UncalculatedFormula, UnreadableCell } from '../../workbook/cells';
import { READ_MSG } from './messages';
import { decodeXml, prefixOf, richText } from './xml-scan';

export interface ParsedSheet {
  values: unknown[][];
  formats?: string[][];
}

/** Excel's grid: 1 048 576 rows, 16 384 columns (A…XFD). A reference beyond it is not a real cell. */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/** A cell or row beyond Excel's grid (`r="2000000000"`, `ZZZZZZZZ2`): refused before anything is allocated. */
export class SheetLimitError extends Error {
  override name = 'SheetLimitError';
}

const DAY_MS = 86400000;
/** 1899-12-30, day 0 of the 1900 date system (with Excel's phantom 29/02/1900 accounted for below). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** An Excel serial (days, fraction = time of day) → a Date at that UTC wall-clock time. */
export function serialToDate(serial: number, date1904: boolean): Date {
  if (date1904) return new Date(EPOCH_1904 + Math.round(serial * DAY_MS));
  // serials before 1900-03-01 count the non-existent 29/02/1900
  const days = serial < 61 ? serial + 1 : serial;
  return new Date(EPOCH_1900 + Math.round(days * DAY_MS));
}

/** A number as Excel shows it at most: 15 significant digits (0.30000000000000004 → 0.3). */
function toNumber(text: string): number {
  // only decimal notation: Number() would also take 0x9, 0b1, Infinity (a hand-made file's text is not a number)
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return NaN;
  const n = Number(text);
  return text.length > 15 && Number.isFinite(n) ? Number(n.toPrecision(15)) : n;
}

function isoDate(text: string): Date | null {
  const hasZone = /(Z|[+-]\d\d:?\d\d)$/.test(text);
  const d = new Date(text.length === 10 ? `${text}T00:00:00Z` : hasZone ? text : `${text}Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Column letters at s[from, to) → 1-based number; 0 when there are none; past XFD, MAX_COLS + 1 (no overflow). */
function columnOf(s: string, from: number, to: number): number {
  let col = 0;
  for (let i = from; i < to && col <= MAX_COLS; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return col;
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The number written at s[from, to). Plain decimals of up to 15 digits are parsed in place (m / 10^k with both
 * exact is the correctly rounded double, the same as Number()); anything else goes through Number().
 */
function numberAt(s: string, from: number, to: number): number {
  let i = from;
  let negative = false;
  if (s.charCodeAt(i) === 45) {
    negative = true;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let decimals = -1;
  for (; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (decimals >= 0) decimals++;
    } else if (c === 46 && decimals < 0) {
      decimals = 0;
    } else {
      return toNumber(s.slice(from, to).trim());
    }
  }
  if (digits === 0 || digits > 15) return toNumber(s.slice(from, to));
  const value = decimals > 0 ? mantissa / POW10[decimals] : mantissa;
  return negative ? -value : value;
}

/** Text scanned from a latin1 view of UTF-8 bytes → the real text. */
function fromLatin1(text: string): string {
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\x7f]/.test(text) ? Buffer.from(text, 'latin1').toString('utf8') : text;
}

/**
 * Parses `<sheetData>`. `xml` is the part read as latin1 (one char per byte: much faster to make than UTF-8, and
 * every tag and number is ASCII); text values are decoded as UTF-8 when taken. Rows come back from row 1, each as
 * long as its last non-blank cell; trailing blank rows (styled but empty) are dropped. Empty strings count as blank.
 */
export function parseSheet(xml: string, shared: string[], styles: CellFormats, date1904: boolean, withFormats: boolean): ParsedSheet {
  const values: unknown[][] = [];
  const formats: string[][] = [];
  const p = prefixOf(xml, 'sheetData');
  const start = xml.indexOf(`<${p}sheetData`);
  if (start < 0) return withFormats ? { values, formats } : { values };
  const rowOpen = `<${p}row`;
  const cellOpen = `<${p}c`;
  const cellClose = `</${p}c>`;
  const valueOpen = `<${p}v`;
  const valueClose = `</${p}v>`;
  const inlineOpen = `<${p}is`;
  const formulaOpen = `<${p}f`;
  const dataEnd = xml.indexOf(`</${p}sheetData>`, start);
  const end = dataEnd < 0 ? xml.length : dataEnd;
  const isDate = styles.isDate;

  let rowNumber = 0;
  let col = 0;
  let row: unknown[] | null = null;
  let rowFormats: string[] | null = null;
  /** Stores a non-blank value at (rowNumber, col). */
  const put = (value: unknown, styleIndex: number): void => {
    if (row === null) {
      if (rowNumber < 1) rowNumber = 1;
      row = [];
      while (values.length < rowNumber - 1) values.push([]);
      values[rowNumber - 1] = row;
      if (withFormats) {
        rowFormats = [];
        while (formats.length < rowNumber - 1) formats.push([]);
        formats[rowNumber - 1] = rowFormats;
      }
    }
    if (row.length === col - 1) row.push(value);
    else {
      while (row.length < col - 1) row.push(null);
      row[col - 1] = value;
    }
    if (rowFormats) {
      while (rowFormats.length < col - 1) rowFormats.push('');
      rowFormats[col - 1] = styles.codes[styleIndex] ?? '';
    }
  };
  let pos = xml.indexOf('<', start + 1);
  while (pos >= 0 && pos < end) {
    if (xml.startsWith(cellOpen, pos) && isNameEnd(xml.charCodeAt(pos + cellOpen.length))) {
      // attributes r, s, t read in one pass over the start tag, without slicing anything
      let refCol = 0;
      let styleIndex = 0;
      let type = 110; // 'n'
      let typeLong = '';
      let q = pos + cellOpen.length;
      let gt = -1;
      for (;;) {
        let c = xml.charCodeAt(q);
        while (c === 32 || c === 9 || c === 10 || c === 13) c = xml.charCodeAt(++q);
        if (c === 62 || c === 47 || q >= end) {
          gt = c === 62 ? q : xml.indexOf('>', q);
          break;
        }
        const nameStart = q;
        while (c !== 61 && c !== 32 && q < end) c = xml.charCodeAt(++q);
        const nameLength = q - nameStart;
        while (c !== 34 && c !== 39 && q < end) c = xml.charCodeAt(++q);
        const quote = c;
        const valueStart = q + 1;
        q = valueStart;
        c = xml.charCodeAt(q);
        while (c !== quote && q < end) c = xml.charCodeAt(++q);
        if (nameLength === 1) {
          const name = xml.charCodeAt(nameStart);
          if (name === 114) refCol = columnOf(xml, valueStart, q);
          else if (name === 115) {
            let n = 0;
            for (let k = valueStart; k < q; k++) n = n * 10 + (xml.charCodeAt(k) - 48);
            styleIndex = n > 0 ? n : 0;
          } else if (name === 116) {
            type = xml.charCodeAt(valueStart);
            typeLong = q - valueStart > 1 ? xml.slice(valueStart, q) : '';
          }
        }
        q++;
      }
      if (gt < 0) break;
      col = refCol > 0 ? refCol : col + 1;
      if (col > MAX_COLS) throw new SheetLimitError(READ_MSG.beyondColumns(rowNumber, MAX_COLS));
      if (xml.charCodeAt(gt - 1) === 47) {
        pos = xml.indexOf('<', gt);
        continue;
      }
      if (type === 110 && p === '' && xml.charCodeAt(gt + 1) === 60 && xml.charCodeAt(gt + 2) === 118 && xml.charCodeAt(gt + 3) === 62) {
        // the common case, <c …><v>7.5</v></c>: no search for the end of the cell
        const vend = xml.indexOf('<', gt + 4);
        const n = numberAt(xml, gt + 4, vend);
        if (xml.startsWith('</v></c>', vend)) {
          if (!Number.isNaN(n)) put(isDate[styleIndex] ? serialToDate(n, date1904) : n, styleIndex);
          // not a number (0x9, 1e999…): the text itself, which the workbook layer reports at the cell
          else if (vend > gt + 4) put(decodeXml(fromLatin1(xml.slice(gt + 4, vend))), styleIndex);
          pos = xml.indexOf('<', vend + 8);
          continue;
        }
      }
      const cellEnd = xml.indexOf(cellClose, gt);
      const stop = cellEnd < 0 ? end : cellEnd;
      let value: unknown = null;
      if (typeLong === 'inlineStr') {
        const is = xml.indexOf(inlineOpen, gt);
        if (is >= 0 && is < stop) value = richText(xml, is, stop, p, fromLatin1);
      } else {
        let v = xml.indexOf(valueOpen, gt);
        while (v >= 0 && v < stop && !isNameEnd(xml.charCodeAt(v + valueOpen.length))) v = xml.indexOf(valueOpen, v + 1);
        if (v >= 0 && v < stop) {
          const vgt = xml.indexOf('>', v);
          if (xml.charCodeAt(vgt - 1) !== 47) {
            let vend = xml.indexOf(valueClose, vgt);
            if (vend < 0 || vend > stop) vend = stop;
            if (type === 110) {
              // 'n'
              const n = numberAt(xml, vgt + 1, vend);
              const raw = Number.isNaN(n) ? decodeXml(fromLatin1(xml.slice(vgt + 1, vend))).trim() : '';
              value = Number.isNaN(n) ? (raw === '' ? null : raw) : isDate[styleIndex] ? serialToDate(n, date1904) : n;
            } else if (type === 115 && typeLong === '') {
              // 's'
              const index = numberAt(xml, vgt + 1, vend);
              // an index past the table is not a blank: the cell is reported (found by the fuzzer)
              value = shared[index] ?? new UnreadableCell(`chuỗi dùng chung số ${xml.slice(vgt + 1, vend).trim()} không tồn tại`);
            } else if (type === 98) {
              // 'b'
              const text = xml.slice(vgt + 1, vend).trim();
              value = text === '1' || text === 'true';
            } else if (type === 100) {
              // 'd'
              const text = xml.slice(vgt + 1, vend).trim();
              value = text === '' ? null : (isoDate(text) ?? new UnreadableCell(`ngày “${decodeXml(fromLatin1(text))}” không hợp lệ`));
            } else {
              // str (a formula's text result), e (an error such as #REF!)
              value = decodeXml(fromLatin1(xml.slice(vgt + 1, vend)));
            }
          }
        }
      }
      if ((value === null || value === '') && type === 110 && typeLong === '') {
        // a formula saved without its value (scripts, openpyxl): a marker, so that the cell is an error, not a blank
        const f = xml.indexOf(formulaOpen, gt);
        if (f >= 0 && f < stop && isNameEnd(xml.charCodeAt(f + formulaOpen.length)))
          value = new UncalculatedFormula(formulaText(xml, f, stop));
      }
      if (value !== null && value !== '') put(value, styleIndex);
      pos = xml.indexOf('<', cellEnd < 0 ? gt : cellEnd + cellClose.length);
      continue;
    }
    const gt = xml.indexOf('>', pos);
    if (gt < 0) break;
    if (xml.startsWith(rowOpen, pos) && isNameEnd(xml.charCodeAt(pos + rowOpen.length))) {
      const tag = xml.slice(pos, gt);
      const r = /\sr\s*=\s*["'](\d+)["']/.exec(tag);
      rowNumber = r ? Number(r[1]) : rowNumber + 1;
      if (rowNumber > MAX_ROWS) throw new SheetLimitError(READ_MSG.beyondRows(rowNumber, MAX_ROWS));
      col = 0;
      row = null;
      rowFormats = null;
    }
    pos = xml.indexOf('<', gt);
  }
  if (withFormats) {
    for (let i = 0; i < values.length; i++) {
      const f = formats[i] ?? [];
      while (f.length < values[i].length) f.push('');
      formats[i] = f;
    }
    return { values, formats };
  }
  return { values };
}

/** The formula text of `<f …>…</f>` at s[from, stop) (for messages; '' for a shared formula's follower). */
function formulaText(s: string, from: number, stop: number): string {
  const gt = s.indexOf('>', from);
  if (gt < 0 || gt >= stop || s.charCodeAt(gt - 1) === 47) return '';
  const end = s.indexOf('<', gt);
  return decodeXml(fromLatin1(s.slice(gt + 1, end < 0 || end > stop ? stop : end)));
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
}

/** sharedStrings.xml → the table of strings. */
export function parseSharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const p = prefixOf(xml, 'si');
  const open = `<${p}si`;
  const close = `</${p}si>`;
  const strings: string[] = [];
  let pos = xml.indexOf(open);
  while (pos >= 0) {
    const gt = xml.indexOf('>', pos);
    if (gt < 0) break;
    if (!isNameEnd(xml.charCodeAt(pos + open.length))) {
      pos = xml.indexOf(open, gt);
      continue;
    }
    if (xml.charCodeAt(gt - 1) === 47) {
      strings.push('');
      pos = xml.indexOf(open, gt);
      continue;
    }
    const end = xml.indexOf(close, gt);
    if (end < 0) break;
    // fast path: a plain <t>…</t> with nothing to decode
    const t = gt + 1;
    const plain = xml.startsWith(`<${p}t>`, t) ? t + p.length + 3 : -1;
    const plainEnd = plain > 0 ? xml.indexOf('<', plain) : -1;
    if (plain > 0 && xml.startsWith(`</${p}t>${close}`, plainEnd)) {
      const text = xml.slice(plain, plainEnd);
      strings.push(text.indexOf('&') < 0 && text.indexOf('_x') < 0 ? text : decodeXml(text));
    } else {
      strings.push(richText(xml, gt + 1, end, p));
    }
    pos = xml.indexOf(open, end + close.length);
  }
  return strings;
}
