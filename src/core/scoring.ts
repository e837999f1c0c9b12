// Scores of one kind in one phase (SPEC §3.1–§3.6, §8 Scores): marks → aggregates → 100-point score → band.
// Marks are accumulated into typed arrays per (participant, criterion); no object is allocated per mark.
import { key } from './model';
import type { Aggregation, Band, Criterion, Kind, Phase, Problem, SchoolData, ScoreCard } from './model';
import { problem } from './messages';
import { roundHalfAway } from './numbers';
import type { Scored } from './ranked';

export interface Participant {
  kind: Kind;
  id: string;
  name: string;
  /** unit code for staff; null for units */
  unitId: string | null;
}

/** Participants of a kind: active staff (SPEC §8), every unit. */
export function participantsOf(data: SchoolData, kind: Kind): Participant[] {
  if (kind === 'staff') {
    return data.staff.filter((s) => s.active).map((s) => ({ kind, id: s.id, name: s.name, unitId: s.unitId }));
  }
  return data.units.map((u) => ({ kind, id: u.id, name: u.name, unitId: null }));
}

const keyCache = new Map<string, string>();

/** `key()` memoized: the same codes come back on every card, vote and award check. */
export function codeKey(text: string): string {
  let k = keyCache.get(text);
  if (k === undefined) {
    if (keyCache.size >= 100_000) keyCache.clear();
    k = key(text);
    keyCache.set(text, k);
  }
  return k;
}

/** Index by code: the exact text first (cheap), then the case-insensitive key. */
export class CodeIndex {
  private readonly exact = new Map<string, number>();
  private readonly byKey = new Map<string, number>();

  constructor(codes: readonly string[]) {
    codes.forEach((code, i) => {
      if (!this.exact.has(code)) this.exact.set(code, i);
      const k = codeKey(code);
      if (!this.byKey.has(k)) this.byKey.set(k, i);
    });
  }

  get(code: string): number {
    return this.exact.get(code) ?? this.byKey.get(codeKey(code)) ?? -1;
  }
}

export function sameCode(a: string, b: string): boolean {
  return a === b || codeKey(a) === codeKey(b);
}

/** Criteria of a kind that apply to a phase: `Đợt áp dụng` blank or naming it. */
export function phaseCriteria(data: SchoolData, phaseId: string, kind: Kind): Criterion[] {
  return data.criteria.filter((c) => c.kind === kind && (c.phases === null || c.phases.some((p) => sameCode(p, phaseId))));
}

export function cardsOf(data: SchoolData, phaseId: string, kind: Kind): ScoreCard[] {
  return data.cards.filter((card) => card.kind === kind && sameCode(card.phaseId, phaseId));
}

/** Scores of one kind: each participant in input order, not yet ranked. */
export interface KindScores {
  /** false when the kind has no usable criteria (everyone missing) */
  scored: boolean;
  participants: Scored[];
}

/** Exact aggregates per (participant, criterion), NaN when nobody scored; `p * criteria + c`. */
export interface MarkTable {
  criteria: Criterion[];
  aggregates: Float64Array;
}

function aggregate(method: Aggregation, count: number, sum: number, lo: number, hi: number, values: number[] | null): number {
  if (count === 0) return NaN;
  if (method === 'trimmed' && count >= 3) return (sum - lo - hi) / (count - 2);
  if (method === 'median' && values !== null) {
    values.sort((a, b) => a - b);
    const mid = count >> 1;
    return count % 2 === 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
  }
  return sum / count;
}

/** Reads every card of the phase for the kind, checks ranges and self-marks, and aggregates (SPEC §3.2–§3.3). */
export function tallyMarks(
  data: SchoolData,
  phaseId: string,
  kind: Kind,
  participants: readonly Participant[],
  criteria: Criterion[],
  problems: Problem[],
): MarkTable {
  const P = participants.length;
  const C = criteria.length;
  const count = new Uint32Array(P * C);
  const sum = new Float64Array(P * C);
  const lo = new Float64Array(P * C).fill(Infinity);
  const hi = new Float64Array(P * C).fill(-Infinity);
  const method = data.config.aggregation;
  const values: number[][] | null = method === 'median' ? Array.from({ length: P * C }, () => []) : null;
  const mins = Float64Array.from(criteria, (c) => c.min);
  const maxs = Float64Array.from(criteria, (c) => c.max);

  const participantIndex = new CodeIndex(participants.map((p) => p.id));
  const criterionIndex = new CodeIndex(criteria.map((c) => c.id));
  const memberIndex = new CodeIndex(data.members.map((m) => m.id));
  const staffIndex = new CodeIndex(data.staff.map((s) => s.id));

  for (const card of cardsOf(data, phaseId, kind)) {
    const m = memberIndex.get(card.memberId);
    if (m < 0) {
      problems.push({ severity: 'error', where: { sheet: card.sheet }, message: problem.unknownMember(card.memberId) });
      continue;
    }
    const self = selfIndex(data, kind, data.members[m].staffId, participantIndex, staffIndex);
    const colCriterion = Int32Array.from(card.criterionIds, (id) => criterionIndex.get(id));
    const rowParticipant = cardRows(card, kind, participantIndex, staffIndex, problems);
    const width = card.criterionIds.length;
    for (let r = 0; r < rowParticipant.length; r++) {
      const p = rowParticipant[r];
      if (p < 0 || p === self) continue;
      const rowBase = r * width;
      const cellBase = p * C;
      for (let j = 0; j < width; j++) {
        const c = colCriterion[j];
        if (c < 0) continue;
        const v = card.values[rowBase + j];
        if (v !== v) continue; // blank
        if (v < mins[c] || v > maxs[c]) {
          const message = v > maxs[c] ? problem.markAbove(v, maxs[c]) : problem.markBelow(v, mins[c]);
          problems.push({ severity: 'error', where: { sheet: card.sheet, row: card.rows[r], col: card.cols[j] }, message });
          continue;
        }
        const cell = cellBase + c;
        count[cell] += 1;
        sum[cell] += v;
        if (v < lo[cell]) lo[cell] = v;
        if (v > hi[cell]) hi[cell] = v;
        if (values !== null) values[cell].push(v);
      }
    }
  }

  const aggregates = new Float64Array(P * C);
  for (let cell = 0; cell < P * C; cell++) {
    aggregates[cell] = aggregate(method, count[cell], sum[cell], lo[cell], hi[cell], values === null ? null : values[cell]);
  }
  return { criteria, aggregates };
}

/** The participant a member must not mark (SPEC §3.2): themself, or for units their own unit; -1 when none. */
function selfIndex(data: SchoolData, kind: Kind, staffId: string, participants: CodeIndex, staff: CodeIndex): number {
  if (!data.config.excludeSelfMarks || staffId === '') return -1;
  if (kind === 'staff') return participants.get(staffId);
  const s = staff.get(staffId);
  return s < 0 ? -1 : participants.get(data.staff[s].unitId);
}

/** Participant index of each card row; -1 for rows to skip (unknown codes and duplicates are reported). */
function cardRows(card: ScoreCard, kind: Kind, participants: CodeIndex, staff: CodeIndex, problems: Problem[]): Int32Array {
  const rows = new Int32Array(card.participantIds.length);
  const seen = new Set<number>();
  card.participantIds.forEach((id, r) => {
    const p = id === '' ? -1 : participants.get(id);
    rows[r] = -1;
    if (p >= 0 && seen.has(p)) {
      problems.push({ severity: 'error', where: { sheet: card.sheet, row: card.rows[r] }, message: problem.duplicateRow(id) });
    } else if (p >= 0) {
      seen.add(p);
      rows[r] = p;
    } else if (id !== '' && !(kind === 'staff' && staff.get(id) >= 0)) {
      // rows of inactive staff are ignored silently (SPEC §8)
      problems.push({ severity: 'error', where: { sheet: card.sheet, row: card.rows[r] }, message: problem.unknownParticipant(id, kind) });
    }
  });
  return rows;
}

/** The first band whose `Điểm từ` ≤ score, bands taken in descending `Điểm từ` (SPEC §8). */
export function bandOf(bands: readonly Band[], score: number | null): string | null {
  if (score === null) return null;
  let best: Band | null = null;
  for (const band of bands) {
    if (band.from <= score && (best === null || band.from > best.from || (band.from === best.from && band.row < best.row))) {
      best = band;
    }
  }
  return best === null ? null : best.name;
}

function blank(p: Participant): Scored {
  return {
    kind: p.kind, id: p.id, name: p.name, unitId: p.unitId, aggregates: {}, criteria: {}, raw: null, score: null,
    band: null, status: 'missing', tieKey: [], rank: null, order: 0,
  };
}

/** Scores of a phase with its own cards (or a plain `Đợt`): SPEC §3.1–§3.4, §3.6. */
function scoreFromCards(data: SchoolData, phase: Phase, kind: Kind, participants: Participant[], problems: Problem[]): KindScores {
  const criteria = phaseCriteria(data, phase.id, kind);
  const denominator = criteria.reduce((acc, c) => acc + c.weight * c.max, 0);
  if (criteria.length === 0) return { scored: false, participants: participants.map(blank) };
  if (!(denominator > 0)) {
    problems.push({ severity: 'error', where: { sheet: 'Tiêu chí' }, message: problem.noPositiveMax(kind, phase.id) });
    return { scored: false, participants: participants.map(blank) };
  }
  const decimals = data.config.decimals;
  const table = tallyMarks(data, phase.id, kind, participants, criteria, problems);
  const C = criteria.length;
  const scored = participants.map((p, i): Scored => {
    const result = blank(p);
    let raw = 0;
    let complete = true;
    for (let c = 0; c < C; c++) {
      const a = table.aggregates[i * C + c];
      if (a !== a) {
        complete = false;
        continue;
      }
      result.aggregates[criteria[c].id] = a;
      result.criteria[criteria[c].id] = roundHalfAway(a, decimals);
      raw += criteria[c].weight * a;
    }
    if (complete) {
      result.raw = roundHalfAway(raw, decimals);
      result.score = roundHalfAway((100 * raw) / denominator, decimals);
      result.band = bandOf(data.bands, result.score);
      result.status = 'ok';
    }
    return result;
  });
  return { scored: true, participants: scored };
}

/** Year end without its own cards for the kind (SPEC §8): weighted mean of the rounded `Đợt` scores. */
function scoreYear(data: SchoolData, phase: Phase, kind: Kind, participants: Participant[], problems: Problem[]): KindScores {
  const counted = data.phases.filter((p) => p.type === 'phase' && p.yearWeight !== 0);
  const totalWeight = counted.reduce((acc, p) => acc + p.yearWeight, 0);
  if (counted.length === 0 || !(totalWeight > 0)) {
    problems.push({ severity: 'error', where: { sheet: 'Đợt thi đua', row: phase.row }, message: problem.noYearPhases(kind, phase.id) });
    return { scored: false, participants: participants.map(blank) };
  }
  const perPhase = counted.map((p) => scoreFromCards(data, p, kind, participants, problems));
  if (perPhase.some((s) => !s.scored)) return { scored: false, participants: participants.map(blank) };
  const decimals = data.config.decimals;
  return {
    scored: true,
    participants: participants.map((p, i) => {
      const result = blank(p);
      let total = 0;
      for (let k = 0; k < counted.length; k++) {
        const score = perPhase[k].participants[i].score;
        if (score === null) return result;
        total += counted[k].yearWeight * score;
      }
      result.score = roundHalfAway(total / totalWeight, decimals);
      result.band = bandOf(data.bands, result.score);
      result.status = 'ok';
      return result;
    }),
  };
}

/** Whether the year-end phase uses the weighted mean for this kind (it has no cards of its own). */
export function usesYearMean(data: SchoolData, phase: Phase, kind: Kind): boolean {
  return phase.type === 'year' && cardsOf(data, phase.id, kind).length === 0;
}

/** Scores of every participant of a kind in a phase, in input order (unranked: rank null, order 0, tieKey []). */
export function scoreKind(data: SchoolData, phase: Phase, kind: Kind, problems: Problem[]): KindScores {
  const participants = participantsOf(data, kind);
  return usesYearMean(data, phase, kind)
    ? scoreYear(data, phase, kind, participants, problems)
    : scoreFromCards(data, phase, kind, participants, problems);
}

