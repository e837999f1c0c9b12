// Shares against a percentage threshold, compared exactly as fractions (SPEC §8: rounding to `Số chữ số thập phân`
// is for display only; 79,5% fails an 80% rule). The threshold is a decimal as written (80, 66.67): it is turned
// into an exact fraction from its decimal text, so no binary noise decides a case at the boundary.
import { roundHalfAway } from '../numbers';

// BigInt(n), not `1n` literals: Apps Script's bundle targets es2019, where esbuild cannot emit a BigInt literal
const ONE = BigInt(1);
const TEN = BigInt(10);
const HUNDRED = BigInt(100);

/** Significant digits of a threshold, as in the display: 66.67000000000002 (a formatted cell × 100) is 66.67. */
const SIGNIFICANT = 15;

const fractions = new Map<number, readonly [bigint, bigint]>();

/** `percent` as numerator / denominator (66.67 → 6667 / 100); cached, thresholds are few. */
function fractionOf(percent: number): readonly [bigint, bigint] {
  let f = fractions.get(percent);
  if (f === undefined) {
    const text = String(Number(percent.toPrecision(SIGNIFICANT)));
    const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(text);
    if (match === null) throw new Error(`threshold ${text} is not a finite decimal`);
    const [, sign, whole, fraction = '', exponent = '0'] = match;
    const shift = fraction.length - Number(exponent);
    let numerator = BigInt(`${sign}${whole}${fraction}`);
    let denominator = ONE;
    if (shift >= 0) denominator = TEN ** BigInt(shift);
    else numerator *= TEN ** BigInt(-shift);
    f = [numerator, denominator] as const;
    if (fractions.size >= 10_000) fractions.clear();
    fractions.set(percent, f);
  }
  return f;
}

/** Whether `part / whole` is at least `percent`% exactly; a share of nothing (whole 0) is 0. Counts are integers. */
export function meetsShare(part: number, whole: number, percent: number): boolean {
  if (!Number.isFinite(percent)) return false;
  if (whole <= 0) return percent <= 0;
  if (!Number.isSafeInteger(part) || !Number.isSafeInteger(whole)) return 100 * part >= percent * whole;
  const [numerator, denominator] = fractionOf(percent);
  return BigInt(part) * HUNDRED * denominator >= numerator * BigInt(whole);
}

/** A share as shown in a reason: its value and the decimals to show it with. */
export interface ShownShare {
  value: number;
  decimals: number;
}

/**
 * The percentage shown for a share that does not meet `min`: rounded to `decimals`, with as many more decimals as it
 * takes not to show a failing share as reaching the threshold (79,5% with 0 decimals: `79,5%`, not `80%`).
 */
export function shownFailingShare(part: number, whole: number, min: number, decimals: number): ShownShare {
  const exact = whole > 0 ? (100 * part) / whole : 0;
  for (let places = decimals; places <= decimals + 6; places++) {
    const value = roundHalfAway(exact, places);
    if (value < min) return { value, decimals: places };
  }
  const places = decimals + 6;
  const scale = 10 ** places;
  return { value: Math.floor(exact * scale) / scale, decimals: places };
}
