// Decisions that hang on one member (issue 15, SPEC §7 `sensitivity`): the phase is tallied again without each
// member's marks in turn (their cards dropped from a shallow copy of the school; votes are not marks and stay), and
// every award whose recipients change is listed. The same comparison tells what normalisation changes.
import type { Kind, Member, SchoolData } from '../model';
import type { PhaseTally } from '../result';
import { sameCode } from '../codes';
import { tallyPhase } from '../tally';

export interface AwardChange {
  award: string;
  kind: Kind;
  /** recipients of the first tally who are not recipients of the second (pending counts as not holding it) */
  lost: string[];
  /** recipients of the second tally who were not recipients of the first */
  gained: string[];
}

export interface MemberSensitivity {
  /** `Mã thành viên` */
  member: string;
  name: string;
  changes: AwardChange[];
}

/** Awards (matched by code and kind) whose recipients differ between two tallies of the same phase, in `before`'s order. */
function decisionChanges(before: PhaseTally, after: PhaseTally): AwardChange[] {
  const changes: AwardChange[] = [];
  for (const award of before.awards) {
    const other = after.awards.find((a) => a.kind === award.kind && sameCode(a.code, award.code));
    const now = new Set(other?.recipients ?? []);
    const was = new Set(award.recipients);
    const lost = award.recipients.filter((id) => !now.has(id));
    const gained = (other?.recipients ?? []).filter((id) => !was.has(id));
    if (lost.length > 0 || gained.length > 0) changes.push({ award: award.code, kind: award.kind, lost, gained });
  }
  return changes;
}

/** Whether a member's cards can bear on the phase: cards of the phase, or of any phase when it is the year end. */
function marksThePhase(data: SchoolData, member: Member, phaseId: string, yearEnd: boolean): boolean {
  return data.cards.some((card) => sameCode(card.memberId, member.id) && (yearEnd || sameCode(card.phaseId, phaseId)));
}

/** The school without one member's cards (a shallow copy: everything else is shared, nothing is mutated). */
export function withoutMember(data: SchoolData, memberId: string): SchoolData {
  return { ...data, cards: data.cards.filter((card) => !sameCode(card.memberId, memberId)) };
}

/**
 * For each member who marked the phase, the decisions that change when their marks are left out; only members
 * with at least one change are listed (an empty list: no decision hangs on one member). `base` = tallyPhase(data, phaseId).
 */
export function sensitivity(data: SchoolData, phaseId: string, base: PhaseTally): MemberSensitivity[] {
  const phase = data.phases.find((p) => sameCode(p.id, phaseId));
  if (phase === undefined) return [];
  const out: MemberSensitivity[] = [];
  for (const member of data.members) {
    if (!marksThePhase(data, member, phase.id, phase.type === 'year')) continue;
    const changes = decisionChanges(base, tallyPhase(withoutMember(data, member.id), phase.id));
    if (changes.length > 0) out.push({ member: member.id, name: member.name, changes });
  }
  return out;
}

/** What normalisation changes: `base` is the tally as configured; the other tally flips `Chuẩn hóa điểm theo thành viên`. */
export function normalisationChanges(data: SchoolData, phaseId: string, base: PhaseTally): AwardChange[] {
  const flipped = { ...data, config: { ...data.config, normaliseMarks: !data.config.normaliseMarks } };
  return decisionChanges(base, tallyPhase(flipped, phaseId));
}
