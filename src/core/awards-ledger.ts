// What has been decided so far in a phase: who holds which award and exclusion group, and each award's count.
import type { AwardRule, Kind, SchoolData } from './model';
import { codeKey, sameCode } from './codes';

/**
 * Participants are named by kind and the code key of their id (a staff member and a unit may share a code).
 * Keyed by award first: a few maps of many participants, not a small map per participant.
 */
export class Ledger {
  /** kind → award key → code keys of the participants holding it */
  private readonly held: Record<Kind, Map<string, Set<string>>> = { staff: new Map(), unit: new Map() };
  /** kind → exclusion group key → participant code key → the award code that took the group */
  private readonly groups: Record<Kind, Map<string, Map<string, string>>> = { staff: new Map(), unit: new Map() };
  /** award key → number of recipients, once the award is processed */
  private readonly counts = new Map<string, number>();

  grant(kind: Kind, participant: string, rule: AwardRule): void {
    const award = codeKey(rule.code);
    let holders = this.held[kind].get(award);
    if (holders === undefined) {
      holders = new Set();
      this.held[kind].set(award, holders);
    }
    holders.add(participant);
    if (rule.exclusionGroup !== null && rule.exclusionGroup.trim() !== '') {
      const group = codeKey(rule.exclusionGroup);
      let takers = this.groups[kind].get(group);
      if (takers === undefined) {
        takers = new Map();
        this.groups[kind].set(group, takers);
      }
      takers.set(participant, rule.code);
    }
  }

  finish(rule: AwardRule, recipients: number): void {
    this.counts.set(codeKey(rule.code), recipients);
  }

  holds(kind: Kind, participant: string, code: string): boolean {
    return this.held[kind].get(codeKey(code))?.has(participant) ?? false;
  }

  /** The award already taking `group` for this participant, or null. */
  groupHolder(kind: Kind, participant: string, group: string): string | null {
    return this.groups[kind].get(codeKey(group))?.get(participant) ?? null;
  }

  isProcessed(code: string): boolean {
    return this.counts.has(codeKey(code));
  }

  recipients(code: string): number {
    return this.counts.get(codeKey(code)) ?? 0;
  }
}

interface Vote {
  agree: number;
  row: number;
}

/** Agreeing votes per (participant, award) of a phase; the lowest sheet row wins when a pair repeats. */
export class VoteIndex {
  /** award key → participant key → vote (keyed by award first: few awards, many participants) */
  private readonly agree = new Map<string, Map<string, Vote>>();

  constructor(data: SchoolData, phaseId: string) {
    for (const sheet of data.votes) {
      if (!sameCode(sheet.phaseId, phaseId)) continue;
      for (const row of sheet.rows) {
        const participant = codeKey(row.participantId);
        const award = codeKey(row.awardCode);
        let byParticipant = this.agree.get(award);
        if (byParticipant === undefined) {
          byParticipant = new Map();
          this.agree.set(award, byParticipant);
        }
        const known = byParticipant.get(participant);
        if (known === undefined || row.row < known.row) byParticipant.set(participant, { agree: row.agree, row: row.row });
      }
    }
  }

  /** `participant` is the code key of the participant's id. */
  of(participant: string, awardCode: string): number {
    return this.agree.get(codeKey(awardCode))?.get(participant)?.agree ?? 0;
  }
}
