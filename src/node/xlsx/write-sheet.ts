// OutputSheet → worksheet XML. Strings are inline strings (never formulas), dates are serials with a date format.
import { WRITE_MSG } from './messages';
import type { CellStyle, CellValue, OutputSheet, RangeRef } from '../../workbook/port';
import type { StyleBook } from './styles';
import { cellRef, columnLetters, escapeText } from './xml-scan';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DEFAULT_DATE_FORMAT = 'dd/mm/yyyy';
const DEFAULT_DATETIME_FORMAT = 'dd/mm/yyyy hh:mm';
const DAY_MS = 86400000;

/**
 * A Date → Excel serial. UTC midnight (what the reader returns) is read in UTC; any other instant by its local
 * wall-clock time, as Apps Script dates are (the same convention as src/workbook/cells.ts dateToIso).
 */
export function dateToSerial(date: Date, date1904: boolean): number {
  const t = date.getTime();
  const utcMidnight = t % DAY_MS === 0;
  const wall = utcMidnight
    ? t
    : Date.UTC(
        date.getFullYear(),
        date.getMonth(),
        date.getDate(),
        date.getHours(),
        date.getMinutes(),
        date.getSeconds(),
        date.getMilliseconds(),
      );
  if (date1904) return (wall - Date.UTC(1904, 0, 1)) / DAY_MS;
  const serial = (wall - Date.UTC(1899, 11, 30)) / DAY_MS;
  // Excel counts a 29/02/1900 that never was: serials before 1900-03-01 are one less
  return serial < 61 ? serial - 1 : serial;
}

/** Pixels → Excel column width in characters of the default font (≈ (px − 5) / 7). */
export function pixelsToWidth(px: number): number {
  return Math.max(0, Math.round(((px - 5) / 7) * 100) / 100);
}

function extent(range: RangeRef): { r1: number; c1: number; r2: number; c2: number } {
  const r1 = Math.max(1, Math.floor(range.row));
  const c1 = Math.max(1, Math.floor(range.col));
  return { r1, c1, r2: r1 + Math.max(1, Math.floor(range.rows ?? 1)) - 1, c2: c1 + Math.max(1, Math.floor(range.cols ?? 1)) - 1 };
}

function rangeRef(range: RangeRef): string {
  const { r1, c1, r2, c2 } = extent(range);
  return r1 === r2 && c1 === c2 ? cellRef(r1, c1) : `${cellRef(r1, c1)}:${cellRef(r2, c2)}`;
}

/** A style as a key that does not depend on the order its properties were set in. */
function styleKey(style: CellStyle): string {
  const entries = Object.entries(style).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify(entries);
}

/**
 * The style of every styled cell, as an id into `styles` (0 = none). Overlapping entries merge property by
 * property, later ones winning; merging goes through a small transition cache so that thousands of row-wide
 * entries cost one Map lookup per cell.
 */
function styleCover(sheet: OutputSheet): { rows: (Int32Array | undefined)[]; maxRow: number; styles: CellStyle[] } {
  /** per row, the style id of each column (index = column) */
  const rows: (Int32Array | undefined)[] = [];
  const styles: CellStyle[] = [{}];
  const byKey = new Map<string, number>([[styleKey({}), 0]]);
  const intern = (style: CellStyle): number => {
    const key = styleKey(style);
    let id = byKey.get(key);
    if (id === undefined) {
      id = styles.length;
      styles.push(style);
      byKey.set(key, id);
    }
    return id;
  };
  const transitions = new Map<number, number>();
  let maxRow = 0;
  for (const { range, style } of sheet.styles ?? []) {
    const entry = intern(style);
    const { r1, c1, r2, c2 } = extent(range);
    for (let r = r1; r <= r2; r++) {
      let ids = rows[r];
      if (!ids || ids.length <= c2) {
        const grown = new Int32Array(c2 + 1);
        if (ids) grown.set(ids);
        ids = grown;
        rows[r] = ids;
      }
      for (let c = c1; c <= c2; c++) {
        const before = ids[c];
        if (before === 0) {
          ids[c] = entry;
          continue;
        }
        const step = before * 1048576 + entry;
        let merged = transitions.get(step);
        if (merged === undefined) {
          merged = intern({ ...styles[before], ...style });
          transitions.set(step, merged);
        }
        ids[c] = merged;
      }
    }
    if (r2 > maxRow) maxRow = r2;
  }
  return { rows, maxRow, styles };
}

/** Excel's limit on the text of one cell: a longer text would be cut by Excel, or the file refused. */
const MAX_CELL_TEXT = 32_767;

/** A text too long for one cell: the export is not written (a cut-off name on an official list is wrong). */
export class CellTooLongError extends Error {
  override name = 'CellTooLongError';
}

export function serializeSheet(sheet: OutputSheet, book: StyleBook, options: { date1904: boolean; selected: boolean }): string {
  const cover = styleCover(sheet);
  // (style id, date kind) → cell format index
  const xfCache = new Map<number, number>();
  const xfOf = (id: number, value: CellValue): number => {
    const isDate = value instanceof Date;
    if (id === 0 && !isDate) return 0;
    const dateKind = isDate ? (value.getTime() % DAY_MS === 0 ? 1 : 2) : 0;
    const known = xfCache.get(id * 4 + dateKind);
    if (known !== undefined) return known;
    let style = cover.styles[id];
    if (dateKind && !style.numberFormat) style = { ...style, numberFormat: dateKind === 1 ? DEFAULT_DATE_FORMAT : DEFAULT_DATETIME_FORMAT };
    const xf = Object.keys(style).length ? book.xfFor(style) : 0;
    xfCache.set(id * 4 + dateKind, xf);
    return xf;
  };

  const rows = sheet.rows;
  const lastRow = Math.max(rows.length, cover.maxRow);
  let maxCol = 0;
  const letters: string[] = [''];
  const letter = (c: number): string => {
    while (letters.length <= c) letters.push(columnLetters(letters.length));
    return letters[c];
  };
  // one flat list of small strings joined once: concatenating row strings builds deep rope strings that are slow
  // to flatten
  const body: string[] = [];
  for (let r = 1; r <= lastRow; r++) {
    const values = rows[r - 1] ?? [];
    const styled = cover.rows[r];
    const last = Math.max(values.length, styled ? styled.length - 1 : 0);
    const rowStart = body.length;
    const px = sheet.rowHeights?.[r - 1];
    // LibreOffice does not fit rows to wrapped text when it opens a file: a document gives its heights
    body.push(typeof px === 'number' && px > 0 ? `<row r="${r}" ht="${Math.round(px * 75) / 100}" customHeight="1">` : `<row r="${r}">`);
    for (let c = 1; c <= last; c++) {
      const value = values[c - 1] ?? null;
      const id = styled !== undefined && c < styled.length ? styled[c] : 0;
      if (typeof value === 'string' && value.length > MAX_CELL_TEXT)
        throw new CellTooLongError(WRITE_MSG.cellTooLong(sheet.name, letter(c) + r, value.length, MAX_CELL_TEXT));
      const cell = cellXml(value, letter(c) + r, id, xfOf, options.date1904);
      if (cell) {
        body.push(cell);
        if (c > maxCol) maxCol = c;
      }
    }
    if (body.length === rowStart + 1 && !(typeof px === 'number' && px > 0)) body.length = rowStart;
    else body.push('</row>');
  }

  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`,
  ];
  if (sheet.page?.fitToWidth) parts.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  parts.push(`<dimension ref="${maxCol > 0 && body.length ? `A1:${letter(maxCol)}${lastRow}` : 'A1'}"/>`);
  parts.push(sheetView(sheet, options.selected));
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  const widths = sheet.columnWidths ?? [];
  const cols = widths
    .map((px, i) =>
      typeof px === 'number' && px > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${pixelsToWidth(px)}" customWidth="1"/>` : '',
    )
    .join('');
  if (cols) parts.push(`<cols>${cols}</cols>`);
  if (body.length) {
    parts.push('<sheetData>');
    for (const piece of body) parts.push(piece);
    parts.push('</sheetData>');
  } else {
    parts.push('<sheetData/>');
  }
  const merges = (sheet.merges ?? []).filter((m) => (m.rows ?? 1) > 1 || (m.cols ?? 1) > 1);
  if (merges.length)
    parts.push(`<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${rangeRef(m)}"/>`).join('')}</mergeCells>`);
  const page = sheet.page;
  if (page) {
    const m = page.margins;
    parts.push(`<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="0.3" footer="0.3"/>`);
    parts.push(`<pageSetup paperSize="9" orientation="${page.orientation}"${page.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`);
    // manual page breaks (after pageSetup, as the schema orders them): `id` is the last row of a page
    const breaks = page.rowBreaks ?? [];
    if (breaks.length)
      parts.push(
        `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('')}</rowBreaks>`,
      );
  } else {
    parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  }
  parts.push('</worksheet>');
  return parts.join('');
}

function cellXml(
  value: CellValue,
  ref: string,
  styleId: number,
  xfOf: (id: number, value: CellValue) => number,
  date1904: boolean,
): string {
  if (value === null || value === undefined || value === '') {
    if (styleId === 0) return '';
    const xf = xfOf(styleId, null);
    return xf ? `<c r="${ref}" s="${xf}"/>` : '';
  }
  const xf = xfOf(styleId, value);
  const s = xf ? ` s="${xf}"` : '';
  if (typeof value === 'number') {
    return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : xf === 0 ? '' : `<c r="${ref}"${s}/>`;
  }
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (value instanceof Date) {
    const t = value.getTime();
    if (Number.isNaN(t)) return xf === 0 ? '' : `<c r="${ref}"${s}/>`;
    return `<c r="${ref}"${s}><v>${dateToSerial(value, date1904)}</v></c>`;
  }
  const text = String(value);
  const preserve = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${preserve}>${escapeText(text)}</t></is></c>`;
}

function sheetView(sheet: OutputSheet, selected: boolean): string {
  const rows = Math.max(0, Math.floor(sheet.frozenRows ?? 0));
  const cols = Math.max(0, Math.floor(sheet.frozenCols ?? 0));
  const tab = selected ? ' tabSelected="1"' : '';
  if (rows === 0 && cols === 0) return `<sheetViews><sheetView${tab} workbookViewId="0"/></sheetViews>`;
  const pane = rows && cols ? 'bottomRight' : rows ? 'bottomLeft' : 'topRight';
  const split = `${cols ? ` xSplit="${cols}"` : ''}${rows ? ` ySplit="${rows}"` : ''}`;
  const topLeft = cellRef(rows + 1, cols + 1);
  return (
    `<sheetViews><sheetView${tab} workbookViewId="0">` +
    `<pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>` +
    '</sheetView></sheetViews>'
  );
}

/** `'Kết quả D1'!$1:$3` for the print titles defined name. */
export function printTitlesFormula(sheetName: string, first: number, last: number): string {
  return `'${sheetName.replace(/'/g, "''")}'!$${first}:$${last}`;
}
