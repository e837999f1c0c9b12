import { apportion } from '../../src/core/apportion';
import type { ApportionMethod, SchoolData } from '../../src/core/model';
import { tallyPhase } from '../../src/core/tally';
import { addAward, addUnit, scoredSchool, award, person } from './school-builder';

/** T1: 4 active staff (+1 inactive), T2: 2, T3: 2 (one a Lớp), T4: none. Quota 4 by head-count → 2, 1, 1, 0. */
function school(scores: Partial<Record<string, number>> = {}): SchoolData {
  const s = (id: string, fallback: number): number => scores[id] ?? fallback;
  const d = scoredSchool([
    ['A1', 'An', 'T1', s('A1', 90)],
    ['A2', 'Bình', 'T1', s('A2', 85)],
    ['A3', 'Cúc', 'T1', s('A3', 80)],
    ['A4', 'Dung', 'T1', s('A4', 60)],
    ['A5', 'Em', 'T1', 99, { active: false }],
    ['B1', 'Giang', 'T2', s('B1', 95)],
    ['B2', 'Hà', 'T2', s('B2', 50)],
    ['C1', 'Khoa', 'T3', s('C1', 70)],
    ['C2', 'Lan', 'T3', s('C2', 65)],
  ]);
  d.units[2].type = 'Lớp';
  addUnit(d, 'T4');
  return d;
}

describe('split among units', () => {
  it('splits the quota by active head-count, every unit listed, and fills each unit by rank inside it', () => {
    const d = school();
    addAward(d, { code: 'GK', count: 4, splitByUnit: true });
    const t = tallyPhase(d, 'D1');
    expect(award(t, 'GK')).toEqual({
      code: 'GK',
      name: 'GK',
      kind: 'staff',
      quota: 4,
      byUnit: { T1: 2, T2: 1, T3: 1, T4: 0 },
      recipients: ['B1', 'A1', 'A2', 'C1'],
      pending: [],
      open: 0,
    });
    expect(person(t, 'A3').reasons.GK).toBe('Xếp sau chỉ tiêu của tổ (2/2)');
    expect(person(t, 'C2').reasons.GK).toBe('Xếp sau chỉ tiêu của lớp (1/1)');
  });

  it('uses the configured apportionment method', () => {
    for (const method of ['hamilton', 'dhondt', 'sainte-lague'] as ApportionMethod[]) {
      const d = school();
      d.config.apportionment = method;
      addAward(d, { code: 'GK', count: 3, splitByUnit: true });
      const [t1, t2, t3, t4] = apportion(method, 3, [4, 2, 2, 0]);
      expect(award(tallyPhase(d, 'D1'), 'GK').byUnit).toEqual({ T1: t1, T2: t2, T3: t3, T4: t4 });
    }
  });

  it('refills unused seats school-wide by rank; byUnit stays the apportionment before the refill', () => {
    const d = school();
    addAward(d, { code: 'GK', count: 4, splitByUnit: true, minScore: 75 }); // T3 has nobody eligible
    const t = tallyPhase(d, 'D1');
    expect(award(t, 'GK')).toMatchObject({ byUnit: { T1: 2, T2: 1, T3: 1, T4: 0 }, recipients: ['B1', 'A1', 'A2', 'A3'], open: 0 });
    expect(person(t, 'A3').awards).toEqual(['GK']);
    expect(person(t, 'A3').reasons).toEqual({});
    expect(person(t, 'C1').reasons.GK).toBe('Điểm 70,00 < điểm sàn 75');
  });

  it('a unit with no eligible candidate leaves its seats to the refill; unfilled seats stay open', () => {
    const d = school();
    addAward(d, { code: 'GK', count: 4, splitByUnit: true, minScore: 90 });
    const t = tallyPhase(d, 'D1');
    expect(award(t, 'GK')).toMatchObject({ recipients: ['B1', 'A1'], open: 2 });
  });

  it("seats held for a unit's pending tie are not refilled", () => {
    const d = school({ A2: 85, A3: 85, A4: 78 });
    d.config.womenPriority = false;
    addAward(d, { code: 'GK', count: 4, splitByUnit: true, minScore: 75 });
    const t = tallyPhase(d, 'D1');
    // T1: A1 wins, A2/A3 tie for the last T1 seat → pending, seat held; only T3's unused seat is refilled (by A4)
    expect(award(t, 'GK')).toMatchObject({ recipients: ['B1', 'A1', 'A4'], pending: ['A2', 'A3'], open: 1 });
  });

  it('a tie at the refill cut follows the same rule', () => {
    const d = school({ A3: 80, A4: 80 });
    d.config.womenPriority = false;
    addAward(d, { code: 'GK', count: 4, splitByUnit: true, minScore: 75 }); // one refill seat for A3/A4, tied
    const t = tallyPhase(d, 'D1');
    expect(award(t, 'GK')).toMatchObject({ recipients: ['B1', 'A1', 'A2'], pending: ['A3', 'A4'], open: 1 });
    expect(person(t, 'A3').reasons.GK).toBe('Chờ Hội đồng quyết định');
  });

  it('no active staff at all: every seat stays open', () => {
    const d = school();
    for (const s of d.staff) s.active = false;
    addAward(d, { code: 'GK', count: 3, splitByUnit: true, method: 'standard' });
    const t = tallyPhase(d, 'D1');
    expect(award(t, 'GK')).toMatchObject({ quota: 3, byUnit: { T1: 0, T2: 0, T3: 0, T4: 0 }, recipients: [], open: 3 });
  });

  it('a split on a unit award or an unlimited award is ignored with a warning', () => {
    const d = school();
    addAward(d, { code: 'ALL', method: 'standard', splitByUnit: true });
    const t = tallyPhase(d, 'D1');
    expect(award(t, 'ALL').byUnit).toBeUndefined();
    expect(award(t, 'ALL').recipients).toHaveLength(8);
    expect(t.problems.map((p) => p.severity)).toEqual(['warning']);
  });
});
