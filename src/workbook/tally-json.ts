// `thidua tally --json`: exactly the object of SPEC §7.
import { formatCell } from '../core/cellref';
import type { Kind, Problem } from '../core/model';
import type { ParticipantStatus, PhaseTally } from '../core/result';
import { sortProblems } from './problems';

export interface TallyJsonParticipant {
  kind: Kind;
  id: string;
  name: string;
  unit: string | null;
  criteria: Record<string, number>;
  raw: number | null;
  score: number | null;
  band: string | null;
  rank: number | null;
  status: ParticipantStatus;
  awards: string[];
  reasons: Record<string, string>;
}

export interface TallyJsonAward {
  code: string;
  kind: Kind;
  quota: number | null;
  byUnit?: Record<string, number>;
  recipients: string[];
  pending: string[];
  open: number;
}

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
