// The council's statistics of a phase (issue 15): how each member marked, how far the council agrees, which
// decisions hang on one member, and what normalisation would change. Pure: computed from SchoolData and the tally.
import type { Kind, SchoolData } from '../model';
import type { PhaseTally } from '../result';
import { sameCode } from '../codes';
import { usesYearMean } from '../scoring';
import { agreementOf } from './agreement';
import type { Agreement } from './agreement';
import { memberMarks } from './member-marks';
import { memberStats } from './members';
import type { MemberStat } from './members';
import { normalisationChanges, sensitivity } from './sensitivity';
import type { AwardChange, MemberSensitivity } from './sensitivity';
import { sampleSd } from './stats';

export interface PhaseFairness {
  phase: string;
  /** one entry per member who marked, per kind (staff first) */
  members: MemberStat[];
  /** one per kind that can be computed */
  agreement: Agreement[];
  /** members whose marks decide at least one award; empty = the best news */
  sensitivity: MemberSensitivity[];
  /** `on`: decisions use normalised marks; `changes`: from the tally as configured to the other one */
  normalisation: { on: boolean; changes: AwardChange[] };
  /** kinds scored as the year-end mean of the phases (no cards of their own, so no member statistics) */
  yearMean: Kind[];
}

const KINDS: Kind[] = ['staff', 'unit'];

/** `base`: tallyPhase(data, phaseId), already computed by the caller. */
export function phaseFairness(data: SchoolData, phaseId: string, base: PhaseTally): PhaseFairness {
  const phase = data.phases.find((p) => sameCode(p.id, phaseId));
  const result: PhaseFairness = {
    phase: phase?.id ?? phaseId,
    members: [],
    agreement: [],
    sensitivity: [],
    normalisation: { on: data.config.normaliseMarks, changes: [] },
    yearMean: [],
  };
  if (phase === undefined) return result;
  for (const kind of KINDS) {
    if (usesYearMean(data, phase, kind)) {
      result.yearMean.push(kind);
      continue;
    }
    const table = memberMarks(data, phase.id, kind);
    if (table.members.length === 0) continue;
    const scores = base.participants.filter((p) => p.kind === kind && p.score !== null).map((p) => p.score as number);
    result.members.push(...memberStats(table, sampleSd(scores), data.config));
    const agreement = agreementOf(table);
    if (agreement !== null) result.agreement.push(agreement);
  }
  result.sensitivity = sensitivity(data, phase.id, base);
  result.normalisation.changes = normalisationChanges(data, phase.id, base);
  return result;
}
