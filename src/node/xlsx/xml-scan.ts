// Tiny, allocation-light helpers to scan OOXML text without a DOM, and to escape what we write.
import { columnLetter } from '../../core/cellref';

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML character data → text: entities, character references and the OOXML `_xHHHH_` escapes. */
export function decodeXml(raw: string): string {
  let text = raw;
  if (text.indexOf('&') >= 0) {
    text = text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITY[name] ?? whole;
    });
  }
  if (text.indexOf('_x') >= 0) {
    text = text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
  return text;
}

/** The value of attribute `name` in a start tag (`<c r="A1" t="s">`), decoded; undefined when absent. */
export function attr(tag: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = tag.indexOf(name, from);
    if (at < 0) return undefined;
    from = at + name.length;
    const before = tag.charCodeAt(at - 1);
    // the name must stand alone: preceded by whitespace (or a prefix colon for the local part of r:id)
    if (!(before === 32 || before === 9 || before === 10 || before === 13)) continue;
    let p = from;
    while (tag.charCodeAt(p) === 32) p++;
    if (tag[p] !== '=') continue;
    p++;
    while (tag.charCodeAt(p) === 32) p++;
    const quote = tag[p];
    if (quote !== '"' && quote !== "'") continue;
    const end = tag.indexOf(quote, p + 1);
    if (end < 0) return undefined;
    return decodeXml(tag.slice(p + 1, end));
  }
}

/** The value of the first attribute whose local name is `local` whatever its prefix (`r:id`, `ns1:id`). */
export function prefixedAttr(tag: string, local: string): string | undefined {
  const match = new RegExp(`\\s[A-Za-z_][\\w.-]*:${local}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return match ? decodeXml(match[2] ?? match[3]) : undefined;
}

/** The namespace prefix used for element `local` (`''` or `'x:'`), found from its first occurrence. */
export function prefixOf(xml: string, local: string): string {
  const match = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}[\\s/>]`).exec(xml);
  return match?.[1] ?? '';
}

/** Every start tag `<name …>` or `<name …/>` (with its prefix) in xml[from, to). */
export function startTags(xml: string, name: string, from = 0, to = xml.length): string[] {
  const tags: string[] = [];
  const open = `<${name}`;
  let p = xml.indexOf(open, from);
  while (p >= 0 && p < to) {
    const next = xml.charCodeAt(p + open.length);
    const end = xml.indexOf('>', p);
    if (end < 0) break;
    if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13) tags.push(xml.slice(p, end + 1));
    p = xml.indexOf(open, end);
  }
  return tags;
}

/**
 * The text of a string item (`<si>` or `<is>` content in xml[from, to)): the `<t>` elements, rich text runs
 * concatenated, phonetic runs (`<rPh>`) left out.
 */
export function richText(xml: string, from: number, to: number, prefix: string, raw: (text: string) => string = (t) => t): string {
  let segment = xml.slice(from, to);
  if (segment.indexOf(`<${prefix}rPh`) >= 0) {
    segment = segment.replace(new RegExp(`<${prefix}rPh[\\s>][\\s\\S]*?</${prefix}rPh>`, 'g'), '');
  }
  const open = `<${prefix}t`;
  const close = `</${prefix}t>`;
  let text = '';
  let p = segment.indexOf(open);
  while (p >= 0) {
    const next = segment.charCodeAt(p + open.length);
    const gt = segment.indexOf('>', p);
    if (gt < 0) break;
    if (next !== 62 && next !== 32 && next !== 9 && next !== 10 && next !== 13) {
      p = segment.indexOf(open, gt); // <tag…> or <t/>
      continue;
    }
    if (segment.charCodeAt(gt - 1) === 47) {
      p = segment.indexOf(open, gt); // <t …/>
      continue;
    }
    const end = segment.indexOf(close, gt);
    if (end < 0) break;
    text += segment.slice(gt + 1, end);
    p = segment.indexOf(open, end + close.length);
  }
  return decodeXml(raw(text));
}

// eslint-disable-next-line no-control-regex
const INVALID_XML_CHAR = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;
/** …plus \r, which XML readers would turn into \n: Excel writes it as _x000D_ too. */
// eslint-disable-next-line no-control-regex
const ESCAPED_IN_TEXT = /[\x00-\x08\x0B\x0C\x0D\x0E-\x1F\uFFFE\uFFFF]/g;
const LOOKS_ESCAPED = /_(x[0-9a-fA-F]{4}_)/g;

/** Text → XML character data (for `<t>` and other element content). */
export function escapeText(text: string): string {
  let out = text;
  if (/[&<>]/.test(out)) out = out.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (out.indexOf('_x') >= 0) out = out.replace(LOOKS_ESCAPED, '_x005F_$1');
  ESCAPED_IN_TEXT.lastIndex = 0;
  if (ESCAPED_IN_TEXT.test(out)) {
    out = out.replace(ESCAPED_IN_TEXT, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  }
  return out;
}

/** Text → attribute value (double-quoted). */
export function escapeAttr(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;')
    .replace(INVALID_XML_CHAR, '');
}

/** 1-based column number → letters (1 → A, 27 → AA). */
export const columnLetters = columnLetter;

export function cellRef(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** Bytes → one char per byte: cheap to make, for scanning ASCII markup whose text is decoded only when taken. */
export function latin1Text(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** Bytes → text (UTF-8, BOM dropped). */
export function utf8Text(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
