// Splitting a quota of seats among units by head-count (SPEC §5).
// Exact integer arithmetic throughout: Hamilton's quotients and remainders in BigInt; the highest-averages
// comparisons by cross-multiplication, in plain numbers while the products stay below 2^53 and in BigInt beyond.
// So census-sized inputs (the published vectors) are as exact as school-sized ones.

import type { ApportionMethod } from './model';

export interface Fraction {
  num: number;
  den: number;
}

/**
 * Seats per unit, aligned with `weights` (head-counts).
 * - `hamilton`: ⌊Q·hᵤ/H⌋ each, then the remaining seats to the largest remainders (Hare quota).
 * - `dhondt`: highest averages hᵤ/(s+1); `sainte-lague`: hᵤ/(2s+1).
 * Ties go to the larger head-count, then to the lower index (the unit's row order).
 * H = 0 or no seats → every unit 0; a unit with weight 0 never gets a seat.
 * Throws RangeError when `seats` or a weight is not a non-negative safe integer: that is a caller bug, not bad data.
 */
export function apportion(method: ApportionMethod, seats: number, weights: readonly number[]): number[] {
  checkCount('seats', seats);
  weights.forEach((w, i) => checkCount(`weights[${i}]`, w));
  const total = sumExact(weights);
  if (seats === 0 || total === BigInt(0)) return weights.map(() => 0);
  switch (method) {
    case 'hamilton':
      return largestRemainder(seats, weights, total);
    case 'dhondt':
      return highestAverages(seats, weights, (s) => s + 1);
    case 'sainte-lague':
      return highestAverages(seats, weights, (s) => 2 * s + 1);
  }
}

/**
 * Each unit's exact (Hare) quota Q·hᵤ/H in lowest terms; all 0/1 when H = 0. For explanations.
 * Exact while the reduced numerator and denominator are below 2^53 (always, for a school).
 */
export function exactQuotas(seats: number, weights: readonly number[]): Fraction[] {
  checkCount('seats', seats);
  weights.forEach((w, i) => checkCount(`weights[${i}]`, w));
  const total = sumExact(weights);
  if (total === BigInt(0)) return weights.map(() => ({ num: 0, den: 1 }));
  return weights.map((w) => {
    const num = BigInt(seats) * BigInt(w);
    const g = gcd(num, total);
    return { num: Number(num / g), den: Number(total / g) };
  });
}

function largestRemainder(seats: number, weights: readonly number[], total: bigint): number[] {
  const parts = weights.map((w) => divMod(seats, w, total));
  const result = parts.map((p) => p.quotient);
  const given = result.reduce((a, b) => a + b, 0);
  // All remainders share the denominator H, so they compare directly.
  const order = weights
    .map((_, i) => i)
    .filter((i) => weights[i] > 0)
    .sort((a, b) => compareBig(parts[b].remainder, parts[a].remainder) || weights[b] - weights[a] || a - b);
  for (let k = 0; k < seats - given; k++) result[order[k]] += 1;
  return result;
}

function highestAverages(seats: number, weights: readonly number[], divisor: (held: number) => number): number[] {
  const result = weights.map(() => 0);
  for (let k = 0; k < seats; k++) {
    let best = -1;
    for (let i = 0; i < weights.length; i++) {
      if (weights[i] === 0) continue;
      if (best < 0) {
        best = i;
        continue;
      }
      // weights[i]/d(i) > weights[best]/d(best) ⇔ weights[i]·d(best) > weights[best]·d(i); ties: larger weight,
      // then lower index (i > best, so an equal weight keeps `best`).
      const cmp = compareProducts(weights[i], divisor(result[best]), weights[best], divisor(result[i]));
      if (cmp > 0 || (cmp === 0 && weights[i] > weights[best])) best = i;
    }
    result[best] += 1;
  }
  return result;
}

/** Sign of a·b − c·d for non-negative integers, exact. */
function compareProducts(a: number, b: number, c: number, d: number): number {
  const left = a * b;
  const right = c * d;
  // A product above 2^53 rounds to a float that is still above MAX_SAFE_INTEGER, so this test is exact.
  if (left <= Number.MAX_SAFE_INTEGER && right <= Number.MAX_SAFE_INTEGER) return Math.sign(left - right);
  return compareBig(BigInt(a) * BigInt(b), BigInt(c) * BigInt(d));
}

/** ⌊a·b/d⌋ and a·b mod d, exact. The quotient is at most `seats`, so it fits a number. */
function divMod(a: number, b: number, d: bigint): { quotient: number; remainder: bigint } {
  const product = BigInt(a) * BigInt(b);
  return { quotient: Number(product / d), remainder: product % d };
}

function compareBig(a: bigint, b: bigint): number {
  return a > b ? 1 : a < b ? -1 : 0;
}

function sumExact(values: readonly number[]): bigint {
  return values.reduce((sum, v) => sum + BigInt(v), BigInt(0));
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== BigInt(0)) [a, b] = [b, a % b];
  return a;
}

function checkCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`apportion: ${name} must be a non-negative integer, got ${value}`);
  }
}
