// Each council member's own marks of a phase and kind, read from their cards with the tally's rules (SPEC §3.2):
// blank, out-of-range, self-marks, unknown rows and duplicate rows are not marks. Problems are the tally's to report.
import type { Criterion, Kind, Member, Problem, SchoolData } from '../model';
import { CodeIndex } from '../codes';
import { cardRows, cardsOf, participantsOf, phaseCriteria, selfIndex } from '../scoring';
import type { Participant } from '../scoring';

export interface MemberMarks {
  kind: Kind;
  participants: Participant[];
  criteria: Criterion[];
  /** the members who have a card of this phase and kind, in `Hội đồng` order */
  members: Member[];
  /** `marks[m][p * criteria + c]`: member m's mark of participant p on criterion c; NaN = not a mark */
  marks: Float64Array[];
}

export function memberMarks(data: SchoolData, phaseId: string, kind: Kind): MemberMarks {
  const participants = participantsOf(data, kind);
  const criteria = phaseCriteria(data, phaseId, kind);
  const C = criteria.length;
  const participantIndex = new CodeIndex(participants.map((p) => p.id));
  const criterionIndex = new CodeIndex(criteria.map((c) => c.id));
  const memberIndex = new CodeIndex(data.members.map((m) => m.id));
  let staffCodes: CodeIndex | null = null;
  const staffIndex = (): CodeIndex => (staffCodes ??= new CodeIndex(data.staff.map((s) => s.id)));
  // the tally reports every problem of these cards; reading them again here must not report them twice
  const reportedByTheTally: Problem[] = [];
  const byMember = new Map<number, Float64Array>();
  for (const card of cardsOf(data, phaseId, kind)) {
    const m = memberIndex.get(card.memberId);
    if (m < 0) continue;
    let table = byMember.get(m);
    if (table === undefined) {
      table = new Float64Array(participants.length * C).fill(NaN);
      byMember.set(m, table);
    }
    const self = selfIndex(data, kind, data.members[m].staffId, participantIndex, staffIndex);
    const rows = cardRows(card, kind, participantIndex, participants.length, staffIndex, reportedByTheTally);
    const columns = card.criterionIds.map((id) => criterionIndex.get(id));
    const width = columns.length;
    for (let r = 0; r < rows.length; r++) {
      const p = rows[r];
      if (p < 0 || p === self) continue;
      for (let j = 0; j < width; j++) {
        const c = columns[j];
        const v = card.values[r * width + j];
        if (c < 0 || v !== v || v < criteria[c].min || v > criteria[c].max) continue;
        // a member with two cards of the phase: the first mark of a cell counts (the tally would count both)
        if (table[p * C + c] !== table[p * C + c]) table[p * C + c] = v;
      }
    }
  }
  const order = [...byMember.keys()].sort((a, b) => a - b);
  return {
    kind,
    participants,
    criteria,
    members: order.map((m) => data.members[m]),
    marks: order.map((m) => byMember.get(m) as Float64Array),
  };
}

/**
 * A member's score of a participant: the 100-point formula of SPEC §3.4 over the criteria that member marked,
 * 100 × Σ wₖ·xₖ / Σ wₖ·maxₖ (k over the marked criteria), so that a member who skipped a criterion is still on
 * the same scale. NaN when the member marked none (or only criteria with Σ wₖ·maxₖ ≤ 0).
 */
export function memberScore(table: MemberMarks, m: number, p: number, only?: (c: number) => boolean): number {
  const C = table.criteria.length;
  const marks = table.marks[m];
  let num = 0;
  let den = 0;
  for (let c = 0; c < C; c++) {
    const v = marks[p * C + c];
    if (v !== v || (only !== undefined && !only(c))) continue;
    num += table.criteria[c].weight * v;
    den += table.criteria[c].weight * table.criteria[c].max;
  }
  return den > 0 ? (100 * num) / den : NaN;
}
