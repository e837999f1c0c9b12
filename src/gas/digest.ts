// A pure 64-bit FNV-1a hash (two 32-bit lanes), to log which inputs a tally read without any service call.

export class InputDigest {
  private lo = 0x84222325;
  private hi = 0xcbf29ce4;

  add(text: string): this {
    let lo = this.lo;
    let hi = this.hi;
    for (let i = 0; i < text.length; i++) {
      lo = (lo ^ text.charCodeAt(i)) >>> 0;
      // multiply the 64-bit state by the FNV prime 2^40 + 0x1b3, in 32-bit halves
      const loTimes = lo * 0x1b3;
      const carry = Math.floor(loTimes / 0x100000000);
      hi = (Math.imul(hi, 0x1b3) + Math.imul(lo, 0x100) + carry) >>> 0;
      lo = loTimes >>> 0;
    }
    this.lo = lo;
    this.hi = hi;
    return this;
  }

  hex(): string {
    return this.hi.toString(16).padStart(8, '0') + this.lo.toString(16).padStart(8, '0');
  }
}

/** JSON of cell values with dates as ISO text, for hashing. */
export function valuesText(name: string, values: unknown[][]): string {
  return `${name}\n${JSON.stringify(values, (_k, v: unknown) => (v instanceof Date ? v.toISOString() : v))}`;
}
