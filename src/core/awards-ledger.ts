// What has been decided so far in a phase: who holds which award and exclusion group, and each award's count.
import type { AwardRule, Kind, SchoolData } from './model';
import { codeKey, sameCode } from './scoring';

const whoCache: Record<Kind, Map<string, string>> = { staff: new Map(), unit: new Map() };

/** The participant's key, e.g. `staff:cb001` (cached: asked for every participant × award). */
function who(kind: Kind, id: string): string {
  const cache = whoCache[kind];
  let k = cache.get(id);
  if (k === undefined) {
    if (cache.size >= 100_000) cache.clear();
    k = `${kind}:${codeKey(id)}`;
    cache.set(id, k);
  }
  return k;
}

export class Ledger {
  /** participant → award key → award code */
  private readonly held = new Map<string, Map<string, string>>();
  /** participant → exclusion group key → the award code that took the group */
  private readonly groups = new Map<string, Map<string, string>>();
  /** award key → number of recipients, once the award is processed */
  private readonly counts = new Map<string, number>();

  grant(kind: Kind, id: string, rule: AwardRule): void {
    const p = who(kind, id);
    if (!this.held.has(p)) this.held.set(p, new Map());
    this.held.get(p)?.set(codeKey(rule.code), rule.code);
    if (rule.exclusionGroup !== null && rule.exclusionGroup.trim() !== '') {
      if (!this.groups.has(p)) this.groups.set(p, new Map());
      this.groups.get(p)?.set(codeKey(rule.exclusionGroup), rule.code);
    }
  }

  finish(rule: AwardRule, recipients: number): void {
    this.counts.set(codeKey(rule.code), recipients);
  }

  holds(kind: Kind, id: string, code: string): boolean {
    return this.held.get(who(kind, id))?.has(codeKey(code)) ?? false;
  }

  /** The award already taking `group` for this participant, or null. */
  groupHolder(kind: Kind, id: string, group: string): string | null {
    return this.groups.get(who(kind, id))?.get(codeKey(group)) ?? null;
  }

  isProcessed(code: string): boolean {
    return this.counts.has(codeKey(code));
  }

  recipients(code: string): number {
    return this.counts.get(codeKey(code)) ?? 0;
  }
}

/** Agreeing votes per (participant, award) of a phase; the lowest sheet row wins when a pair repeats. */
export class VoteIndex {
  /** participant key → award key → { agree, row } */
  private readonly agree = new Map<string, Map<string, { agree: number; row: number }>>();

  constructor(data: SchoolData, phaseId: string) {
    for (const sheet of data.votes) {
      if (!sameCode(sheet.phaseId, phaseId)) continue;
      for (const row of sheet.rows) {
        const participant = codeKey(row.participantId);
        const award = codeKey(row.awardCode);
        let byAward = this.agree.get(participant);
        if (byAward === undefined) {
          byAward = new Map();
          this.agree.set(participant, byAward);
        }
        const known = byAward.get(award);
        if (known === undefined || row.row < known.row) byAward.set(award, { agree: row.agree, row: row.row });
      }
    }
  }

  of(participantId: string, awardCode: string): number {
    return this.agree.get(codeKey(participantId))?.get(codeKey(awardCode))?.agree ?? 0;
  }
}
