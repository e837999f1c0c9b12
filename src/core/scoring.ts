// Scores of one kind in one phase (SPEC §3.1–§3.6, §8 Scores): marks → aggregates → 100-point score → band.
// Marks are accumulated into typed arrays per (participant, criterion); no object is allocated per mark.
import { CodeIndex, sameCode } from './codes';
import type { Aggregation, Band, Criterion, Kind, Phase, Problem, SchoolData, ScoreCard } from './model';
import { problem } from './messages';
import { roundHalfAway } from './numbers';
import type { Scored } from './ranked';
import { normaliseCards } from './fairness/normalise';
import type { PreparedCard } from './fairness/normalise';
import { SHEET } from './sheet-names';

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

/** `Đợt áp dụng` blank (every phase) or naming the phase (SPEC §3.1). */
export function appliesToPhase(criterion: Criterion, phaseId: string): boolean {
  return criterion.phases === null || criterion.phases.some((p) => sameCode(p, phaseId));
}

/** Criteria of a kind that apply to a phase: `Đợt áp dụng` blank or naming it. */
export function phaseCriteria(data: SchoolData, phaseId: string, kind: Kind): Criterion[] {
  return data.criteria.filter((c) => c.kind === kind && appliesToPhase(c, phaseId));
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

/** Reads every card of the phase for the kind, checks ranges and self-marks, and aggregates (SPEC §3.2–§3.3). */
export function tallyMarks(
  data: SchoolData,
  phaseId: string,
  kind: Kind,
  participants: readonly Participant[],
  criteria: Criterion[],
  problems: Problem[],
): MarkTable {
  const method = data.config.aggregation;
  const acc = new Accumulator(participants.length, criteria, method);
  const participantIndex = new CodeIndex(participants.map((p) => p.id));
  const criterionIndex = new CodeIndex(criteria.map((c) => c.id));
  const memberIndex = new CodeIndex(data.members.map((m) => m.id));
  // Only needed for unit self-marks and unknown rows: built on first use (an index of every staff code is large).
  let staffCodes: CodeIndex | null = null;
  const staffIndex = (): CodeIndex => (staffCodes ??= new CodeIndex(data.staff.map((s) => s.id)));

  const cards = cardsOf(data, phaseId, kind);
  const normalised = data.config.normaliseMarks
    ? normalisedValues(data, kind, cards, participantIndex, participants.length, criterionIndex, memberIndex, criteria, staffIndex)
    : null;
  cards.forEach((card) => {
    const m = memberIndex.get(card.memberId);
    if (m < 0) {
      problems.push({ severity: 'error', where: { sheet: card.sheet }, message: problem.unknownMember(card.memberId) });
      return;
    }
    const self = selfIndex(data, kind, data.members[m].staffId, participantIndex, staffIndex);
    const columns = Int32Array.from(card.criterionIds, (id) => criterionIndex.get(id));
    const rows = cardRows(card, kind, participantIndex, participants.length, staffIndex, problems);
    for (const cell of acc.addCard(card.values, rows, columns, self, normalised?.get(card))) {
      const r = Math.floor(cell / columns.length);
      const j = cell % columns.length;
      const v = card.values[cell];
      const c = criteria[columns[j]];
      const message = v > c.max ? problem.markAbove(v, c.max) : problem.markBelow(v, c.min);
      problems.push({ severity: 'error', where: { sheet: card.sheet, row: card.rows[r], col: card.cols[j] }, message });
    }
  });
  return { criteria, aggregates: acc.aggregates() };
}

/**
 * `Chuẩn hóa điểm theo thành viên` = Có: each card's values after normalisation (see fairness/normalise.ts). The
 * rows are mapped here without reporting: the main loop of tallyMarks maps them again and reports each problem once.
 */
function normalisedValues(
  data: SchoolData,
  kind: Kind,
  cards: ScoreCard[],
  participantIndex: CodeIndex,
  participantCount: number,
  criterionIndex: CodeIndex,
  memberIndex: CodeIndex,
  criteria: Criterion[],
  staffIndex: () => CodeIndex,
): Map<ScoreCard, Float64Array> {
  const reportedByTheMainLoop: Problem[] = [];
  const prepared: (PreparedCard & { card: ScoreCard })[] = [];
  for (const card of cards) {
    const member = memberIndex.get(card.memberId);
    if (member < 0) continue;
    prepared.push({
      card,
      values: card.values,
      rows: cardRows(card, kind, participantIndex, participantCount, staffIndex, reportedByTheMainLoop),
      columns: Int32Array.from(card.criterionIds, (id) => criterionIndex.get(id)),
      self: selfIndex(data, kind, data.members[member].staffId, participantIndex, staffIndex),
      member,
    });
  }
  const mins = Float64Array.from(criteria, (c) => c.min);
  const maxs = Float64Array.from(criteria, (c) => c.max);
  const values = normaliseCards(prepared, mins, maxs, data.members.length);
  return new Map(prepared.map((p, i) => [p.card, values[i]]));
}

/** Running count, sum (and min/max or the marks themselves when the method needs them) per (participant, criterion). */
class Accumulator {
  private readonly count: Uint32Array;
  private readonly sum: Float64Array;
  private readonly lo: Float64Array | null;
  private readonly hi: Float64Array | null;
  private readonly marks: number[][] | null;
  private readonly mins: Float64Array;
  private readonly maxs: Float64Array;

  constructor(participants: number, criteria: readonly Criterion[], method: Aggregation) {
    const cells = participants * criteria.length;
    this.count = new Uint32Array(cells);
    this.sum = new Float64Array(cells);
    this.lo = method === 'trimmed' ? new Float64Array(cells).fill(Infinity) : null;
    this.hi = method === 'trimmed' ? new Float64Array(cells).fill(-Infinity) : null;
    this.marks = method === 'median' ? Array.from({ length: cells }, () => []) : null;
    this.mins = Float64Array.from(criteria, (c) => c.min);
    this.maxs = Float64Array.from(criteria, (c) => c.max);
  }

  /**
   * Adds a card's marks; returns the value indexes that were out of range (not used). Self-marks are checked, not used.
   * `used`: the values to accumulate when they differ from the typed ones (normalised marks); ranges are checked on `values`.
   */
  addCard(values: Float64Array, rows: Int32Array, columns: Int32Array, self: number, used: Float64Array = values): number[] {
    const { count, sum, lo, hi, marks, mins, maxs } = this;
    const width = columns.length;
    const C = mins.length;
    const outOfRange: number[] = [];
    for (let r = 0; r < rows.length; r++) {
      const p = rows[r];
      if (p < 0) continue;
      const own = p === self;
      const rowBase = r * width;
      const cellBase = p * C;
      for (let j = 0; j < width; j++) {
        const c = columns[j];
        const v = values[rowBase + j];
        if (c < 0 || v !== v) continue; // not a criterion of the phase, or blank
        if (v < mins[c] || v > maxs[c]) {
          outOfRange.push(rowBase + j);
          continue;
        }
        if (own) continue;
        const cell = cellBase + c;
        const u = used[rowBase + j];
        count[cell] += 1;
        sum[cell] += u;
        if (lo !== null && hi !== null) {
          if (u < lo[cell]) lo[cell] = u;
          if (u > hi[cell]) hi[cell] = u;
        }
        if (marks !== null) marks[cell].push(u);
      }
    }
    return outOfRange;
  }

  /** Exact aggregate per cell; NaN when nobody scored. Written over the sums: no second large buffer per call. */
  aggregates(): Float64Array {
    const { count, sum, lo, hi, marks } = this;
    const result = sum;
    for (let cell = 0; cell < count.length; cell++) {
      const n = count[cell];
      if (n === 0) result[cell] = NaN;
      else if (lo !== null && hi !== null && n >= 3) result[cell] = (sum[cell] - lo[cell] - hi[cell]) / (n - 2);
      else if (marks !== null) result[cell] = median(marks[cell]);
      else result[cell] = sum[cell] / n;
    }
    return result;
  }
}

function median(values: number[]): number {
  values.sort((a, b) => a - b);
  const mid = values.length >> 1;
  return values.length % 2 === 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

/** The participant a member must not mark (SPEC §3.2): themself, or for units their own unit; -1 when none. */
export function selfIndex(data: SchoolData, kind: Kind, staffId: string, participants: CodeIndex, staff: () => CodeIndex): number {
  if (!data.config.excludeSelfMarks || staffId === '') return -1;
  if (kind === 'staff') return participants.get(staffId);
  const s = staff().get(staffId);
  return s < 0 ? -1 : participants.get(data.staff[s].unitId);
}

/** Participant index of each card row; -1 for rows to skip (unknown codes and duplicates are reported). */
export function cardRows(
  card: ScoreCard,
  kind: Kind,
  participants: CodeIndex,
  participantCount: number,
  staff: () => CodeIndex,
  problems: Problem[],
): Int32Array {
  const rows = new Int32Array(card.participantIds.length);
  const seen = new Uint8Array(participantCount);
  card.participantIds.forEach((id, r) => {
    const p = id === '' ? -1 : participants.get(id);
    rows[r] = -1;
    if (p >= 0 && seen[p] === 1) {
      problems.push({ severity: 'error', where: { sheet: card.sheet, row: card.rows[r] }, message: problem.duplicateRow(id) });
    } else if (p >= 0) {
      seen[p] = 1;
      rows[r] = p;
    } else if (id !== '' && !(kind === 'staff' && staff().get(id) >= 0)) {
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
    kind: p.kind,
    id: p.id,
    name: p.name,
    unitId: p.unitId,
    criteria: {},
    raw: null,
    score: null,
    band: null,
    status: 'missing',
    tieKey: [],
    rank: null,
    order: 0,
  };
}

/** Scores of a phase with its own cards (or a plain `Đợt`): SPEC §3.1–§3.4, §3.6. */
function scoreFromCards(data: SchoolData, phase: Phase, kind: Kind, participants: Participant[], problems: Problem[]): KindScores {
  const criteria = phaseCriteria(data, phase.id, kind);
  const denominator = criteria.reduce((acc, c) => acc + c.weight * c.max, 0);
  if (criteria.length === 0) return { scored: false, participants: participants.map(blank) };
  if (!Number.isFinite(denominator)) {
    problems.push({ severity: 'error', where: { sheet: SHEET.criteria }, message: problem.nonFiniteScore(kind, phase.id) });
    return { scored: false, participants: participants.map(blank) };
  }
  if (!(denominator > 0)) {
    problems.push({ severity: 'error', where: { sheet: SHEET.criteria }, message: problem.noPositiveMax(kind, phase.id) });
    return { scored: false, participants: participants.map(blank) };
  }
  const decimals = data.config.decimals;
  const table = tallyMarks(data, phase.id, kind, participants, criteria, problems);
  const C = criteria.length;
  // Every record starts as a copy of one template, so all share one shape: no property-by-property growth.
  const template: Record<string, number> = Object.fromEntries(criteria.map((c) => [c.id, 0]));
  let nonFinite = false;
  const scored = participants.map((p, i): Scored => {
    const result = blank(p);
    result.criteria = { ...template };
    let raw = 0;
    let complete = true;
    for (let c = 0; c < C; c++) {
      const id = criteria[c].id;
      const a = table.aggregates[i * C + c];
      if (a !== a) {
        complete = false;
        delete result.criteria[id];
        continue;
      }
      result.criteria[id] = roundHalfAway(a, decimals);
      raw += criteria[c].weight * a;
    }
    if (complete) {
      const score = roundHalfAway((100 * raw) / denominator, decimals);
      // a score is a finite number or there is none: never `ok` with NaN/∞ (reported once below)
      if (!Number.isFinite(score) || !Number.isFinite(raw)) {
        nonFinite = true;
        return result;
      }
      result.raw = roundHalfAway(raw, decimals);
      result.score = score;
      result.band = bandOf(data.bands, result.score);
      result.status = 'ok';
    }
    return result;
  });
  if (nonFinite) problems.push({ severity: 'error', where: { sheet: SHEET.criteria }, message: problem.nonFiniteScore(kind, phase.id) });
  return { scored: true, participants: scored };
}

/** Year end without its own cards for the kind (SPEC §8): weighted mean of the rounded `Đợt` scores. */
function scoreYear(data: SchoolData, phase: Phase, kind: Kind, participants: Participant[], problems: Problem[]): KindScores {
  // A kind without criteria has no scores; that is reported only by an award that uses them (SPEC §8).
  if (!data.criteria.some((c) => c.kind === kind)) return { scored: false, participants: participants.map(blank) };
  const counted = data.phases.filter((p) => p.type === 'phase' && p.yearWeight !== 0);
  const totalWeight = counted.reduce((acc, p) => acc + p.yearWeight, 0);
  if (counted.length === 0 || !(totalWeight > 0)) {
    problems.push({ severity: 'error', where: { sheet: SHEET.phases, row: phase.row }, message: problem.noYearPhases(kind, phase.id) });
    return { scored: false, participants: participants.map(blank) };
  }
  const perPhase = counted.map((p) => scoreFromCards(data, p, kind, participants, problems));
  if (perPhase.some((s) => !s.scored)) return { scored: false, participants: participants.map(blank) };
  const decimals = data.config.decimals;
  let nonFinite = false;
  const scored = participants.map((p, i) => {
    const result = blank(p);
    let total = 0;
    for (let k = 0; k < counted.length; k++) {
      const score = perPhase[k].participants[i].score;
      if (score === null) return result;
      total += counted[k].yearWeight * score;
    }
    const score = roundHalfAway(total / totalWeight, decimals);
    if (!Number.isFinite(score)) {
      nonFinite = true;
      return result;
    }
    result.score = score;
    result.band = bandOf(data.bands, result.score);
    result.status = 'ok';
    return result;
  });
  if (nonFinite)
    problems.push({ severity: 'error', where: { sheet: SHEET.phases, row: phase.row }, message: problem.nonFiniteScore(kind, phase.id) });
  return { scored: true, participants: scored };
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
