// Kendall's W, its χ² p-value and the pairwise form, against published vectors and known values.
import fc from 'fast-check';
import vectors from '../vectors/agreement.json';
import { chiSquareSurvival, logGamma, upperGammaQ } from '../../src/core/fairness/gamma';
import { kendallW, pairwiseW } from '../../src/core/fairness/kendall';
import { averageRanks, spearman, tieSum } from '../../src/core/fairness/stats';

interface KendallCase {
  id: string;
  statistic: string;
  source: unknown;
  data: number[][];
  expected: Record<string, unknown> & { computed?: Record<string, number> };
}

const cases = (vectors as { cases: KendallCase[] }).cases;

describe('agreement vectors (test/vectors/agreement.json)', () => {
  const kendall = cases.filter((c) => c.statistic === 'kendall_w');

  it('holds the Kendall cases this module checks; ICC cases are another statistic and are not used', () => {
    expect(kendall.map((c) => c.id)).toEqual(['kendallW-anxiety', 'kendallW-siegel-castellan-1988']);
    expect(cases.filter((c) => c.statistic !== 'kendall_w').every((c) => c.statistic === 'icc')).toBe(true);
  });

  it.each(kendall.map((c) => [c.id, c] as const))('%s: W with the tie correction, χ², df and p as published', (_id, c) => {
    const result = kendallW(c.data);
    if (result === null) throw new Error('no W');
    const e = c.expected as Record<string, number>;
    const w = e.W_tie_corrected ?? e.W;
    const chi2 = e.chi2_tie_corrected ?? e.chi2;
    expect(result.w).toBeCloseTo(w, 7);
    expect(result.chi2).toBeCloseTo(chi2, 2);
    expect(result.df).toBe(e.df);
    expect(result.p).toBeCloseTo(e.p_value, 5);
    if (c.expected.computed?.p !== undefined) expect(result.p).toBeCloseTo(c.expected.computed.p, 9);
    if (c.expected.computed?.sum_T !== undefined) {
      const columns = c.data[0].map((_, j) => c.data.map((row) => row[j]));
      expect(columns.reduce((acc, col) => acc + tieSum(col), 0)).toBe(c.expected.computed.sum_T);
    }
  });

  it('anxiety without the tie correction gives the uncorrected W the vector lists', () => {
    const c = kendall[0];
    const n = c.data.length;
    const m = c.data[0].length;
    const sums = new Array<number>(n).fill(0);
    for (let j = 0; j < m; j++) averageRanks(c.data.map((r) => r[j])).forEach((r, i) => (sums[i] += r));
    const mean = sums.reduce((a, b) => a + b, 0) / n;
    const s = sums.reduce((a, r) => a + (r - mean) ** 2, 0);
    expect(s).toBeCloseTo(c.expected.computed?.S ?? NaN, 9);
    expect((12 * s) / (m * m * (n ** 3 - n))).toBeCloseTo(c.expected.computed?.W_uncorrected ?? NaN, 9);
  });
});

describe('chi-square survival (regularized upper incomplete gamma)', () => {
  it.each([
    // [x, df, P(X ≥ x)]: the 5% and 1% critical values of the χ² table, and closed forms
    [3.841458820694124, 1, 0.05],
    [6.634896601021214, 1, 0.01],
    [5.991464547107979, 2, 0.05],
    [18.307038053275146, 10, 0.05],
    [30.14352720564616, 19, 0.05],
    [124.34211340400407, 100, 0.05],
    [0.5, 4, Math.exp(-0.25) * (1 + 0.25)],
    [10, 2, Math.exp(-5)],
  ])('P(χ² ≥ %d | df %d) = %d', (x, df, p) => {
    expect(chiSquareSurvival(x, df)).toBeCloseTo(p, 10);
  });

  it('Q(1, x) = e^−x, Q(a, 0) = 1, and log Γ of integers is log of factorials', () => {
    for (const x of [0.1, 1, 2.5, 7, 30]) expect(upperGammaQ(1, x)).toBeCloseTo(Math.exp(-x), 12);
    expect(upperGammaQ(3, 0)).toBe(1);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
  });

  it('is a survival function: decreasing in x, within [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.double({ min: 0.01, max: 20, noNaN: true }),
        (df, x, dx) => {
          const a = chiSquareSurvival(x, df);
          const b = chiSquareSurvival(x + dx, df);
          expect(a).toBeGreaterThanOrEqual(0);
          expect(a).toBeLessThanOrEqual(1);
          expect(b).toBeLessThanOrEqual(a + 1e-12);
        },
      ),
    );
  });
});

describe('ranks and Spearman', () => {
  it('gives tied values the mean of their positions', () => {
    expect(averageRanks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
    expect(tieSum([1, 1, 2, 2, 2])).toBe(6 + 24);
  });

  it('ρ is 1 for the same order, −1 for the reverse, null for a constant side or fewer than 3 pairs', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 35, 90])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 12);
    expect(spearman([1, 2, 3], [5, 5, 5])).toBeNull();
    expect(spearman([1, 2], [1, 2])).toBeNull();
  });
});

describe("Kendall's W", () => {
  const matrix = fc
    .record({ n: fc.integer({ min: 3, max: 12 }), m: fc.integer({ min: 2, max: 8 }) })
    .chain(({ n, m }) =>
      fc.array(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: m, maxLength: m }), { minLength: n, maxLength: n }),
    );

  it('is 1 when every rater ranks alike (any monotone marks), complete and pairwise', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: 3, maxLength: 15 }),
        fc.integer({ min: 2, max: 9 }),
        (base, m) => {
          const rows = base.map((x) => Array.from({ length: m }, (_, j) => x * (j + 1) + j * 7));
          expect(kendallW(rows)?.w).toBeCloseTo(1, 12);
          expect(pairwiseW(rows)?.w).toBeCloseTo(1, 12);
        },
      ),
    );
  });

  // Independent raters: E[W] = 1/m (here 1/7 ≈ 0,14), far below the 0,5 of a "khá" reading.
  it('is near 0 on random marks of many participants', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 30 }), (seed) => {
        let state = seed;
        const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296;
        const rows = Array.from({ length: 200 }, () => Array.from({ length: 7 }, () => Math.floor(random() * 101)));
        const w = kendallW(rows)?.w ?? NaN;
        expect(w).toBeGreaterThanOrEqual(0);
        expect(w).toBeLessThan(0.25);
      }),
      { numRuns: 30 },
    );
  });

  it('stays within [0, 1]; the pairwise form matches the complete one on tables without ties', () => {
    fc.assert(
      fc.property(matrix, (rows) => {
        const result = kendallW(rows);
        if (result === null) return;
        expect(result.w).toBeGreaterThanOrEqual(-1e-12);
        expect(result.w).toBeLessThanOrEqual(1 + 1e-12);
        expect(result.chi2).toBeCloseTo(rows[0].length * (rows.length - 1) * result.w, 9);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 10 }), fc.integer({ min: 2, max: 6 }), fc.integer({ min: 1, max: 2 ** 30 }), (n, m, seed) => {
        // each rater a permutation: no ties, so W = ((m − 1) ρ̄ + 1) / m exactly
        let state = seed;
        const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296;
        const columns = Array.from({ length: m }, () => {
          const perm = Array.from({ length: n }, (_, i) => i);
          for (let i = n - 1; i > 0; i--) {
            const j = Math.floor(random() * (i + 1));
            [perm[i], perm[j]] = [perm[j], perm[i]];
          }
          return perm;
        });
        const rows = Array.from({ length: n }, (_, i) => columns.map((c) => c[i]));
        expect(pairwiseW(rows)?.w).toBeCloseTo(kendallW(rows)?.w ?? NaN, 9);
      }),
    );
  });
});
