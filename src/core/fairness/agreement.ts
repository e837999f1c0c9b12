// The council's agreement on a phase and kind (issue 15, SPEC §7 `agreement`): Kendall's W over the members'
// scores of the participants (each member's score of a participant as in member-marks.ts).
// "complete": over the participants every member scored, when there are at least 5 of them (self-marks leave holes);
// else "pairwise": mean Spearman ρ over the member pairs on their common participants, W = ((m − 1) ρ̄ + 1) / m,
// which has no χ² test (chi2, df and p are null).
import type { Kind } from '../model';
import { kendallW, pairwiseW } from './kendall';
import type { MemberMarks } from './member-marks';
import { memberScore } from './member-marks';

const COMPLETE_MIN_PARTICIPANTS = 5;

export type AgreementReading = 'high' | 'fair' | 'low';

export interface Agreement {
  kind: Kind;
  method: 'complete' | 'pairwise';
  w: number;
  chi2: number | null;
  df: number | null;
  p: number | null;
  /** members and participants the W was computed on */
  members: number;
  participants: number;
  reading: AgreementReading;
}

/** W ≥ 0,7 high ("thống nhất cao"), 0,5 ≤ W < 0,7 fair ("khá"), below low ("thấp"). */
function readingOf(w: number): AgreementReading {
  return w >= 0.7 ? 'high' : w >= 0.5 ? 'fair' : 'low';
}

/** Null when fewer than two members marked, or no pair of members has three participants in common. */
export function agreementOf(table: MemberMarks): Agreement | null {
  const m = table.members.length;
  if (m < 2) return null;
  const scores = table.participants.map((_, p) => table.members.map((_m, j) => memberScore(table, j, p)));
  const complete = scores.filter((row) => row.every((x) => Number.isFinite(x)));
  if (complete.length >= COMPLETE_MIN_PARTICIPANTS) {
    const result = kendallW(complete);
    if (result !== null) {
      return { kind: table.kind, method: 'complete', ...result, members: m, participants: complete.length, reading: readingOf(result.w) };
    }
  }
  const rated = scores.filter((row) => row.filter((x) => Number.isFinite(x)).length >= 2);
  const pairwise = pairwiseW(rated);
  if (pairwise === null) return null;
  return {
    kind: table.kind,
    method: 'pairwise',
    w: pairwise.w,
    chi2: null,
    df: null,
    p: null,
    members: m,
    participants: rated.length,
    reading: readingOf(pairwise.w),
  };
}
