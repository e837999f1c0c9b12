// `Chuẩn hóa điểm theo thành viên` (optional, default Không): before aggregating, each member's marks of a criterion
// become z-scores over the participants that member marked, rescaled to the council's mean and standard deviation
// for that criterion (every member's marks pooled): x′ = μ + σ · (x − μₘ) / σₘ. A member who marks everyone 2 points
// higher, or on a wider spread, then weighs exactly like the others. Population SDs (÷ n) throughout. A member whose
// marks of a criterion do not vary (or who marked it once) says nothing about the order: their marks become μ.
// The council's scale is computed from every member's marks, so it moves a little with any one member's habit: the
// order of the normalised aggregates does not (z-scores are unchanged by k·x + s, k > 0), but two scores that round
// to the same value on one scale may not on another. So "removes their effect exactly" holds for the ranking, and for
// the decisions whenever no two scores fall within a rounding step of each other.
// Only the marks the tally uses are transformed (in range, not self-marks, a known participant and criterion); the
// others are left as they are, so the range check still sees the value the member typed.

/** A card as the tally has read it: participant index per row (-1 = skip), criterion index per column (-1 = not of the phase). */
export interface PreparedCard {
  values: Float64Array;
  rows: Int32Array;
  columns: Int32Array;
  /** participant index the member must not mark (-1 = none) */
  self: number;
  /** the member's index in `Hội đồng` (cards of one member share it) */
  member: number;
}

interface Moments {
  count: Float64Array;
  sum: Float64Array;
  squares: Float64Array;
}

function moments(size: number): Moments {
  return { count: new Float64Array(size), sum: new Float64Array(size), squares: new Float64Array(size) };
}

/** Calls `visit(cardIndex, valueIndex, criterion)` for every mark the tally uses. */
function forEachUsed(
  cards: readonly PreparedCard[],
  mins: Float64Array,
  maxs: Float64Array,
  visit: (card: PreparedCard, i: number, c: number) => void,
): void {
  for (const card of cards) {
    const width = card.columns.length;
    for (let r = 0; r < card.rows.length; r++) {
      const p = card.rows[r];
      if (p < 0 || p === card.self) continue;
      for (let j = 0; j < width; j++) {
        const c = card.columns[j];
        const i = r * width + j;
        const v = card.values[i];
        if (c < 0 || v !== v || v < mins[c] || v > maxs[c]) continue;
        visit(card, i, c);
      }
    }
  }
}

/** The normalised values of each card, aligned with `card.values`. `mins`/`maxs` per criterion index. */
export function normaliseCards(cards: readonly PreparedCard[], mins: Float64Array, maxs: Float64Array, members: number): Float64Array[] {
  const C = mins.length;
  const own = moments(members * C);
  const council = moments(C);
  forEachUsed(cards, mins, maxs, (card, i, c) => {
    const v = card.values[i];
    own.count[card.member * C + c] += 1;
    own.sum[card.member * C + c] += v;
    council.count[c] += 1;
    council.sum[c] += v;
  });
  const ownMean = (card: PreparedCard, c: number) => own.sum[card.member * C + c] / own.count[card.member * C + c];
  const councilMean = (c: number) => council.sum[c] / council.count[c];
  // second pass: squared deviations from the means (more exact than Σx² − n·μ²)
  forEachUsed(cards, mins, maxs, (card, i, c) => {
    const v = card.values[i];
    own.squares[card.member * C + c] += (v - ownMean(card, c)) ** 2;
    council.squares[c] += (v - councilMean(c)) ** 2;
  });
  const out = cards.map((card) => Float64Array.from(card.values));
  cards.forEach((card, k) => {
    const values = out[k];
    forEachUsed([card], mins, maxs, (_, i, c) => {
      const cell = card.member * C + c;
      const sdOwn = Math.sqrt(own.squares[cell] / own.count[cell]);
      const sdCouncil = Math.sqrt(council.squares[c] / council.count[c]);
      values[i] = sdOwn > 0 ? councilMean(c) + (sdCouncil * (card.values[i] - ownMean(card, c))) / sdOwn : councilMean(c);
    });
  });
  return out;
}
