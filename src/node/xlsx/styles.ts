// styles.xml: which number format each cell style has (to read dates and percentages), and the styles we append
// when writing (fonts, fills, borders, number formats, cell formats), keeping every existing index.
import type { CellStyle } from '../../workbook/port';
import { attr, escapeAttr, prefixOf, startTags } from './xml-scan';

/** Built-in number formats (ECMA-376 §18.8.30). 14–22 and 45–47 are dates/times. */
export const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Formats we may write by their built-in id (the date ones are locale-dependent, so they are written as custom). */
const WRITE_BUILTIN: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '@': 49,
};

/** True for a date or time format: d, m, y, h or s outside quotes, escapes and [colour]/[$-locale] brackets. */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(h+|m+|s+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_.|\*./g, '');
  if (/^general$/i.test(bare.trim())) return false;
  return /[dmyhs]/i.test(bare.replace(/E[+-]/gi, '').replace(/AM\/PM|A\/P/gi, 'h'));
}

/** Per cell-style index (the `s` of a cell): its format code ('' = General) and whether it shows a date. */
export interface CellFormats {
  codes: string[];
  isDate: boolean[];
}

export function readCellFormats(xml: string | null): CellFormats {
  if (!xml) return { codes: [], isDate: [] };
  const p = prefixOf(xml, 'styleSheet');
  const custom = new Map<number, string>();
  const numFmts = block(xml, `${p}numFmts`);
  if (numFmts) {
    for (const tag of startTags(xml, `${p}numFmt`, numFmts.from, numFmts.to)) {
      const id = Number(attr(tag, 'numFmtId'));
      const code = attr(tag, 'formatCode');
      if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
    }
  }
  const codes: string[] = [];
  const isDate: boolean[] = [];
  const cellXfs = block(xml, `${p}cellXfs`);
  if (cellXfs) {
    for (const tag of startTags(xml, `${p}xf`, cellXfs.from, cellXfs.to)) {
      const id = Number(attr(tag, 'numFmtId') ?? 0);
      let code = custom.get(id) ?? BUILTIN_FORMATS[id] ?? '';
      if (code === 'General') code = '';
      codes.push(code);
      isDate.push((id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (!BUILTIN_FORMATS[id] && code !== '' && isDateFormatCode(code)));
    }
  }
  return { codes, isDate };
}

/** The content range of `<name …>…</name>` (after the start tag, before the end tag); null when absent or empty. */
function block(xml: string, name: string): { from: number; to: number } | null {
  const tags = startTags(xml, name);
  if (tags.length === 0) return null;
  const start = xml.indexOf(tags[0]);
  if (tags[0].endsWith('/>')) return null;
  const from = start + tags[0].length;
  const to = xml.indexOf(`</${name}>`, from);
  return to < 0 ? null : { from, to };
}

/** Child elements of a styles block in the order CT_Stylesheet requires. */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

/** The styles part of a new workbook; its default font sets the unit of column widths. */
export function minimalStyles(font: { name: string; size: number } = { name: 'Calibri', size: 11 }): string {
  return MINIMAL_STYLES.replace(
    '<sz val="11"/><name val="Calibri"/><family val="2"/>',
    `<sz val="${font.size}"/><name val="${escapeAttr(font.name)}"/>`,
  );
}

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

function argb(color: string): string {
  const hex = color.replace(/^#/, '').toUpperCase();
  if (/^[0-9A-F]{6}$/.test(hex)) return `FF${hex}`;
  if (/^[0-9A-F]{8}$/.test(hex)) return hex;
  if (/^[0-9A-F]{3}$/.test(hex)) return `FF${hex[0]}${hex[0]}${hex[1]}${hex[1]}${hex[2]}${hex[2]}`;
  return 'FF000000';
}

/**
 * The styles of a workbook being written. Cell formats are appended after the existing ones, so every index the
 * untouched sheets use keeps its meaning.
 */
export class StyleBook {
  private readonly prefix: string;
  private readonly counts: Record<string, number> = {};
  private readonly added: Record<string, string[]> = { numFmts: [], fonts: [], fills: [], borders: [], cellXfs: [] };
  private readonly cache = new Map<string, number>();
  private readonly numFmtIds = new Map<string, number>();
  private nextNumFmtId = 164;
  private readonly baseFont: { size: number; name: string };
  private changed = false;

  constructor(private readonly original: string = MINIMAL_STYLES) {
    this.prefix = prefixOf(original, 'styleSheet');
    const p = this.prefix;
    for (const name of ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs']) {
      const range = block(original, `${p}${name}`);
      const child = name === 'numFmts' ? 'numFmt' : name === 'cellXfs' ? 'xf' : name.slice(0, -1);
      this.counts[name] = range ? startTags(original, `${p}${child}`, range.from, range.to).length : 0;
      if (name === 'numFmts' && range) {
        for (const tag of startTags(original, `${p}numFmt`, range.from, range.to)) {
          const id = Number(attr(tag, 'numFmtId'));
          const code = attr(tag, 'formatCode');
          if (code !== undefined && !this.numFmtIds.has(code)) this.numFmtIds.set(code, id);
          if (id >= this.nextNumFmtId) this.nextNumFmtId = id + 1;
        }
      }
    }
    const fonts = block(original, `${p}fonts`);
    const firstFont = fonts ? original.slice(fonts.from, original.indexOf(`</${p}font>`, fonts.from)) : '';
    const size = Number(attr(startTags(firstFont, `${p}sz`)[0] ?? '', 'val'));
    this.baseFont = { size: size > 0 ? size : 11, name: attr(startTags(firstFont, `${p}name`)[0] ?? '', 'val') ?? 'Calibri' };
    // a styles part without the defaults every index 0 relies on gets them first
    if (this.counts.fonts === 0)
      this.push('fonts', `<font><sz val="${this.baseFont.size}"/><name val="${escapeAttr(this.baseFont.name)}"/></font>`);
    if (this.counts.fills === 0) {
      this.push('fills', '<fill><patternFill patternType="none"/></fill>');
      this.push('fills', '<fill><patternFill patternType="gray125"/></fill>');
    }
    if (this.counts.borders === 0) this.push('borders', '<border><left/><right/><top/><bottom/><diagonal/></border>');
    if (this.counts.cellXfs === 0) this.push('cellXfs', '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
    this.changed = false;
  }

  /** True when something was appended since the workbook was opened. */
  get modified(): boolean {
    return this.changed;
  }

  /** The cell format index (`s`) for a style; 0 for no style at all. */
  xfFor(style: CellStyle): number {
    const key = JSON.stringify(style);
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    const font = this.fontId(style);
    const fill = style.fill
      ? this.intern(
          'fills',
          `<fill><patternFill patternType="solid"><fgColor rgb="${argb(style.fill)}"/><bgColor indexed="64"/></patternFill></fill>`,
        )
      : 0;
    const border = style.border ? this.intern('borders', borderXml(style.border)) : 0;
    const numFmt = style.numberFormat !== undefined ? this.numFmtId(style.numberFormat) : 0;
    const alignment: string[] = [];
    if (style.align) alignment.push(`horizontal="${style.align}"`);
    if (style.valign) alignment.push(`vertical="${style.valign === 'middle' ? 'center' : style.valign}"`);
    if (style.wrap) alignment.push('wrapText="1"');
    const applies = [
      numFmt ? ' applyNumberFormat="1"' : '',
      font ? ' applyFont="1"' : '',
      fill ? ' applyFill="1"' : '',
      border ? ' applyBorder="1"' : '',
      alignment.length ? ' applyAlignment="1"' : '',
    ].join('');
    const inner = alignment.length ? `<alignment ${alignment.join(' ')}/>` : '';
    const xf = `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${applies}${inner ? `>${inner}</xf>` : '/>'}`;
    const id = this.intern('cellXfs', xf);
    this.cache.set(key, id);
    return id;
  }

  private fontId(style: CellStyle): number {
    if (!style.bold && !style.italic && !style.underline && !style.fontFamily && !style.fontSize && !style.color) return 0;
    const parts = [
      style.bold ? '<b/>' : '',
      style.italic ? '<i/>' : '',
      style.underline ? '<u/>' : '',
      `<sz val="${style.fontSize ?? this.baseFont.size}"/>`,
      style.color ? `<color rgb="${argb(style.color)}"/>` : '',
      `<name val="${escapeAttr(style.fontFamily ?? this.baseFont.name)}"/>`,
    ];
    return this.intern('fonts', `<font>${parts.join('')}</font>`);
  }

  private numFmtId(code: string): number {
    if (code === '' || code === 'General') return 0;
    const builtin = WRITE_BUILTIN[code];
    if (builtin !== undefined) return builtin;
    const known = this.numFmtIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextNumFmtId++;
    this.numFmtIds.set(code, id);
    this.push('numFmts', `<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  }

  private readonly interned = new Map<string, number>();

  private intern(block: string, xml: string): number {
    const key = `${block}|${xml}`;
    const known = this.interned.get(key);
    if (known !== undefined) return known;
    const id = this.push(block, xml);
    this.interned.set(key, id);
    return id;
  }

  private push(block: string, xml: string): number {
    const list = this.added[block];
    list.push(this.prefix ? xml.replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${this.prefix}`) : xml);
    this.changed = true;
    return this.counts[block] + list.length - 1;
  }

  /** styles.xml with the appended entries. */
  toXml(): string {
    let xml = this.original;
    const p = this.prefix;
    for (const name of ORDER) {
      const added = this.added[name];
      if (!added || added.length === 0) continue;
      const total = this.counts[name] + added.length;
      const tag = startTags(xml, `${p}${name}`)[0];
      if (tag && !tag.endsWith('/>')) {
        const start = xml.indexOf(tag);
        const end = xml.indexOf(`</${p}${name}>`, start);
        xml = xml.slice(0, start) + withCount(tag, total) + xml.slice(start + tag.length, end) + added.join('') + xml.slice(end);
      } else if (tag) {
        const start = xml.indexOf(tag);
        const open = withCount(tag.replace(/\s*\/>$/, '>'), total);
        xml = `${xml.slice(0, start)}${open}${added.join('')}</${p}${name}>${xml.slice(start + tag.length)}`;
      } else {
        const at = insertionPoint(xml, p, name);
        xml = `${xml.slice(0, at)}<${p}${name} count="${total}">${added.join('')}</${p}${name}>${xml.slice(at)}`;
      }
    }
    return xml;
  }
}

function withCount(tag: string, count: number): string {
  if (/\scount\s*=\s*["'][^"']*["']/.test(tag)) return tag.replace(/(\scount\s*=\s*)["'][^"']*["']/, `$1"${count}"`);
  return tag.replace(/\s*(\/?>)$/, ` count="${count}"$1`);
}

/** Where a missing block goes: before the first later block present, else before </styleSheet>. */
function insertionPoint(xml: string, p: string, name: string): number {
  for (const later of ORDER.slice(ORDER.indexOf(name) + 1)) {
    const tag = startTags(xml, `${p}${later}`)[0];
    if (tag) return xml.indexOf(tag);
  }
  const end = xml.lastIndexOf(`</${p}styleSheet>`);
  return end >= 0 ? end : xml.length;
}

function borderXml(border: 'all' | 'bottom'): string {
  const edge = (name: string, on: boolean) => (on ? `<${name} style="thin"><color indexed="64"/></${name}>` : `<${name}/>`);
  const all = border === 'all';
  return `<border>${edge('left', all)}${edge('right', all)}${edge('top', all)}${edge('bottom', true)}<diagonal/></border>`;
}
