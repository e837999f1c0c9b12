// `thidua tally --json`: exactly the object of SPEC §7.
import { formatCell } from '../core/cellref';
import type { PhaseFairness } from '../core/fairness';
import type { Agreement } from '../core/fairness/agreement';
import type { Kind, Problem } from '../core/model';
import { roundHalfAway } from '../core/numbers';
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

/** A council member's marking of one kind (SPEC §7 `members`); numbers rounded to 2 decimals. */
export interface TallyJsonMember {
  id: string;
  name: string;
  kind: Kind;
  marked: number;
  deviation: number | null;
  deviationSd: number | null;
  rho: number | null;
  flag: 'khác biệt' | 'dễ' | 'khắt khe' | null;
}

/** Kendall's W of one kind (SPEC §7 `agreement`): w to 3 decimals, chi2 to 2, p to 3 significant digits; pairwise has no test. */
export type TallyJsonAgreement = Pick<Agreement, 'kind' | 'method' | 'w' | 'chi2' | 'df' | 'p'>;

/** Decisions that change without one member's marks (SPEC §7 `sensitivity`). */
export interface TallyJsonSensitivity {
  member: string;
  changes: { award: string; lost: string[]; gained: string[] }[];
}

export interface TallyJson {
  phase: string;
  participants: TallyJsonParticipant[];
  awards: TallyJsonAward[];
  errors: TallyJsonProblem[];
  warnings: TallyJsonProblem[];
  /** the council's statistics: present when the caller computed them (phaseFairness) */
  members?: TallyJsonMember[];
  agreement?: TallyJsonAgreement[];
  sensitivity?: TallyJsonSensitivity[];
}

const round = (x: number | null, decimals: number): number | null => (x === null ? null : roundHalfAway(x, decimals));
const significant = (x: number | null): number | null => (x === null ? null : Number(x.toPrecision(3)));

/** The three keys of the council's statistics. */
function fairnessJson(f: PhaseFairness): Required<Pick<TallyJson, 'members' | 'agreement' | 'sensitivity'>> {
  return {
    members: f.members.map((m) => ({
      id: m.id,
      name: m.name,
      kind: m.kind,
      marked: m.marked,
      deviation: round(m.deviation, 2),
      deviationSd: round(m.deviationSd, 2),
      rho: round(m.rho, 2),
      flag: m.flag,
    })),
    agreement: f.agreement.map((a) => ({
      kind: a.kind,
      method: a.method,
      w: roundHalfAway(a.w, 3),
      chi2: round(a.chi2, 2),
      df: a.df,
      p: significant(a.p),
    })),
    sensitivity: f.sensitivity.map((s) => ({
      member: s.member,
      changes: s.changes.map((c) => ({ award: c.award, lost: [...c.lost], gained: [...c.gained] })),
    })),
  };
}

function problemJson(p: Problem): TallyJsonProblem {
  return { cell: p.where ? formatCell(p.where) : '', message: p.message };
}

/** `fairness`: the phase's council statistics (phaseFairness); with it, the JSON gains `members`, `agreement`, `sensitivity`. */
export function tallyJson(tally: PhaseTally, fairness?: PhaseFairness): TallyJson {
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
    awards: tally.awards.map((a): TallyJsonAward => ({
      code: a.code,
      kind: a.kind,
      quota: a.quota,
      ...(a.byUnit !== undefined ? { byUnit: { ...a.byUnit } } : {}),
      recipients: [...a.recipients],
      pending: [...a.pending],
      open: a.open,
    })),
    errors: problems.filter((p) => p.severity === 'error').map(problemJson),
    warnings: problems.filter((p) => p.severity === 'warning').map(problemJson),
    ...(fairness !== undefined ? fairnessJson(fairness) : {}),
  };
}
