// Ranking (SPEC §3.7, §8): rounded score, then tie-break criteria; competition ranks; Vietnamese name order in ties.
import { vietnameseNameKey } from './collate';
import type { Kind, Phase, Problem, SchoolData } from './model';
import { problem } from './messages';
import type { RankedPhase, Scored } from './ranked';
import { phaseCriteria, scoreKind, usesYearMean } from './scoring';
import { codeKey, sameCode } from './codes';
import { SHEET } from './sheet-names';

/** Descending comparison of ranking keys; 0 = tied on the whole key. */
export function compareTieKeys(a: readonly number[], b: readonly number[]): number {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a[i] ?? -Infinity;
    const y = b[i] ?? -Infinity;
    if (x !== y) return x > y ? -1 : 1;
  }
  return 0;
}

export function sameTieKey(a: readonly number[], b: readonly number[]): boolean {
  return compareTieKeys(a, b) === 0;
}

/** The ranking key: [score, tie-break aggregates…] (a missing aggregate ranks lowest); empty when missing. */
export function rankingKey(p: Pick<Scored, 'score' | 'criteria'>, tieBreaks: readonly string[]): number[] {
  if (p.score === null) return [];
  return [p.score, ...tieBreaks.map((id) => p.criteria[id] ?? -Infinity)];
}

/**
 * Which part of the ranking key ordered two participants: 0 = the score, i ≥ 1 = the i-th tie-break criterion
 * (`tieBreaks[i - 1]`), null = equal on the whole key (the same rank). Read-only: it explains the ranking, never
 * changes it.
 */
export function decidingKey(a: readonly number[], b: readonly number[]): number | null {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    if ((a[i] ?? -Infinity) !== (b[i] ?? -Infinity)) return i;
  }
  return null;
}

interface SortEntry {
  p: Scored;
  /** Vietnamese name key, computed on first use: only ties on the ranking key and the missing ones need it */
  nameKey: string | null;
}

function nameKeyOf(e: SortEntry): string {
  if (e.nameKey === null) e.nameKey = vietnameseNameKey(e.p.name);
  return e.nameKey;
}

function byName(a: SortEntry, b: SortEntry): number {
  const na = nameKeyOf(a);
  const nb = nameKeyOf(b);
  if (na !== nb) return na < nb ? -1 : 1;
  if (a.p.name !== b.p.name) return a.p.name < b.p.name ? -1 : 1;
  const ka = codeKey(a.p.id);
  const kb = codeKey(b.p.id);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function displayOrder(a: SortEntry, b: SortEntry): number {
  if (a.p.status !== b.p.status) return a.p.status === 'ok' ? -1 : 1;
  return compareTieKeys(a.p.tieKey, b.p.tieKey) || byName(a, b);
}

/**
 * Sorts a kind into display order and assigns competition ranks (1, 2, 2, 4). Ties and the missing ones are
 * ordered by Vietnamese name order, then by code, so the order never depends on input row order.
 */
export function rankKind(participants: Scored[], tieBreaks: readonly string[]): Scored[] {
  const entries = participants.map((p): SortEntry => {
    p.tieKey = rankingKey(p, tieBreaks);
    return { p, nameKey: null };
  });
  entries.sort(displayOrder);
  const sorted = entries.map((e) => e.p);
  sorted.forEach((p, i) => {
    p.order = i;
    if (p.status !== 'ok') {
      p.rank = null;
      return;
    }
    const previous = sorted[i - 1];
    p.rank = i > 0 && previous.status === 'ok' && sameTieKey(previous.tieKey, p.tieKey) ? previous.rank : i + 1;
  });
  return sorted;
}

/** Tie-break criteria of the phase, in `Ưu tiên khi bằng điểm` order (criteria not in the phase are skipped). */
function tieBreakCriteria(data: SchoolData, phaseId: string, kind: Kind): string[] {
  return phaseCriteria(data, phaseId, kind)
    .filter((c) => c.tieBreak !== null)
    .sort((a, b) => (a.tieBreak as number) - (b.tieBreak as number) || a.row - b.row)
    .map((c) => c.id);
}

/** The tie-break criteria the ranking of a kind uses in a phase: none for a year end scored as the phases' mean. */
export function rankingTieBreaks(data: SchoolData, phase: Phase, kind: Kind): string[] {
  return usesYearMean(data, phase, kind) ? [] : tieBreakCriteria(data, phase.id, kind);
}

/** Scores and ranks both kinds of a phase. Unknown phase: an error problem and empty lists. */
export function rankPhase(data: SchoolData, phaseId: string, problems: Problem[]): RankedPhase {
  const phase = data.phases.find((p) => sameCode(p.id, phaseId));
  if (phase === undefined) {
    problems.push({ severity: 'error', where: { sheet: SHEET.phases }, message: problem.unknownPhase(phaseId) });
    return { phaseId, staff: [], units: [], scored: { staff: false, unit: false } };
  }
  const rank = (kind: Kind): { list: Scored[]; scored: boolean } => {
    const scores = scoreKind(data, phase, kind, problems);
    const tieBreaks = rankingTieBreaks(data, phase, kind);
    return { list: rankKind(scores.participants, tieBreaks), scored: scores.scored };
  };
  const staff = rank('staff');
  const units = rank('unit');
  return { phaseId: phase.id, staff: staff.list, units: units.list, scored: { staff: staff.scored, unit: units.scored } };
}
