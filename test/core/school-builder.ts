// Small hand-built schools for the engine tests.
import { noConditions } from '../../src/core/conditions/registry';
import { DEFAULT_CONFIG } from '../../src/core/model';
import type { AwardRule, Config, Criterion, Kind, SchoolData, ScoreCard, Staff } from '../../src/core/model';
import type { AwardResult, ParticipantResult, PhaseTally } from '../../src/core/result';

export function emptySchool(config: Partial<Config> = {}): SchoolData {
  return {
    config: { ...DEFAULT_CONFIG, ...config },
    units: [],
    staff: [],
    members: [],
    phases: [{ id: 'D1', name: 'Đợt 1', theme: '', from: '', to: '', type: 'phase', yearWeight: 1, row: 2 }],
    criteria: [],
    bands: [],
    catalog: [],
    awards: [],
    registrations: [],
    cards: [],
    votes: [],
  };
}

export function addUnit(d: SchoolData, id: string, type = 'Tổ'): void {
  d.units.push({ id, name: `Tổ ${id}`, type, row: d.units.length + 2 });
}

export function addStaff(d: SchoolData, id: string, name: string, unitId: string, fields: Partial<Staff> = {}): Staff {
  const s: Staff = {
    id,
    name,
    unitId,
    position: 'Giáo viên',
    gender: 'Nam',
    birthDate: '',
    email: '',
    monthsWorked: 12,
    discipline: 0,
    disciplineText: '',
    rating: 3,
    initiative: false,
    active: true,
    row: d.staff.length + 2,
    ...fields,
  };
  d.staff.push(s);
  return s;
}

export function addMembers(d: SchoolData, count: number, staffIds: string[] = []): void {
  for (let i = 0; i < count; i++) {
    const id = `TV${String(d.members.length + 1).padStart(2, '0')}`;
    d.members.push({ id, name: id, email: '', staffId: staffIds[i] ?? '', role: '', row: d.members.length + 2 });
  }
}

export function addCriterion(d: SchoolData, fields: Partial<Criterion> & { id: string }): void {
  d.criteria.push({
    text: fields.id,
    kind: 'staff',
    group: '',
    min: 0,
    max: 10,
    weight: 1,
    phases: null,
    tieBreak: null,
    row: d.criteria.length + 2,
    ...fields,
  });
}

/** A card: marks per participant id, aligned with `criteria`; null = blank. Rows from 2, criterion columns from D. */
export function addCard(
  d: SchoolData,
  memberId: string,
  criteria: string[],
  marks: Record<string, (number | null)[]>,
  opts: { kind?: Kind; phaseId?: string } = {},
): ScoreCard {
  const kind = opts.kind ?? 'staff';
  const phaseId = opts.phaseId ?? 'D1';
  const ids = Object.keys(marks);
  const values = new Float64Array(ids.length * criteria.length);
  ids.forEach((id, r) =>
    criteria.forEach((_, c) => {
      values[r * criteria.length + c] = marks[id][c] ?? NaN;
    }),
  );
  const card: ScoreCard = {
    sheet: `Chấm ${kind === 'unit' ? 'TT ' : ''}${phaseId} ${memberId}`,
    phaseId,
    memberId,
    kind,
    participantIds: ids,
    criterionIds: criteria,
    values,
    rows: ids.map((_, r) => r + 2),
    cols: criteria.map((_, c) => c + 4),
  };
  d.cards.push(card);
  return card;
}

export function addAward(d: SchoolData, fields: Partial<AwardRule> & { code: string }): AwardRule {
  const rule: AwardRule = {
    row: d.awards.length + 2,
    phaseId: 'D1',
    name: fields.code,
    kind: 'staff',
    method: 'quota',
    count: null,
    capPercent: null,
    capBase: null,
    targetPercent: null,
    ...noConditions(),
    splitByUnit: false,
    exclusionGroup: null,
    order: null,
    ...fields,
  };
  d.awards.push(rule);
  return rule;
}

export function addVotes(d: SchoolData, rows: [string, string, number][], phaseId = 'D1'): void {
  d.votes.push({
    sheet: `Phiếu ${phaseId}`,
    phaseId,
    rows: rows.map(([participantId, awardCode, agree], i) => ({ participantId, awardCode, agree, row: i + 2 })),
  });
}

/**
 * The usual award fixture: one criterion `TC` (0–100) and one council member `TV01` who is not staff, so each
 * staff's score is their mark. `people`: [id, name, unit, score | null, staff fields].
 */
export function scoredSchool(people: [string, string, string, number | null, Partial<Staff>?][], config: Partial<Config> = {}): SchoolData {
  const d = emptySchool(config);
  for (const unit of new Set(people.map((p) => p[2]))) addUnit(d, unit);
  for (const [id, name, unit, , fields] of people) addStaff(d, id, name, unit, fields ?? {});
  addMembers(d, 1);
  addCriterion(d, { id: 'TC', max: 100 });
  addCard(d, 'TV01', ['TC'], Object.fromEntries(people.map(([id, , , score]) => [id, [score]])));
  return d;
}

export function person(t: PhaseTally, id: string): ParticipantResult {
  const found = t.participants.find((p) => p.id === id);
  if (found === undefined) throw new Error(`no participant ${id}`);
  return found;
}

export function award(t: PhaseTally, code: string): AwardResult {
  const found = t.awards.find((a) => a.code === code);
  if (found === undefined) throw new Error(`no award ${code}`);
  return found;
}
