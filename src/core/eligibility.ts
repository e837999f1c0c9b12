// Whether a participant may receive an award, before any quota (SPEC §4, §8 Awards): the first unmet condition.
import { codeKey } from './codes';
import type { Ledger, VoteIndex } from './awards-ledger';
import type { AwardRule, SchoolData, Staff } from './model';
import { disciplineName, reason } from './messages';
import { roundHalfAway } from './numbers';
import type { Scored } from './ranked';

export interface EligibilityContext {
  data: SchoolData;
  ledger: Ledger;
  votes: VoteIndex;
  /** staff code key → staff record (every staff row) */
  staffById: Map<string, Staff>;
  /** unit code key → its active staff */
  activeStaffByUnit: Map<string, Staff[]>;
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

export function candidateOf(p: Scored, ctx: EligibilityContext): Candidate {
  const key = codeKey(p.id);
  return {
    p, key,
    staff: p.kind === 'staff' ? ctx.staffById.get(key) : undefined,
    members: p.kind === 'unit' ? ctx.activeStaffByUnit.get(key) ?? [] : [],
  };
}

/** An award uses scores when it is `Chỉ tiêu`, has `Điểm sàn`, a cap or a count (SPEC §8). */
export function usesScores(rule: AwardRule): boolean {
  return rule.method === 'quota' || rule.minScore !== null || rule.capPercent !== null || rule.count !== null;
}

/** Rounded percentage as the user sees it; `at least min` is then compared on it (SPEC §8: ≥ on rounded values). */
function percent(part: number, whole: number, decimals: number): number {
  return whole > 0 ? roundHalfAway((100 * part) / whole, decimals) : 0;
}

function staffFailure(rule: AwardRule, staff: Staff | undefined): string | null {
  if (staff === undefined) return null;
  if (rule.minMonths !== null && staff.monthsWorked < rule.minMonths) return reason.tooFewMonths(staff.monthsWorked, rule.minMonths);
  if (rule.noDiscipline && staff.discipline > 0) return reason.disciplined(disciplineName(staff.discipline, staff.disciplineText));
  if (rule.minRating !== null) {
    if (staff.rating === null) return reason.noRating(rule.minRating);
    if (staff.rating < rule.minRating) return reason.ratingBelow(staff.rating, rule.minRating);
  }
  if (rule.needInitiative && !staff.initiative) return reason.noInitiative();
  if (rule.needExcellentOrInitiative && staff.rating !== 4 && !staff.initiative) return reason.notExcellentNorInitiative();
  return null;
}

function unitFailure(rule: AwardRule, members: readonly Staff[], ctx: EligibilityContext): string | null {
  const decimals = ctx.data.config.decimals;
  if (rule.memberAwards.length > 0 && rule.memberSharePercent !== null) {
    if (members.length === 0) return reason.noActiveMembers();
    const holders = members.filter((s) => rule.memberAwards.some((code) => ctx.ledger.holds('staff', codeKey(s.id), code))).length;
    const share = percent(holders, members.length, decimals);
    if (share < rule.memberSharePercent) {
      return reason.memberShare(rule.memberAwards, holders, members.length, share, rule.memberSharePercent, decimals);
    }
  }
  for (const code of rule.memberHasAwards) {
    if (!members.some((s) => ctx.ledger.holds('staff', codeKey(s.id), code))) return reason.noMemberHolds(code);
  }
  if (rule.minMemberRating !== null) {
    const min = rule.minMemberRating;
    const below = members.find((s) => s.rating === null || s.rating < min);
    if (below !== undefined) {
      return below.rating === null ? reason.memberNoRating(below.name, min) : reason.memberRatingBelow(below.name, below.rating, min);
    }
  }
  if (rule.maxMemberDiscipline !== null) {
    const max = rule.maxMemberDiscipline;
    const above = members.find((s) => s.discipline > max);
    if (above !== undefined) return reason.memberDisciplined(above.name, disciplineName(above.discipline, above.disciplineText), max);
  }
  return null;
}

/**
 * The first reason `p` cannot receive `rule`, or null when eligible. Checked in the order of the `Khen thưởng`
 * columns: score, staff conditions, prerequisite awards, votes, unit conditions, exclusion group.
 */
export function firstFailure(rule: AwardRule, c: Candidate, ctx: EligibilityContext): string | null {
  const { p } = c;
  const decimals = ctx.data.config.decimals;
  if (usesScores(rule) && p.score === null) return reason.missingScore();
  if (rule.minScore !== null && p.score !== null && p.score < rule.minScore) return reason.belowFloor(p.score, rule.minScore, decimals);
  if (p.kind === 'staff') {
    const failure = staffFailure(rule, c.staff);
    if (failure !== null) return failure;
  }
  const missing = rule.requiredAwards.find((code) => !ctx.ledger.holds(p.kind, c.key, code));
  if (missing !== undefined) return reason.missingAward(missing);
  if (rule.minVotePercent !== null) {
    const agree = ctx.votes.of(c.key, rule.code);
    const members = ctx.data.members.length;
    const share = percent(agree, members, decimals);
    if (share < rule.minVotePercent) return reason.fewVotes(agree, members, share, rule.minVotePercent, decimals);
  }
  if (p.kind === 'unit') {
    const failure = unitFailure(rule, c.members, ctx);
    if (failure !== null) return failure;
  }
  if (rule.exclusionGroup !== null && rule.exclusionGroup.trim() !== '') {
    const holder = ctx.ledger.groupHolder(p.kind, c.key, rule.exclusionGroup);
    if (holder !== null) return reason.sameGroup(holder, rule.exclusionGroup);
  }
  return null;
}

/** Women priority (NĐ 152/2025 Điều 4): `Nữ` for staff; at least 70% women among active staff for a unit. */
export function isWomanPriority(p: Scored, ctx: EligibilityContext): boolean {
  const woman = (s: Staff): boolean => codeKey(s.gender) === 'nữ';
  if (p.kind === 'staff') {
    const staff = ctx.staffById.get(codeKey(p.id));
    return staff !== undefined && woman(staff);
  }
  const members = ctx.activeStaffByUnit.get(codeKey(p.id)) ?? [];
  return members.length > 0 && members.filter(woman).length * 10 >= members.length * 7;
}
