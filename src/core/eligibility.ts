// Whether a participant may receive an award, before any quota (SPEC §4, §8 Awards): the first unmet condition.
// The conditions and their order come from the registry (src/core/conditions/registry.ts).
import { codeKey } from './codes';
import type { Ledger, VoteIndex } from './awards-ledger';
import type { ConditionRegistry } from './conditions/registry';
import type { AwardRule, SchoolData, Staff } from './model';
import { reason } from './messages';
import type { Scored } from './ranked';
import type { SchoolIndex } from './school-index';

export interface EligibilityContext {
  data: SchoolData;
  ledger: Ledger;
  votes: VoteIndex;
  index: SchoolIndex;
  conditions: ConditionRegistry;
}

/** What the checks need about one participant, looked up once per phase instead of once per award. */
export interface Candidate {
  p: Scored;
  /** code key of the id: how the ledger and the votes name the participant */
  key: string;
  /** the staff record (staff only) */
  staff: Staff | undefined;
  /** the active staff of the unit (units only) */
  members: readonly Staff[];
}

export function candidateOf(p: Scored, index: SchoolIndex): Candidate {
  return {
    p,
    key: codeKey(p.id),
    staff: p.kind === 'staff' ? index.staff(p.id) : undefined,
    members: p.kind === 'unit' ? index.activeStaff(p.id) : [],
  };
}

/** An award uses scores when it is `Chỉ tiêu`, has `Điểm sàn`, a cap or a count (SPEC §8). */
export function usesScores(rule: AwardRule): boolean {
  return rule.method === 'quota' || rule.minScore !== null || rule.capPercent !== null || rule.count !== null;
}

/**
 * The first reason `p` cannot receive `rule`, or null when eligible: a missing score, then each condition of the
 * registry in its check order (score, staff conditions, prerequisite awards, votes, unit conditions), then the
 * exclusion group.
 */
export function firstFailure(rule: AwardRule, c: Candidate, ctx: EligibilityContext): string | null {
  const { p } = c;
  if (usesScores(rule) && p.score === null) return reason.missingScore();
  for (const condition of ctx.conditions.forKind(p.kind)) {
    const failure = condition.check(rule, c, ctx);
    if (failure !== null) return failure;
  }
  if (rule.exclusionGroup !== null && rule.exclusionGroup.trim() !== '') {
    const holder = ctx.ledger.groupHolder(p.kind, c.key, rule.exclusionGroup);
    if (holder !== null) return reason.sameGroup(holder, rule.exclusionGroup);
  }
  return null;
}

/** Women priority (NĐ 152/2025 Điều 4): `Nữ` for staff; at least 70% women among active staff for a unit. */
export function isWomanPriority(p: Scored, index: SchoolIndex): boolean {
  const woman = (s: Staff): boolean => codeKey(s.gender) === 'nữ';
  if (p.kind === 'staff') {
    const staff = index.staff(p.id);
    return staff !== undefined && woman(staff);
  }
  const members = index.activeStaff(p.id);
  return members.length > 0 && members.filter(woman).length * 10 >= members.length * 7;
}
