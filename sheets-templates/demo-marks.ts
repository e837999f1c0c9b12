// Deterministic marks and votes for the demo school: each participant has a "true level" (percent of the maximum)
// per phase, and each council member adds a small seeded noise. Same source → same workbook, byte for byte.

/** FNV-1a 32-bit hash of a string: the seed of every random draw. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A number in [0, 1) drawn from the seed (one step of mulberry32). */
export function draw(seed: string): number {
  let t = (hash(seed) + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

export function roundToHalf(x: number): number {
  return Math.round(x * 2) / 2;
}

export function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}

export interface MarkInput {
  /** whose marks these are: participants sharing a profile get identical marks from every member */
  profile: string;
  /** the participant's true level in this phase, percent of the maximum */
  level: number;
  phaseId: string;
  memberId: string;
  criterionId: string;
  min: number;
  max: number;
}

/** Noise span as a share of the criterion's maximum: a member may be up to ±8% off the true level. */
const NOISE_SHARE = 0.08;

/** A member's mark: max × level ± noise, rounded to 0.5 and kept within [min, max]. */
export function mark(input: MarkInput): number {
  const { profile, level, phaseId, memberId, criterionId, min, max } = input;
  const noise = (draw(`${profile}|${phaseId}|${memberId}|${criterionId}`) * 2 - 1) * NOISE_SHARE * max;
  return clamp(roundToHalf((max * level) / 100 + noise), min, max);
}

/** A phase's drift of a participant's level around its base: −2 … +2 points. */
export function phaseDrift(profile: string, phaseId: string): number {
  return Math.round((draw(`${profile}|${phaseId}|drift`) * 4 - 2) * 2) / 2;
}

/**
 * Ballot cells for `agree` votes out of the members present: `Đ` for `agree` present members in a seeded order, `K`
 * for the other present ones, blank for the absent (a secret ballot is cast at the meeting). The same candidate,
 * award and phase always get the same cells; an absent member leaves the others' cells as they were.
 */
export function ballot(
  memberIds: readonly string[],
  agree: number,
  seed: string,
  absent: ReadonlySet<string> = new Set(),
): (string | null)[] {
  const present = memberIds.filter((id) => !absent.has(id));
  if (agree > present.length) throw new Error(`${seed}: ${agree} votes from ${present.length} members present`);
  const order = memberIds
    .map((id) => ({ id, r: draw(`${seed}|${id}`) }))
    .sort((a, b) => a.r - b.r)
    .map((x) => x.id)
    .filter((id) => !absent.has(id));
  const yes = new Set(order.slice(0, agree));
  return memberIds.map((id) => (absent.has(id) ? null : yes.has(id) ? 'Đ' : 'K'));
}
