// Awards of a phase in `Thứ tự xét` order (SPEC §4, §8 Awards): eligibility, quotas and caps, splits, ties.
// Every participant gets, per award of its kind, the award, `Chờ Hội đồng quyết định`, or the first reason it failed.
import { cutByRank } from './awards-cut';
import type { CutOutcome, CutRules } from './awards-cut';
import { Ledger, VoteIndex } from './awards-ledger';
import { splitByUnit } from './awards-split';
import { candidateOf, firstFailure, isWomanPriority, usesScores } from './eligibility';
import type { Candidate, EligibilityContext } from './eligibility';
import type { AwardField, AwardRule, CellRef, Phase, Problem, SchoolData } from './model';
import { problem, reason } from './messages';
import { roundHalfAway } from './numbers';
import type { RankedPhase, Scored } from './ranked';
import type { AwardResult } from './result';
import { codeKey, sameCode } from './codes';
import { CONDITIONS } from './conditions/registry';
import { meetsShare, shownFailingShare } from './conditions/share';
import type { ConditionRegistry } from './conditions/registry';
import { SchoolIndex } from './school-index';
import { SHEET } from './sheet-names';

/** What a participant got in the phase; keyed by `kind:code key`. */
interface Decision {
  awards: string[];
  pending: string[];
  reasons: Record<string, string>;
}

export interface AwardsOutcome {
  awards: AwardResult[];
  /** per participant (the ranked phase's own Scored objects) */
  decisions: Map<Scored, Decision>;
}

/** A count bigger than any school keeps apportionment in safe integers. */
const MAX_SEATS = 1_000_000;

/** The cell of one of the rule's fields on `Khen thưởng` (the code's cell when that column is absent). */
function whereRule(rule: AwardRule, field: AwardField | (string & {})): CellRef {
  return { sheet: rule.source?.sheet ?? SHEET.awards, row: rule.row, col: rule.source?.cols[field] ?? rule.source?.cols.code };
}

/** Rules of the phase in processing order: numbered `Thứ tự xét` first, then blank, each then by row. */
export function phaseRules(data: SchoolData, phaseId: string): AwardRule[] {
  return data.awards
    .filter((r) => sameCode(r.phaseId, phaseId))
    .sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.row - b.row);
}

function isTotalBase(base: string | null): boolean {
  return base === null || base.trim() === '' || codeKey(base) === 'tổng số';
}

/** The % base (SPEC §8): head-count of the kind, or the recipients of an award processed earlier (else 0, an error). */
function capBase(rule: AwardRule, data: SchoolData, ledger: Ledger, phaseCodes: Set<string>, phase: Phase, problems: Problem[]): number {
  if (isTotalBase(rule.capBase)) return rule.kind === 'staff' ? data.staff.filter((s) => s.active).length : data.units.length;
  const base = rule.capBase as string;
  if (ledger.isProcessed(base)) return ledger.recipients(base);
  const message = phaseCodes.has(codeKey(base)) ? problem.baseLater(rule.code, base) : problem.baseUnknown(rule.code, base, phase.id);
  problems.push({ severity: 'error', where: whereRule(rule, 'capBase'), message });
  return 0;
}

/** The award codes a rule's conditions name (prerequisites, member awards) must be processed earlier in the phase. */
function checkPrerequisites(rule: AwardRule, ctx: EligibilityContext, phaseCodes: Set<string>, phase: Phase, problems: Problem[]): void {
  for (const condition of ctx.conditions.forKind(rule.kind)) {
    for (const { field, codes } of condition.references(rule)) {
      for (const code of codes) {
        if (ctx.ledger.isProcessed(code)) continue;
        const message = phaseCodes.has(codeKey(code))
          ? problem.requiredLater(rule.code, code)
          : problem.requiredUnknown(rule.code, code, phase.id);
        problems.push({ severity: 'error', where: whereRule(rule, field), message });
      }
    }
  }
}

/** The participants of a kind in display order, each with its decision so far (same index). */
interface Entrants {
  candidates: Candidate[];
  decisions: Decision[];
}

function decisionOf(decisions: Map<Scored, Decision>, p: Scored): Decision {
  return decisions.get(p) as Decision;
}

/** What the engine may be given instead of building it: the school's lookups, the condition registry. */
export interface AwardOptions {
  index?: SchoolIndex;
  conditions?: ConditionRegistry;
}

export function allocateAwards(
  data: SchoolData,
  phase: Phase,
  ranked: RankedPhase,
  problems: Problem[],
  options: AwardOptions = {},
): AwardsOutcome {
  const ctx: EligibilityContext = {
    data,
    ledger: new Ledger(),
    votes: new VoteIndex(data, phase.id),
    index: options.index ?? new SchoolIndex(data),
    conditions: options.conditions ?? CONDITIONS,
  };
  const rules = phaseRules(data, phase.id);
  const phaseCodes = new Set(rules.map((r) => codeKey(r.code)));
  const seen = new Set<string>();
  const outcome: AwardsOutcome = { awards: [], decisions: new Map() };
  const entrants = (list: readonly Scored[]): Entrants => ({
    candidates: list.map((p) => candidateOf(p, ctx.index)),
    decisions: list.map((p) => {
      const decision: Decision = { awards: [], pending: [], reasons: {} };
      outcome.decisions.set(p, decision);
      return decision;
    }),
  });
  const byKind = { staff: entrants(ranked.staff), unit: entrants(ranked.units) };

  for (const rule of rules) {
    if (seen.has(codeKey(rule.code))) {
      problems.push({ severity: 'error', where: whereRule(rule, 'code'), message: problem.duplicateAward(rule.code, phase.id) });
      continue;
    }
    seen.add(codeKey(rule.code));
    outcome.awards.push(decideAward(rule, ctx, ranked, byKind[rule.kind], phase, phaseCodes, outcome.decisions, problems));
  }
  return outcome;
}

function decideAward(
  rule: AwardRule,
  ctx: EligibilityContext,
  ranked: RankedPhase,
  entrants: Entrants,
  phase: Phase,
  phaseCodes: Set<string>,
  decisions: Map<Scored, Decision>,
  problems: Problem[],
): AwardResult {
  const { data, ledger } = ctx;
  if (usesScores(rule) && !ranked.scored[rule.kind]) {
    problems.push({
      severity: 'error',
      where: whereRule(rule, 'method'),
      message: problem.awardNeedsScores(rule.code, rule.kind, phase.id),
    });
  }
  checkPrerequisites(rule, ctx, phaseCodes, phase, problems);
  const needsBase = rule.capPercent !== null || rule.targetPercent !== null;
  const base = needsBase ? capBase(rule, data, ledger, phaseCodes, phase, problems) : 0;
  const count = rule.count === null ? null : Math.min(MAX_SEATS, Math.max(0, Math.floor(rule.count)));
  const cap =
    rule.capPercent === null ? null : Math.min(MAX_SEATS, Math.max(0, Math.floor(roundHalfAway((rule.capPercent * base) / 100, 9))));
  const quota = count === null ? cap : cap === null ? count : Math.min(count, cap);

  const eligible: Scored[] = [];
  entrants.candidates.forEach((c, i) => {
    const failure = firstFailure(rule, c, ctx);
    if (failure === null) eligible.push(c.p);
    else entrants.decisions[i].reasons[rule.code] = failure;
  });

  const cutRules: Omit<CutRules, 'beyond'> = {
    votes: (p) => ctx.votes.of(codeKey(p.id), rule.code),
    woman: (p) => data.config.womenPriority && isWomanPriority(p, ctx.index),
  };
  const split = rule.splitByUnit && rule.kind === 'staff' && quota !== null;
  if (rule.splitByUnit && !split)
    problems.push({ severity: 'warning', where: whereRule(rule, 'splitByUnit'), message: problem.splitIgnored(rule.code) });
  let cut: CutOutcome & { byUnit?: Record<string, number> };
  if (quota === null) cut = { winners: eligible, pending: [], losers: new Map() };
  else if (split) cut = splitByUnit(data, eligible, quota, ctx.index, cutRules);
  else
    cut = cutByRank(eligible, quota, {
      ...cutRules,
      beyond: (taken) => (quota === 0 ? reason.zeroQuota() : reason.afterQuota(taken, quota)),
    });

  for (const p of cut.winners) {
    ledger.grant(p.kind, codeKey(p.id), rule);
    decisionOf(decisions, p).awards.push(rule.code);
  }
  for (const p of cut.pending) {
    const d = decisionOf(decisions, p);
    d.pending.push(rule.code);
    d.reasons[rule.code] = reason.pending();
  }
  cut.losers.forEach((why, p) => {
    decisionOf(decisions, p).reasons[rule.code] = why;
  });
  ledger.finish(rule, cut.winners.length);

  const open = quota === null ? 0 : quota - cut.winners.length;
  if (cut.pending.length > 0) {
    problems.push({
      severity: 'warning',
      where: whereRule(rule, 'count'),
      message: problem.pendingSeats(rule.code, cut.pending.length, open),
    });
  }
  // exact, like every share (SPEC §8); a base of 0 misses no target
  if (rule.targetPercent !== null && base > 0 && !meetsShare(cut.winners.length, base, rule.targetPercent)) {
    const shown = shownFailingShare(cut.winners.length, base, rule.targetPercent, data.config.decimals);
    problems.push({
      severity: 'warning',
      where: whereRule(rule, 'targetPercent'),
      message: problem.targetMissed(rule.code, rule.targetPercent, cut.winners.length, base, shown.value, shown.decimals),
    });
  }
  const result: AwardResult = {
    code: rule.code,
    name: rule.name,
    kind: rule.kind,
    quota,
    recipients: cut.winners.map((p) => p.id),
    pending: cut.pending.map((p) => p.id),
    open,
  };
  if (split && cut.byUnit !== undefined) result.byUnit = cut.byUnit;
  return result;
}
