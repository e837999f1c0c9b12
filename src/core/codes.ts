// Codes, headers and sheet names are compared case-insensitively (SPEC §2, §8): the comparison key, a memoized key
// for the engine's hot loops, an index by code, and the one separator of composite keys.

/** Case-insensitive comparison key for codes, headers and sheet names (SPEC §2, §8). */
export function key(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

const keyCache = new Map<string, string>();

/** `key()` memoized: the same codes come back on every card, vote and award check. */
export function codeKey(text: string): string {
  let k = keyCache.get(text);
  if (k === undefined) {
    if (keyCache.size >= 100_000) keyCache.clear();
    k = key(text);
    keyCache.set(text, k);
  }
  return k;
}

export function sameCode(a: string, b: string): boolean {
  return a === b || codeKey(a) === codeKey(b);
}

/**
 * Joins the parts of a composite key (`kind` + code, phase + award, …). NUL cannot be typed in a cell, so two
 * different tuples never give the same key.
 */
export const KEY_SEPARATOR = '\u0000';

/** The composite key of already-keyed parts. */
export function joinKey(...parts: string[]): string {
  return parts.join(KEY_SEPARATOR);
}

/** How the engine, the exports and the service name one participant: its kind and the key of its code. */
export function participantKey(kind: string, id: string): string {
  return joinKey(kind, codeKey(id));
}

/** Index by code: the exact text first (cheap), then the case-insensitive key. */
export class CodeIndex {
  private readonly exact = new Map<string, number>();
  /** built on the first miss of an exact lookup: codes usually come back exactly as written */
  private byKey: Map<string, number> | null = null;

  constructor(private readonly codes: readonly string[]) {
    codes.forEach((code, i) => {
      if (!this.exact.has(code)) this.exact.set(code, i);
    });
  }

  get(code: string): number {
    return this.exact.get(code) ?? this.keyed().get(codeKey(code)) ?? -1;
  }

  private keyed(): Map<string, number> {
    if (this.byKey === null) {
      const byKey = new Map<string, number>();
      this.codes.forEach((code, i) => {
        const k = codeKey(code);
        if (!byKey.has(k)) byKey.set(k, i);
      });
      this.byKey = byKey;
    }
    return this.byKey;
  }
}
