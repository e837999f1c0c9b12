import fc from 'fast-check';
import { apportion, exactQuotas } from '../../src/core/apportion';
import type { ApportionMethod } from '../../src/core/model';

const METHODS: ApportionMethod[] = ['hamilton', 'dhondt', 'sainte-lague'];
const DIVISOR_METHODS: ApportionMethod[] = ['dhondt', 'sainte-lague'];

/** School-sized inputs: up to 15 units of up to 60 staff, quotas up to 40. */
const headCounts = fc.array(fc.nat({ max: 60 }), { minLength: 1, maxLength: 15 });
const staffed = headCounts.filter((ws) => ws.some((w) => w > 0));
const seats = fc.nat({ max: 40 });
/** Census-sized inputs, where products of weight and seats exceed 2^53. */
const hugeCounts = fc.array(fc.integer({ min: 0, max: 2 ** 45 }), { minLength: 1, maxLength: 8 });

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** Sign of a/b − c/d for non-negative integers (b, d > 0), in BigInt: independent of the implementation's helpers. */
function compareFractions(a: number, b: number, c: number, d: number): number {
  const left = BigInt(a) * BigInt(d);
  const right = BigInt(c) * BigInt(b);
  return left > right ? 1 : left < right ? -1 : 0;
}

const divisorOf: Record<string, (s: number) => number> = {
  dhondt: (s) => s + 1,
  'sainte-lague': (s) => 2 * s + 1,
};

describe.each(METHODS)('%s', (method) => {
  it('gives exactly the quota when anyone is on staff', () => {
    fc.assert(fc.property(seats, staffed, (q, ws) => sum(apportion(method, q, ws)) === q));
    fc.assert(
      fc.property(fc.nat({ max: 2000 }), hugeCounts, (q, ws) => {
        fc.pre(ws.some((w) => w > 0));
        return sum(apportion(method, q, ws)) === q;
      }),
      { numRuns: 50 },
    );
  });

  it('gives nothing when nobody is on staff', () => {
    fc.assert(fc.property(seats, fc.nat({ max: 10 }), (q, n) => apportion(method, q, Array(n).fill(0)).every((s) => s === 0)));
  });

  it('never gives a seat to a unit of 0 staff', () => {
    fc.assert(fc.property(seats, headCounts, (q, ws) => apportion(method, q, ws).every((s, i) => ws[i] > 0 || s === 0)));
  });

  it('permuting units permutes the result (distinct head-counts, so no tie falls back on the unit order)', () => {
    const distinct = fc.uniqueArray(fc.nat({ max: 60 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(seats, distinct, fc.infiniteStream(fc.nat()), (q, ws, randoms) => {
        const order = ws.map((_, i) => i);
        for (let i = order.length - 1; i > 0; i--) {
          const j = randoms.next().value % (i + 1);
          [order[i], order[j]] = [order[j], order[i]];
        }
        const original = apportion(method, q, ws);
        const permuted = apportion(
          method,
          q,
          order.map((i) => ws[i]),
        );
        return order.every((from, to) => permuted[to] === original[from]);
      }),
    );
  });

  it('gives a unit at least as many seats as any smaller unit', () => {
    fc.assert(
      fc.property(seats, staffed, (q, ws) => {
        const result = apportion(method, q, ws);
        return ws.every((wi, i) => ws.every((wj, j) => !(wi > wj) || result[i] >= result[j]));
      }),
    );
  });
});

describe('hamilton', () => {
  it('gives each unit its exact quota rounded down or up', () => {
    fc.assert(
      fc.property(seats, staffed, (q, ws) => {
        const result = apportion('hamilton', q, ws);
        return exactQuotas(q, ws).every(({ num, den }, i) => {
          const floor = Math.floor(num / den);
          const ceil = num % den === 0 ? floor : floor + 1;
          return result[i] === floor || result[i] === ceil;
        });
      }),
    );
  });

  it('stays within quota on census-sized numbers (checked in BigInt)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2000 }), hugeCounts, (q, ws) => {
        fc.pre(ws.some((w) => w > 0));
        const total = ws.reduce((a, w) => a + BigInt(w), BigInt(0));
        const result = apportion('hamilton', q, ws);
        return ws.every((w, i) => {
          const num = BigInt(q) * BigInt(w);
          const floor = num / total;
          const ceil = num % total === BigInt(0) ? floor : floor + BigInt(1);
          return BigInt(result[i]) === floor || BigInt(result[i]) === ceil;
        });
      }),
      { numRuns: 50 },
    );
  });
});

describe.each(DIVISOR_METHODS)('%s', (method) => {
  const d = divisorOf[method];

  it('is house-monotone: one more seat never takes a seat from any unit', () => {
    fc.assert(
      fc.property(seats, staffed, (q, ws) => {
        const before = apportion(method, q, ws);
        const after = apportion(method, q + 1, ws);
        return after.every((s, i) => s >= before[i]);
      }),
    );
  });

  it('satisfies the divisor criterion: every seat given beats every seat withheld', () => {
    // max over units of hᵤ/d(sᵤ) (the next seat's average) ≤ min over units holding seats of hᵤ/d(sᵤ − 1).
    fc.assert(
      fc.property(seats, staffed, (q, ws) => {
        const result = apportion(method, q, ws);
        const positive = ws.map((_, i) => i).filter((i) => ws[i] > 0);
        return positive.every((i) =>
          positive.every((j) => result[j] === 0 || compareFractions(ws[i], d(result[i]), ws[j], d(result[j] - 1)) <= 0),
        );
      }),
    );
  });
});
