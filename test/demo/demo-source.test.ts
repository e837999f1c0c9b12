// The demo's readable source is consistent: codes unique, every reference resolves, the school looks like the one
// the issue describes.
import {
  AWARDS,
  CATALOG,
  COUNCIL,
  CRITERIA,
  PHASES,
  STAFF,
  UNITS,
  VOTES,
  activeStaff,
  emailOf,
  registrations,
} from '../../sheets-templates/demo-school';
import { key } from '../../src/core/codes';

function duplicates(codes: string[]): string[] {
  const seen = new Set<string>();
  return codes.filter((c) => (seen.has(key(c)) ? true : (seen.add(key(c)), false)));
}

function list(cell: unknown): string[] {
  return typeof cell === 'string' && cell.trim() !== '' ? cell.split(',').map((c) => c.trim()) : [];
}

const unitIds = new Set(UNITS.map((u) => u.id));
const staffIds = new Set(STAFF.map((s) => s.id));
const phaseIds = new Set(PHASES.map((p) => p.id));

describe('demo source: codes', () => {
  test.each([
    ['units', UNITS.map((u) => u.id)],
    ['staff', STAFF.map((s) => s.id)],
    ['council', COUNCIL.map((m) => m.id)],
    ['phases', PHASES.map((p) => p.id)],
    ['criteria', CRITERIA.map((c) => c.id)],
    ['catalogue', CATALOG.map((c) => c.id)],
    ['awards per phase', AWARDS.map((a) => `${String(a['Mã đợt'])}/${String(a['Mã khen thưởng'])}`)],
    ['staff and unit codes together', [...STAFF.map((s) => s.id), ...UNITS.map((u) => u.id)]],
    ['staff emails', STAFF.map((s) => emailOf(s.name))],
  ])('%s are unique', (_what, codes) => {
    expect(duplicates(codes)).toEqual([]);
  });

  test('codes have no spaces (card sheet names are split on spaces)', () => {
    const codes = [...UNITS.map((u) => u.id), ...COUNCIL.map((m) => m.id), ...PHASES.map((p) => p.id), ...CRITERIA.map((c) => c.id)];
    expect(codes.filter((c) => /\s/.test(c))).toEqual([]);
  });
});

describe('demo source: references', () => {
  test('every staff member belongs to a unit, every council member is staff', () => {
    expect(STAFF.filter((s) => !unitIds.has(s.unit)).map((s) => s.id)).toEqual([]);
    expect(COUNCIL.filter((m) => !staffIds.has(m.staffId)).map((m) => m.id)).toEqual([]);
    expect(duplicates(COUNCIL.map((m) => m.staffId))).toEqual([]);
  });

  test('every award row names a phase, and the awards it needs are processed earlier in that phase', () => {
    for (const award of AWARDS) {
      const phase = String(award['Mã đợt']);
      expect(phaseIds.has(phase)).toBe(true);
      const order = Number(award['Thứ tự xét']);
      const earlier = new Set(
        AWARDS.filter((a) => a['Mã đợt'] === phase && Number(a['Thứ tự xét']) < order).map((a) => String(a['Mã khen thưởng'])),
      );
      const needed = [...list(award['Cần khen thưởng']), ...list(award['Thành viên đạt']), ...list(award['Có thành viên đạt'])];
      expect(needed.filter((code) => !earlier.has(code))).toEqual([]);
    }
  });

  test('registrations name catalogue entries of the registrant’s kind', () => {
    const kindOf = new Map(CATALOG.map((c) => [c.id, c.kind]));
    for (const r of registrations()) {
      const kind = unitIds.has(r.id) ? 'Tập thể' : 'Cá nhân';
      expect(unitIds.has(r.id) || staffIds.has(r.id)).toBe(true);
      for (const code of list(r.codes)) expect([r.id, code, kindOf.get(code)]).toEqual([r.id, code, kind]);
    }
  });

  test('ballots are for active staff and for awards of their phase, with at most one vote per member', () => {
    const active = new Set(activeStaff().map((s) => s.id));
    for (const v of VOTES) {
      expect(active.has(v.id)).toBe(true);
      expect(AWARDS.some((a) => a['Mã đợt'] === v.phase && a['Mã khen thưởng'] === v.award)).toBe(true);
      expect(v.agree).toBeGreaterThanOrEqual(0);
      expect(v.agree).toBeLessThanOrEqual(COUNCIL.length);
    }
    expect(duplicates(VOTES.map((v) => `${v.phase}/${v.award}/${v.id}`))).toEqual([]);
  });
});

describe('demo source: the school of the issue', () => {
  test('criteria maxima sum to 100 per kind, and every minimum is below its maximum', () => {
    for (const kind of ['Cá nhân', 'Tập thể'] as const) {
      expect(CRITERIA.filter((c) => c.kind === kind).reduce((sum, c) => sum + c.max, 0)).toBe(100);
    }
    expect(CRITERIA.filter((c) => c.min >= c.max).map((c) => c.id)).toEqual([]);
  });

  test('about 45 active staff in 5 tổ and the office, mostly women, exactly one inactive', () => {
    const active = activeStaff();
    expect(active.length).toBeGreaterThanOrEqual(40);
    expect(active.length).toBeLessThanOrEqual(50);
    expect(UNITS.filter((u) => u.type === 'Tổ')).toHaveLength(5);
    expect(UNITS.filter((u) => u.type === 'Bộ phận')).toHaveLength(1);
    expect(STAFF.length - active.length).toBe(1);
    const women = active.filter((s) => s.female).length;
    expect(women / active.length).toBeGreaterThan(0.75);
    expect(active.length - women).toBeGreaterThanOrEqual(3);
    for (const u of UNITS) expect(active.some((s) => s.unit === u.id)).toBe(true);
  });

  test('a council of 7, some of them staff', () => {
    expect(COUNCIL).toHaveLength(7);
    expect(COUNCIL.some((m) => m.staffId !== '')).toBe(true);
  });

  test('three phases and a year end with weights', () => {
    expect(PHASES.filter((p) => p.type === 'Đợt').map((p) => p.to)).toEqual(['20/11/2025', '03/02/2026', '19/05/2026']);
    expect(PHASES.filter((p) => p.type === 'Cả năm')).toHaveLength(1);
  });

  test('everyone active is registered, and every unit', () => {
    const registered = new Set(registrations().map((r) => r.id));
    expect(
      activeStaff()
        .filter((s) => !registered.has(s.id))
        .map((s) => s.id),
    ).toEqual([]);
    expect(UNITS.filter((u) => !registered.has(u.id)).map((u) => u.id)).toEqual([]);
  });

  test('some register CSTĐCS without meeting its conditions (HTXSNV or a recognised initiative)', () => {
    const wanting = registrations()
      .filter((r) => list(r.codes).includes('CSTDCS'))
      .map((r) => STAFF.find((s) => s.id === r.id))
      .filter((s) => s !== undefined && s.rating !== 'HTXSNV' && s.initiative !== true);
    expect(wanting.length).toBeGreaterThanOrEqual(1);
  });

  test('the CSTĐCS ballot has most candidates at ≥ 80% and one or two below', () => {
    const ballot = VOTES.filter((v) => v.phase === 'CN' && v.award === 'CSTDCS');
    const passing = ballot.filter((v) => v.agree / COUNCIL.length >= 0.8).length;
    expect(passing).toBeGreaterThan(ballot.length / 2);
    expect(passing).toBeLessThan(ballot.length);
  });

  test('the one or two disciplined staff use a level of SPEC §2', () => {
    const disciplined = STAFF.filter((s) => s.discipline !== undefined);
    expect(disciplined.length).toBeGreaterThanOrEqual(1);
    expect(disciplined.length).toBeLessThanOrEqual(2);
    for (const s of disciplined) expect(['Khiển trách', 'Cảnh cáo']).toContain(s.discipline);
  });
});
