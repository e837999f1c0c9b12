// A staff quota split among units by head-count (SPEC §5, §8): fill each unit's seats by rank inside the unit, then
// refill the unused seats school-wide by rank. Seats held for a unit's pending tie are not refilled.
import { apportion } from './apportion';
import { cutByRank } from './awards-cut';
import { codeKey } from './codes';
import type { CutOutcome, CutRules } from './awards-cut';
import type { SchoolData } from './model';
import { reason, unitWord } from './messages';
import type { Scored } from './ranked';
import type { SchoolIndex } from './school-index';

export interface SplitOutcome extends CutOutcome {
  byUnit: Record<string, number>;
}

export function splitByUnit(
  data: SchoolData,
  eligible: readonly Scored[],
  quota: number,
  index: SchoolIndex,
  rules: Omit<CutRules, 'beyond'>,
): SplitOutcome {
  const units = [...data.units].sort((a, b) => a.row - b.row);
  const heads = units.map((u) => index.activeStaff(u.id).length);
  const anyStaff = heads.some((h) => h > 0);
  const seats = anyStaff ? apportion(data.config.apportionment, quota, heads) : heads.map(() => 0);
  const outcome: SplitOutcome = { byUnit: {}, winners: [], pending: [], losers: new Map() };
  units.forEach((u, i) => {
    outcome.byUnit[u.id] = seats[i];
  });
  if (!anyStaff) {
    for (const p of eligible) outcome.losers.set(p, reason.noSeatsWithoutStaff());
    return outcome;
  }

  const byUnit = new Map<string, Scored[]>();
  for (const p of eligible) {
    const unitKey = p.unitId === null ? '' : codeKey(p.unitId);
    const list = byUnit.get(unitKey);
    if (list === undefined) byUnit.set(unitKey, [p]);
    else list.push(p);
  }
  let unused = 0;
  units.forEach((u, i) => {
    const candidates = byUnit.get(codeKey(u.id)) ?? [];
    const word = unitWord(u.type);
    const cut = cutByRank(candidates, seats[i], { ...rules, beyond: (taken) => reason.afterUnitQuota(word, taken, seats[i]) });
    outcome.winners.push(...cut.winners);
    outcome.pending.push(...cut.pending);
    cut.losers.forEach((why, p) => outcome.losers.set(p, why));
    if (cut.pending.length === 0) unused += seats[i] - cut.winners.length;
  });

  const decided = new Set<Scored>([...outcome.winners, ...outcome.pending]);
  const pool = eligible.filter((p) => !decided.has(p));
  const before = outcome.winners.length;
  const refill = cutByRank(pool, unused, { ...rules, beyond: (taken) => reason.afterQuota(before + taken, quota) });
  outcome.winners.push(...refill.winners);
  outcome.pending.push(...refill.pending);
  for (const p of [...refill.winners, ...refill.pending]) outcome.losers.delete(p);
  refill.losers.forEach((why, p) => {
    // the first reason is the unit's cut, when there was one
    if (!outcome.losers.has(p)) outcome.losers.set(p, why);
  });
  outcome.winners.sort((a, b) => a.order - b.order);
  outcome.pending.sort((a, b) => a.order - b.order);
  return outcome;
}
