// Rounding and number display as the user sees them (SPEC §3.4: half away from zero; decimal comma).

/** Significant digits kept before rounding: enough for any mark, few enough to absorb binary noise (78.12499999 → 78.125). */
const SIGNIFICANT = 15;

/** n × 10^k computed on the decimal text, so that 1.005 × 100 is exactly 100.5. */
function shiftDecimal(n: number, k: number): number {
  const [mantissa, exponent] = String(n).split('e');
  return Number(`${mantissa}e${Number(exponent ?? 0) + k}`);
}

const POWERS_OF_TEN = Array.from({ length: 16 }, (_, i) => Number(`1e${i}`));

function clampDecimals(decimals: number): number {
  return Number.isFinite(decimals) ? Math.min(15, Math.max(0, Math.trunc(decimals))) : 0;
}

/**
 * Rounds half away from zero to `decimals` places, on the decimal value the number displays:
 * 78.125 → 78.13, 1.005 → 1.01, −2.5 → −3 (0 places). Non-finite values are returned unchanged.
 */
export function roundHalfAway(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  const places = clampDecimals(decimals);
  const scaled = Math.abs(x) * POWERS_OF_TEN[places];
  const floor = Math.floor(scaled);
  const fraction = scaled - floor;
  if (scaled < 1e9 && Math.abs(fraction - 0.5) > 1e-6) {
    // Far from a half: the binary noise cannot change the result; k / 10^places is the double nearest the decimal.
    const rounded = (fraction > 0.5 ? floor + 1 : floor) / POWERS_OF_TEN[places];
    return x < 0 && rounded !== 0 ? -rounded : rounded;
  }
  const magnitude = Number(Math.abs(x).toPrecision(SIGNIFICANT));
  const rounded = shiftDecimal(Math.round(shiftDecimal(magnitude, places)), -places);
  return x < 0 && rounded !== 0 ? -rounded : rounded;
}

/**
 * Vietnamese display: decimal comma. With `decimals`, rounded and padded (78.5, 2 → '78,50');
 * without, the shortest form of the value (80 → '80', 12.5 → '12,5').
 */
export function formatNumberVi(x: number, decimals?: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (decimals === undefined) {
    const shortest = Number(x.toPrecision(SIGNIFICANT));
    return (Object.is(shortest, -0) ? '0' : String(shortest)).replace('.', ',');
  }
  const places = clampDecimals(decimals);
  const rounded = roundHalfAway(x, places);
  return (rounded === 0 ? 0 : rounded).toFixed(places).replace('.', ',');
}
