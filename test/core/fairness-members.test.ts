// How each member marked (leniency, divergence), the council's agreement on a school, what one member's marks
// decide, and what normalisation removes: on small schools built so that every expected value is known.
import fc from 'fast-check';
import { phaseFairness } from '../../src/core/fairness';
import { agreementOf } from '../../src/core/fairness/agreement';
import { chiSquareSurvival } from '../../src/core/fairness/gamma';
import { memberMarks } from '../../src/core/fairness/member-marks';
import { fairnessText } from '../../src/core/fairness/messages';
import { sensitivity } from '../../src/core/fairness/sensitivity';
import type { Config, SchoolData } from '../../src/core/model';
import { tallyPhase } from '../../src/core/tally';
import { addAward, addCard, addCriterion, addMembers, addStaff, addUnit, award, emptySchool } from './school-builder';

const IDS = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'];
/** each participant's "true" mark out of 10: P1 best */
const TRUE = [8, 7.5, 7, 6.5, 6, 5.5];

/**
 * Six teachers, one criterion (0–10), a quota of 2 giấy khen; TV01 and TV02 mark everyone at the true level; TV03
 * marks only P3–P6, with `shift` added (2 = the lenient member: P3 then overtakes P2 on the raw marks).
 */
function school(shift: number, config: Partial<Config> = {}): SchoolData {
  const d = emptySchool(config);
  addUnit(d, 'T1');
  IDS.forEach((id, i) => addStaff(d, id, `Người ${i + 1}`, 'T1'));
  addMembers(d, 3);
  addCriterion(d, { id: 'TC', max: 10 });
  const all = Object.fromEntries(IDS.map((id, i) => [id, [TRUE[i]]]));
  addCard(d, 'TV01', ['TC'], all);
  addCard(d, 'TV02', ['TC'], all);
  addCard(d, 'TV03', ['TC'], Object.fromEntries(IDS.slice(2).map((id, i) => [id, [TRUE[i + 2] + shift]])));
  addAward(d, { code: 'GK', count: 2 });
  return d;
}

const recipients = (d: SchoolData): string[] => award(tallyPhase(d, 'D1'), 'GK').recipients;

describe('a member who adds 2 to every mark', () => {
  it('changes a decision on raw marks, and is flagged `dễ` with the deviation in points and SDs', () => {
    const d = school(2);
    expect(recipients(d)).toEqual(['P1', 'P3']);
    expect(recipients(school(0))).toEqual(['P1', 'P2']);
    const f = phaseFairness(d, 'D1', tallyPhase(d, 'D1'));
    const tv03 = f.members.find((m) => m.id === 'TV03');
    expect(tv03).toMatchObject({ kind: 'staff', marked: 4, compared: 4, flag: 'dễ' });
    expect(tv03?.deviation).toBeCloseTo(20, 9); // 2 marks out of 10 = 20 points of 100
    expect(tv03?.rho).toBeCloseTo(1, 12);
    const scores = tallyPhase(d, 'D1').participants.flatMap((p) => (p.kind === 'staff' && p.score !== null ? [p.score] : []));
    const meanScore = scores.reduce((a, b) => a + b, 0) / scores.length;
    const sd = Math.sqrt(scores.reduce((a, s) => a + (s - meanScore) ** 2, 0) / (scores.length - 1));
    expect(tv03?.deviationSd).toBeCloseTo(20 / sd, 9);
    // TV01 and TV02 sit below TV03 on P3–P6 by 2 × 1/3 of a mark: not enough for a flag
    expect(f.members.filter((m) => m.id !== 'TV03').map((m) => m.flag)).toEqual([null, null]);
    expect(fairnessText.flag(tv03 ?? f.members[0])).toMatch(
      /^TV03 chấm cao hơn trung bình Hội đồng 20,0 điểm \(\d+,\d độ lệch chuẩn\) ở phần chấm cá nhân, so trên 4 người/,
    );
  });

  it('normalisation removes their effect on decisions exactly: the same recipients and scores as without the +2', () => {
    const lenient = tallyPhase(school(2, { normaliseMarks: true }), 'D1');
    const neutral = tallyPhase(school(0, { normaliseMarks: true }), 'D1');
    expect(award(lenient, 'GK').recipients).toEqual(['P1', 'P2']);
    expect(award(lenient, 'GK').recipients).toEqual(award(neutral, 'GK').recipients);
    expect(lenient.participants.map((p) => [p.id, p.rank])).toEqual(neutral.participants.map((p) => [p.id, p.rank]));
    // the reasons say the decision rests on normalised marks; off, they are today's
    expect(lenient.participants.find((p) => p.id === 'P3')?.reasons.GK).toBe(`Xếp sau chỉ tiêu (2/2) — ${fairnessText.normalisedNote}`);
    expect(tallyPhase(school(2), 'D1').participants.find((p) => p.id === 'P2')?.reasons.GK).toBe('Xếp sau chỉ tiêu (2/2)');
  });

  it('with normalisation on, the flags still describe the raw marks, and the report says what raw marks would give', () => {
    const d = school(2, { normaliseMarks: true });
    const f = phaseFairness(d, 'D1', tallyPhase(d, 'D1'));
    expect(f.members.find((m) => m.id === 'TV03')?.flag).toBe('dễ');
    expect(f.normalisation).toEqual({ on: true, changes: [{ award: 'GK', kind: 'staff', lost: ['P2'], gained: ['P3'] }] });
  });

  it('is the one member whose marks decide: leaving TV03 out gives P2 the seat; TV01 or TV02 alone changes nothing', () => {
    const d = school(2);
    const list = sensitivity(d, 'D1', tallyPhase(d, 'D1'));
    expect(list).toEqual([{ member: 'TV03', name: 'TV03', changes: [{ award: 'GK', kind: 'staff', lost: ['P3'], gained: ['P2'] }] }]);
    const names = (_kind: string, id: string) => `Người ${id.slice(1)}`;
    expect(fairnessText.withoutMember(list[0].member, list[0].changes, names)).toBe(
      'Nếu không tính điểm của TV03: Người 3 không còn GK, Người 2 được GK.',
    );
    expect(sensitivity(school(0), 'D1', tallyPhase(school(0), 'D1'))).toEqual([]);
  });

  it('leaves the school as it was (the reruns use a copy)', () => {
    const d = school(2);
    const cards = d.cards.length;
    phaseFairness(d, 'D1', tallyPhase(d, 'D1'));
    expect(d.cards).toHaveLength(cards);
    expect(d.config.normaliseMarks).toBe(false);
  });
});

describe('a member whose marks are reversed', () => {
  it('is flagged `khác biệt` (first, whatever the deviation)', () => {
    const d = emptySchool();
    addUnit(d, 'T1');
    IDS.forEach((id, i) => addStaff(d, id, `Người ${i + 1}`, 'T1'));
    addMembers(d, 4);
    addCriterion(d, { id: 'TC1', max: 10 });
    addCriterion(d, { id: 'TC2', max: 10, weight: 2 });
    const noise = [0, 0.5, -0.5];
    for (let m = 0; m < 3; m++) {
      addCard(d, `TV0${m + 1}`, ['TC1', 'TC2'], Object.fromEntries(IDS.map((id, i) => [id, [TRUE[i] + noise[(i + m) % 3], TRUE[i]]])));
    }
    // TV04: the best gets the worst mark, plus 2 (lenient too: `khác biệt` wins)
    addCard(d, 'TV04', ['TC1', 'TC2'], Object.fromEntries(IDS.map((id, i) => [id, [TRUE[5 - i] + 2, TRUE[5 - i] + 2]])));
    const f = phaseFairness(d, 'D1', tallyPhase(d, 'D1'));
    const tv04 = f.members.find((m) => m.id === 'TV04');
    expect(tv04?.rho).toBeLessThan(-0.9);
    expect(tv04?.flag).toBe('khác biệt');
    expect(fairnessText.flag(tv04 ?? f.members[0])).toContain('xếp thứ tự khác hẳn các thành viên còn lại');
    expect(f.members.filter((m) => m.id !== 'TV04').every((m) => m.flag !== 'khác biệt')).toBe(true);
  });
});

describe('self-marks and the agreement of a school', () => {
  it('does not count a member’s mark of themself; W is computed over the participants every member scored', () => {
    const d = emptySchool();
    addUnit(d, 'T1');
    IDS.forEach((id, i) => addStaff(d, id, `Người ${i + 1}`, 'T1'));
    addMembers(d, 2, ['P1', '']);
    addCriterion(d, { id: 'TC', max: 10 });
    const all = Object.fromEntries(IDS.map((id, i) => [id, [TRUE[i]]]));
    addCard(d, 'TV01', ['TC'], all);
    addCard(d, 'TV02', ['TC'], all);
    const table = memberMarks(d, 'D1', 'staff');
    const f = phaseFairness(d, 'D1', tallyPhase(d, 'D1'));
    expect(f.members.map((m) => [m.id, m.marked])).toEqual([
      ['TV01', 5],
      ['TV02', 6],
    ]);
    expect(agreementOf(table)).toMatchObject({ method: 'complete', participants: 5, members: 2, df: 4, reading: 'high' });
    expect(agreementOf(table)?.w).toBeCloseTo(1, 12);
  });

  it('W = 1 when every member ranks alike, whatever their scale; pairwise when fewer than 5 are marked by all', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 20 }), { minLength: 6, maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 2, maxLength: 6 }),
        (levels, offsets) => {
          const d = emptySchool();
          addUnit(d, 'T1');
          levels.forEach((_, i) => addStaff(d, `P${i}`, `Người ${i}`, 'T1'));
          addMembers(d, offsets.length);
          addCriterion(d, { id: 'TC', max: 30 });
          offsets.forEach((o, m) =>
            addCard(d, `TV0${m + 1}`, ['TC'], Object.fromEntries(levels.map((x, i) => [`P${i}`, [x + o * ((m % 2) + 1)]]))),
          );
          const a = agreementOf(memberMarks(d, 'D1', 'staff'));
          expect(a?.method).toBe('complete');
          expect(a?.w).toBeCloseTo(1, 12);
          expect(a?.p).toBeCloseTo(chiSquareSurvival(offsets.length * (levels.length - 1), levels.length - 1), 12);
          // each of 3 members skips a different participant: 3 of 6 are marked by all (< 5), each pair shares 4
          const holes = emptySchool();
          addUnit(holes, 'T1');
          levels.slice(0, 6).forEach((_, i) => addStaff(holes, `P${i}`, `Người ${i}`, 'T1'));
          addMembers(holes, 3);
          addCriterion(holes, { id: 'TC', max: 30 });
          for (let m = 0; m < 3; m++) {
            const marks = Object.fromEntries(levels.slice(0, 6).map((x, i) => [`P${i}`, [i === m ? null : x]]));
            addCard(holes, `TV0${m + 1}`, ['TC'], marks);
          }
          const pairwise = agreementOf(memberMarks(holes, 'D1', 'staff'));
          expect(pairwise).toMatchObject({ method: 'pairwise', chi2: null, p: null });
          expect(pairwise?.w).toBeCloseTo(1, 12);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('normalisation, whatever the member’s habit', () => {
  it('a member who marks on their own scale (k·x + s, k > 0) decides exactly what the same member on the common scale decides', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 10, max: 50 }), { minLength: 5, maxLength: 9 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 3 }),
        (levels, scale, shift, quota) => {
          const build = (k: number, s: number): SchoolData => {
            const d = emptySchool({ normaliseMarks: true });
            addUnit(d, 'T1');
            levels.forEach((_, i) => addStaff(d, `P${i}`, `Người ${i}`, 'T1'));
            addMembers(d, 3);
            addCriterion(d, { id: 'TC', max: 400 });
            addCard(d, 'TV01', ['TC'], Object.fromEntries(levels.map((x, i) => [`P${i}`, [x]])));
            addCard(d, 'TV02', ['TC'], Object.fromEntries(levels.map((x, i) => [`P${i}`, [x + (i % 2)]])));
            // TV03 marks every other participant, in their own way
            addCard(d, 'TV03', ['TC'], Object.fromEntries(levels.flatMap((x, i) => (i % 2 === 0 ? [[`P${i}`, [k * (60 - x) + s]]] : []))));
            addAward(d, { code: 'GK', count: quota });
            return d;
          };
          // The council's scale is the pooled marks, so it moves with the member's habit: the normalised scores of two
          // participants keep their order but may round to the same value on one scale and not the other. Cases with
          // two scores within two rounding steps (0,02) are left out.
          const scores = (d: SchoolData) => tallyPhase(d, 'D1').participants.filter((p) => p.kind === 'staff');
          const own = scores(build(scale, shift));
          const common = scores(build(1, 0));
          for (const list of [common.map((p) => p.score as number), own.map((p) => p.score as number)]) {
            fc.pre(list.every((x, i) => i === 0 || list[i - 1] - x > 0.02));
          }
          expect(own.map((p) => p.id)).toEqual(common.map((p) => p.id));
          expect(recipients(build(scale, shift))).toEqual(recipients(build(1, 0)));
        },
      ),
      { numRuns: 60 },
    );
  });
});
