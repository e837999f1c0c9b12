// Vietnamese name order (SPEC §3.7): given name (the last word) first, then the full name.
// Letters follow the Vietnamese alphabet (a ă â b c d đ e ê … o ô ơ … u ư …); tones are compared only when the
// letters are equal (ngang, huyền, hỏi, ngã, sắc, nặng), then letter case.

const ALPHABET = ['a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'ô', 'ơ',
  'p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'w', 'x', 'y', 'z'];

/** Letters sort after every other character; weights stay in the BMP and above the separators. */
const LETTER_BASE = 0xf000;
const LETTER_WEIGHT = new Map<string, number>(ALPHABET.map((letter, i) => [letter, LETTER_BASE + i]));

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

/** One collation key for a string: letters, then tones, then case, each comparable with `<`. */
function fieldKey(text: string): string {
  const letters: string[] = [];
  const tones: string[] = [];
  const cases: string[] = [];
  // NFD splits tones from letters; recomposing the letter with its shape mark (ă â ê ô ơ ư) gives its alphabet slot.
  const decomposed = text.normalize('NFD');
  let i = 0;
  while (i < decomposed.length) {
    let base = decomposed[i];
    i += 1;
    let tone = 0;
    while (i < decomposed.length && /\p{M}/u.test(decomposed[i])) {
      const mark = decomposed[i];
      const toneOf = TONES.get(mark);
      if (toneOf !== undefined) tone = toneOf;
      else base += mark;
      i += 1;
    }
    const composed = base.normalize('NFC');
    const lower = composed.toLowerCase();
    const weight = LETTER_WEIGHT.get(lower);
    letters.push(String.fromCharCode(weight ?? Math.min(Math.max(lower.charCodeAt(0), 2), LETTER_BASE - 1)));
    tones.push(String.fromCharCode(2 + tone));
    cases.push(composed === lower ? '\u0002' : '\u0003');
  }
  return letters.join('') + FIELD_SEPARATOR + tones.join('') + FIELD_SEPARATOR + cases.join('');
}

function normalizeSpaces(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** Sort key of a full name: compare two keys with `<`. Equal keys mean equal names for collation purposes. */
export function vietnameseNameKey(name: string): string {
  const full = normalizeSpaces(name);
  const given = full.slice(full.lastIndexOf(' ') + 1);
  return fieldKey(given) + PART_SEPARATOR + fieldKey(full);
}

/** Negative when `a` comes first in Vietnamese name order, positive when `b` does, 0 when identical. */
export function compareVietnameseNames(a: string, b: string): number {
  const ka = vietnameseNameKey(a);
  const kb = vietnameseNameKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
