// How each council member marked, against the rest of the council (issue 15, SPEC §7 `members`).
//
// For member m and a participant p that m marked (self-marks are not marks):
// - m's score of p: the 100-point formula over K, the criteria m marked for p that at least one other member also
//   marked: 100 × Σₖ wₖ·xₖ / Σₖ wₖ·maxₖ;
// - the rest's score of p: the same formula over the same K, with xₖ replaced by the mean of the other members'
//   marks of p on k ("the rest" = every other member who marked p on k; a plain mean whatever `Cách tổng hợp điểm`
//   says, so that one member's effect is not hidden by trimming or a median).
// deviation = mean over the compared participants of (m's score − the rest's score), in points of the 100-point
// score; deviationSd = deviation ÷ the sample SD of the phase's official scores of that kind; rho = Spearman's ρ
// between m's scores and the rest's scores on the compared participants (the rest's ranking is the ranking of their
// mean marks). Flags, on the exact values: `khác biệt` when ρ < the threshold (0,3), else `dễ` when
// deviationSd ≥ +1,5, else `khắt khe` when deviationSd ≤ −1,5, else null (thresholds in `Cấu hình`).
import type { Config, Kind } from '../model';
import type { MemberMarks } from './member-marks';
import { memberScore } from './member-marks';
import { mean, spearman } from './stats';

export type MemberFlag = 'khác biệt' | 'dễ' | 'khắt khe';

export interface MemberStat {
  /** `Mã thành viên` */
  id: string;
  name: string;
  kind: Kind;
  /** participants the member marked (at least one mark; self-marks excluded) */
  marked: number;
  /** of those, the ones some other member marked too (the base of deviation and rho) */
  compared: number;
  /** points of the 100-point score, exact; null when nothing was compared */
  deviation: number | null;
  /** deviation in SDs of the phase's scores; null when the SD is 0 or undefined */
  deviationSd: number | null;
  /** null with fewer than 3 compared participants or a constant side */
  rho: number | null;
  flag: MemberFlag | null;
}

function flagOf(deviationSd: number | null, rho: number | null, config: Config): MemberFlag | null {
  if (rho !== null && rho < config.divergentRho) return 'khác biệt';
  if (deviationSd !== null && deviationSd >= config.lenientSd) return 'dễ';
  if (deviationSd !== null && deviationSd <= -config.strictSd) return 'khắt khe';
  return null;
}

/** `phaseSd`: the sample SD of the phase's official scores of this kind (NaN when fewer than two). */
export function memberStats(table: MemberMarks, phaseSd: number, config: Config): MemberStat[] {
  const P = table.participants.length;
  const C = table.criteria.length;
  const count = new Float64Array(P * C);
  const sum = new Float64Array(P * C);
  for (const marks of table.marks) {
    for (let i = 0; i < marks.length; i++) {
      if (marks[i] === marks[i]) {
        count[i] += 1;
        sum[i] += marks[i];
      }
    }
  }
  return table.members.map((member, m): MemberStat => {
    const marks = table.marks[m];
    const own: number[] = [];
    const rest: number[] = [];
    let marked = 0;
    for (let p = 0; p < P; p++) {
      if (Number.isFinite(memberScore(table, m, p))) marked++;
      let num = 0;
      let restNum = 0;
      let den = 0;
      for (let c = 0; c < C; c++) {
        const i = p * C + c;
        const v = marks[i];
        if (v !== v || count[i] < 2) continue;
        const { weight, max } = table.criteria[c];
        num += weight * v;
        restNum += (weight * (sum[i] - v)) / (count[i] - 1);
        den += weight * max;
      }
      if (den > 0) {
        own.push((100 * num) / den);
        rest.push((100 * restNum) / den);
      }
    }
    const deviation = own.length > 0 ? mean(own.map((x, i) => x - rest[i])) : null;
    const deviationSd = deviation !== null && phaseSd > 0 ? deviation / phaseSd : null;
    const rho = spearman(own, rest);
    return {
      id: member.id,
      name: member.name,
      kind: table.kind,
      marked,
      compared: own.length,
      deviation,
      deviationSd,
      rho,
      flag: flagOf(deviationSd, rho, config),
    };
  });
}
