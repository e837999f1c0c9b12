// Filling a number of seats from candidates in rank order, with ties at the cut (SPEC §4 "Ties at a cut", §8).
import { reason } from './messages';
import type { Scored } from './ranked';
import { sameTieKey } from './ranking';

export interface CutRules {
  /** agreeing votes for this award */
  votes: (p: Scored) => number;
  /** whether women priority applies to this candidate (already false when the setting is off) */
  woman: (p: Scored) => boolean;
  /** the reason for a candidate ranked below the seats, given how many seats were taken */
  beyond: (taken: number) => string;
}

export interface CutOutcome {
  winners: Scored[];
  /** tied across the cut and not separated: `Chờ Hội đồng quyết định`; their seats stay open */
  pending: Scored[];
  losers: Map<Scored, string>;
}

/**
 * `candidates` are eligible and in display order. The first `seats` win, except that a tie group straddling the
 * cut is ordered by votes, then women first; sub-groups that fit win, the one straddling the cut is pending, the
 * rest lose.
 */
export function cutByRank(candidates: readonly Scored[], seats: number, rules: CutRules): CutOutcome {
  const outcome: CutOutcome = { winners: [], pending: [], losers: new Map() };
  if (candidates.length <= seats) {
    outcome.winners.push(...candidates);
    return outcome;
  }
  if (seats <= 0) {
    const why = rules.beyond(0);
    for (const c of candidates) outcome.losers.set(c, why);
    return outcome;
  }
  const last = candidates[seats - 1];
  if (!sameTieKey(last.tieKey, candidates[seats].tieKey)) {
    outcome.winners.push(...candidates.slice(0, seats));
    const why = rules.beyond(seats);
    for (let i = seats; i < candidates.length; i++) outcome.losers.set(candidates[i], why);
    return outcome;
  }
  let start = seats - 1;
  while (start > 0 && sameTieKey(candidates[start - 1].tieKey, last.tieKey)) start -= 1;
  let end = seats;
  while (end < candidates.length && sameTieKey(candidates[end].tieKey, last.tieKey)) end += 1;
  outcome.winners.push(...candidates.slice(0, start));

  const group = candidates.slice(start, end);
  const priority = (p: Scored): [number, number] => [rules.votes(p), rules.woman(p) ? 1 : 0];
  const ordered = group
    .map((p, i) => ({ p, i, votes: priority(p)[0], woman: priority(p)[1] }))
    .sort((a, b) => b.votes - a.votes || b.woman - a.woman || a.i - b.i);
  let remaining = seats - start;
  let blocked = false;
  for (let i = 0; i < ordered.length;) {
    let j = i;
    while (j < ordered.length && ordered[j].votes === ordered[i].votes && ordered[j].woman === ordered[i].woman) j += 1;
    const sub = ordered.slice(i, j).map((o) => o.p);
    if (!blocked && sub.length <= remaining) {
      outcome.winners.push(...sub);
      remaining -= sub.length;
    } else if (!blocked && remaining > 0) {
      outcome.pending.push(...sub);
      blocked = true;
    } else {
      const above = ordered[i - 1];
      const why = ordered[i].votes < above.votes ? reason.tieFewerVotes(ordered[i].votes, above.votes) : reason.tieWomenFirst();
      for (const p of sub) outcome.losers.set(p, why);
      blocked = true;
    }
    i = j;
  }
  const taken = outcome.winners.length;
  const beyond = rules.beyond(taken);
  for (let i = end; i < candidates.length; i++) outcome.losers.set(candidates[i], beyond);
  outcome.winners.sort((a, b) => a.order - b.order);
  outcome.pending.sort((a, b) => a.order - b.order);
  return outcome;
}
