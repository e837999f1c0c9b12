// `thidua tally --json`: exactly the object of SPEC §7.
import { formatCell } from '../core/cellref';
import type { Problem } from '../core/model';
import type { AwardResult, ParticipantResult, PhaseTally } from '../core/result';
import { sortProblems } from './problems';

/** A participant as SPEC §7 lists it: the decision without `pending` (pending shows in each award and reason). */
export type TallyJsonParticipant = Omit<ParticipantResult, 'pending'>;

/** An award as SPEC §7 lists it: without its name. */
export type TallyJsonAward = Omit<AwardResult, 'name'>;

export interface TallyJsonProblem {
  /** 'Sheet!A1' (or the sheet alone; '' when the problem names no sheet) */
  cell: string;
  message: string;
}

export interface TallyJson {
  phase: string;
  participants: TallyJsonParticipant[];
  awards: TallyJsonAward[];
  errors: TallyJsonProblem[];
  warnings: TallyJsonProblem[];
}

function problemJson(p: Problem): TallyJsonProblem {
  return { cell: p.where ? formatCell(p.where) : '', message: p.message };
}

export function tallyJson(tally: PhaseTally): TallyJson {
  const problems = sortProblems(tally.problems);
  return {
    phase: tally.phase,
    participants: tally.participants.map((p) => ({
      kind: p.kind,
      id: p.id,
      name: p.name,
      unit: p.unit,
      criteria: { ...p.criteria },
      raw: p.raw,
      score: p.score,
      band: p.band,
      rank: p.rank,
      status: p.status,
      awards: [...p.awards],
      reasons: { ...p.reasons },
    })),
    awards: tally.awards.map(
      (a): TallyJsonAward => ({
        code: a.code,
        kind: a.kind,
        quota: a.quota,
        ...(a.byUnit !== undefined ? { byUnit: { ...a.byUnit } } : {}),
        recipients: [...a.recipients],
        pending: [...a.pending],
        open: a.open,
      }),
    ),
    errors: problems.filter((p) => p.severity === 'error').map(problemJson),
    warnings: problems.filter((p) => p.severity === 'warning').map(problemJson),
  };
}
