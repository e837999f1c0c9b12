// Kendall's coefficient of concordance W, with the tie correction, and its pairwise form for incomplete tables.
import { chiSquareSurvival } from './gamma';
import { averageRanks, mean, spearman, tieSum } from './stats';

export interface KendallW {
  w: number;
  chi2: number;
  df: number;
  p: number;
}

/**
 * W of a complete table: `rows[i][j]` is rater j's value for subject i (higher = better or worse, as long as every
 * rater uses the same direction). Each rater's values are ranked (ties get average ranks); Rᵢ = Σⱼ rankᵢⱼ;
 * S = Σ (Rᵢ − R̄)²; W = 12 S / (m²(n³ − n) − m Σⱼ Tⱼ), Tⱼ = Σ (t³ − t) over rater j's tie groups; χ² = m (n − 1) W,
 * df = n − 1. Needs n ≥ 2 subjects and m ≥ 2 raters; W is null when every rater ties everything (0/0).
 */
export function kendallW(rows: readonly (readonly number[])[]): KendallW | null {
  const n = rows.length;
  const m = n > 0 ? rows[0].length : 0;
  if (n < 2 || m < 2) return null;
  const rankSums = new Array<number>(n).fill(0);
  let ties = 0;
  for (let j = 0; j < m; j++) {
    const column = rows.map((row) => row[j]);
    averageRanks(column).forEach((r, i) => (rankSums[i] += r));
    ties += tieSum(column);
  }
  const meanSum = mean(rankSums);
  const s = rankSums.reduce((acc, r) => acc + (r - meanSum) * (r - meanSum), 0);
  const denominator = m * m * (n * n * n - n) - m * ties;
  if (!(denominator > 0)) return null;
  const w = (12 * s) / denominator;
  const df = n - 1;
  const chi2 = m * df * w;
  return { w, chi2, df, p: chiSquareSurvival(chi2, df) };
}

/**
 * The pairwise form for a table with holes: ρ̄ = the mean Spearman ρ over the pairs of raters, each pair on the
 * subjects both rated (pairs with fewer than 3 common subjects, or a constant side, are left out); W = ((m − 1) ρ̄ + 1) / m
 * (the identity between W and the mean ρ of a complete table without ties). `rows[i][j]` NaN = not rated.
 * Null when no pair can be compared.
 */
export function pairwiseW(rows: readonly (readonly number[])[]): { w: number; meanRho: number; pairs: number } | null {
  const m = rows.length > 0 ? rows[0].length : 0;
  const rhos: number[] = [];
  for (let a = 0; a < m; a++) {
    for (let b = a + 1; b < m; b++) {
      const x: number[] = [];
      const y: number[] = [];
      for (const row of rows) {
        if (row[a] === row[a] && row[b] === row[b]) {
          x.push(row[a]);
          y.push(row[b]);
        }
      }
      const rho = spearman(x, y);
      if (rho !== null) rhos.push(rho);
    }
  }
  if (rhos.length === 0) return null;
  const meanRho = mean(rhos);
  return { w: ((m - 1) * meanRho + 1) / m, meanRho, pairs: rhos.length };
}
