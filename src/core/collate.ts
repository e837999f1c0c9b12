// Vietnamese name order (SPEC §3.7): given name (the last word) first, then the full name.
// Letters follow the Vietnamese alphabet (a ă â b c d đ e ê … o ô ơ … u ư …); tones are compared only when the
// letters are equal (ngang, huyền, hỏi, ngã, sắc, nặng), then letter case.

const ALPHABET = [
  'a',
  'ă',
  'â',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'ê',
  'f',
  'g',
  'h',
  'i',
  'j',
  'k',
  'l',
  'm',
  'n',
  'o',
  'ô',
  'ơ',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'ư',
  'v',
  'w',
  'x',
  'y',
  'z',
];

/** Letters sort after every other character; weights stay in the BMP and above the separators. */
const LETTER_BASE = 0xf000;
const LETTER_WEIGHT = new Map<string, number>(ALPHABET.map((letter, i) => [letter, LETTER_BASE + i]));
// Ð/ð (U+00D0/U+00F0), left in names by legacy-encoding converters, is the letter Đ.
LETTER_WEIGHT.set('ð', LETTER_WEIGHT.get('đ') as number);

/** Combining tone marks, in dictionary order after the unmarked tone (ngang = 0). */
const TONES = new Map<string, number>([
  ['\u0300', 1], // huyền
  ['\u0309', 2], // hỏi
  ['\u0303', 3], // ngã
  ['\u0301', 4], // sắc
  ['\u0323', 5], // nặng
]);

const FIELD_SEPARATOR = '\u0001';
const PART_SEPARATOR = '\u0000';

interface Collated {
  letter: string;
  tone: string;
  upper: boolean;
}

/** Per-character collation, cached: names reuse a few dozen letters. */
const charCache = new Map<string, Collated>();

function collateChar(ch: string): Collated {
  const cached = charCache.get(ch);
  if (cached !== undefined) return cached;
  // NFD splits the tone from the letter; the letter with its shape mark (ă â ê ô ơ ư) recomposes to its alphabet slot.
  let base = '';
  let tone = 0;
  for (const part of ch.normalize('NFD')) {
    const toneOf = TONES.get(part);
    if (toneOf !== undefined) tone = toneOf;
    else base += part;
  }
  const composed = base.normalize('NFC');
  const lower = composed.toLowerCase();
  const weight = LETTER_WEIGHT.get(lower) ?? Math.min(Math.max(lower.charCodeAt(0) || 2, 2), LETTER_BASE - 1);
  const result = { letter: String.fromCharCode(weight), tone: String.fromCharCode(2 + tone), upper: composed !== lower };
  charCache.set(ch, result);
  return result;
}

const LOWER = '\u0002';
const UPPER = '\u0003';

/**
 * Appends the collation key of a string: letters, then tones, then case, each comparable with `<`. Built as parts
 * joined once: `+=` per character would leave a long chain of string pieces per name (garbage the sort pays for).
 */
function appendFieldKey(text: string, parts: string[]): void {
  const chars = Array.from(text, collateChar);
  for (const c of chars) parts.push(c.letter);
  parts.push(FIELD_SEPARATOR);
  for (const c of chars) parts.push(c.tone);
  parts.push(FIELD_SEPARATOR);
  for (const c of chars) parts.push(c.upper ? UPPER : LOWER);
}

function normalizeSpaces(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** Sort key of a full name: compare two keys with `<`. Equal keys mean equal names for collation purposes. */
export function vietnameseNameKey(name: string): string {
  const full = normalizeSpaces(name);
  const given = full.slice(full.lastIndexOf(' ') + 1);
  const parts: string[] = [];
  appendFieldKey(given, parts);
  parts.push(PART_SEPARATOR);
  appendFieldKey(full, parts);
  return parts.join('');
}

/** Negative when `a` comes first in Vietnamese name order, positive when `b` does, 0 when identical. */
export function compareVietnameseNames(a: string, b: string): number {
  const ka = vietnameseNameKey(a);
  const kb = vietnameseNameKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  const na = a.normalize('NFC');
  const nb = b.normalize('NFC');
  return na < nb ? -1 : na > nb ? 1 : 0;
}
