// The tally of a phase (SPEC §3–§5): scores, ranks, awards, each with its reasons. Never throws on bad data.
import { allocateAwards, phaseRules } from './awards';
import type { AwardOptions } from './awards';
import { noteNormalised } from './fairness/reasons';
import type { Problem, SchoolData } from './model';
import { problem } from './messages';
import type { Scored } from './ranked';
import type { ParticipantResult, PhaseTally } from './result';
import { rankPhase } from './ranking';
import { sameCode } from './codes';
import { SHEET } from './sheet-names';

/**
 * `options.index`: the school's lookups, when several phases of the same data are tallied; `options.conditions`: the
 * condition registry (the built-in one by default).
 */
export function tallyPhase(data: SchoolData, phaseId: string, options: AwardOptions = {}): PhaseTally {
  const problems: Problem[] = [];
  const phase = data.phases.find((p) => sameCode(p.id, phaseId));
  if (phase === undefined) {
    problems.push({ severity: 'error', where: { sheet: SHEET.phases }, message: problem.unknownPhase(phaseId) });
    return { phase: phaseId, participants: [], awards: [], problems };
  }
  const ranked = rankPhase(data, phase.id, problems);
  const { awards, decisions } = allocateAwards(data, phase, ranked, problems, options);
  const noted = data.config.normaliseMarks ? noteNormalised(phaseRules(data, phase.id)) : null;
  const toResult = (s: Scored): ParticipantResult => {
    const d = decisions.get(s);
    return {
      kind: s.kind,
      id: s.id,
      name: s.name,
      unit: s.unitId,
      criteria: s.criteria,
      raw: s.raw,
      score: s.score,
      band: s.band,
      rank: s.rank,
      status: s.status,
      awards: d?.awards ?? [],
      pending: d?.pending ?? [],
      reasons: noted === null ? (d?.reasons ?? {}) : noted(d?.reasons ?? {}),
    };
  };
  return { phase: phase.id, participants: [...ranked.staff, ...ranked.units].map(toResult), awards, problems };
}
