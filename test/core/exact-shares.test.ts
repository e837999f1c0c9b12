// Shares are compared with their thresholds exactly, as fractions; rounding is for display only (SPEC §8).
import fc from 'fast-check';
import { meetsShare, shownFailingShare } from '../../src/core/conditions/share';
import { tallyPhase } from '../../src/core/tally';
import { addAward, addMembers, addUnit, addVotes, person, scoredSchool } from './school-builder';

describe('meetsShare', () => {
  test('79,5% fails 80%; 4/5 = 80% meets 80%', () => {
    expect(meetsShare(159, 200, 80)).toBe(false);
    expect(meetsShare(4, 5, 80)).toBe(true);
    expect(meetsShare(160, 200, 80)).toBe(true);
  });

  test('2/3 against 66.67 and 66.66: the threshold is the decimal as written', () => {
    expect(meetsShare(2, 3, 66.67)).toBe(false);
    expect(meetsShare(2, 3, 66.66)).toBe(true);
    expect(meetsShare(6667, 10000, 66.67)).toBe(true);
    expect(meetsShare(6666, 10000, 66.67)).toBe(false);
  });

  test('binary noise in a threshold read from a percent cell (0.155 × 100) does not decide', () => {
    expect(meetsShare(31, 200, 0.155 * 100)).toBe(true);
    expect(meetsShare(3, 10, 0.1 * 3 * 100)).toBe(true);
  });

  test('a share of nothing is 0', () => {
    expect(meetsShare(0, 0, 50)).toBe(false);
    expect(meetsShare(0, 0, 0)).toBe(true);
  });

  test('agrees with integer arithmetic on thresholds with two decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.nat(5000), fc.integer({ min: 0, max: 10000 }), (whole, p, hundredths) => {
        const part = p % (whole + 1);
        const threshold = Number((hundredths / 100).toFixed(2));
        // part / whole ≥ hundredths / 10000  ⇔  part × 10000 ≥ hundredths × whole (all integers)
        expect(meetsShare(part, whole, threshold)).toBe(part * 10000 >= hundredths * whole);
      }),
    );
  });
});

describe('shownFailingShare', () => {
  test('a failing share is never shown as reaching its threshold', () => {
    expect(shownFailingShare(159, 200, 80, 0)).toEqual({ value: 79.5, decimals: 1 });
    expect(shownFailingShare(159, 200, 80, 2)).toEqual({ value: 79.5, decimals: 2 });
    expect(shownFailingShare(1, 2, 80, 0)).toEqual({ value: 50, decimals: 0 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.nat(5000),
        fc.integer({ min: 1, max: 100 }),
        fc.nat(4),
        (whole, p, min, decimals) => {
          const part = p % (whole + 1);
          fc.pre(!meetsShare(part, whole, min));
          expect(shownFailingShare(part, whole, min, decimals).value).toBeLessThan(min);
        },
      ),
    );
  });
});

describe('exact shares in the tally', () => {
  test('votes: 79,5% of the council fails an 80% rule even with 0 decimals, and the reason says 79,5%', () => {
    const data = scoredSchool([['CB01', 'An', 'T1', 90]], { decimals: 0 });
    addMembers(data, 199);
    addAward(data, { code: 'CSTDCS', method: 'standard', minVotePercent: 80 });
    addVotes(data, [['CB01', 'CSTDCS', 159]]);
    const t = tallyPhase(data, 'D1');
    expect(person(t, 'CB01').awards).toEqual([]);
    expect(person(t, 'CB01').reasons.CSTDCS).toBe('Phiếu đồng ý 159/200 (79,5%) < 80%');
    data.votes[0].rows[0].agree = 160;
    expect(person(tallyPhase(data, 'D1'), 'CB01').awards).toEqual(['CSTDCS']);
  });

  test('votes: 4/5 = 80% passes 80%', () => {
    const data = scoredSchool([['CB01', 'An', 'T1', 90]]);
    addMembers(data, 4);
    addAward(data, { code: 'CSTDCS', method: 'standard', minVotePercent: 80 });
    addVotes(data, [['CB01', 'CSTDCS', 4]]);
    expect(person(tallyPhase(data, 'D1'), 'CB01').awards).toEqual(['CSTDCS']);
  });

  test('members holding an award: 2/3 fails 66.67%, passes 66.66%', () => {
    const data = scoredSchool([
      ['CB01', 'An', 'T1', 90],
      ['CB02', 'Bình', 'T1', 90],
      ['CB03', 'Cường', 'T1', 50],
    ]);
    addUnit(data, 'T2');
    addAward(data, { code: 'LDTT', method: 'standard', minScore: 80, order: 1 });
    const unitRule = addAward(data, {
      code: 'TTLDTT',
      kind: 'unit',
      method: 'standard',
      memberAwards: ['LDTT'],
      memberSharePercent: 66.67,
      order: 2,
    });
    const t = tallyPhase(data, 'D1');
    expect(person(t, 'T1').reasons.TTLDTT).toBe('Thành viên đạt LDTT: 2/3 (66,667%) < 66,67%');
    unitRule.memberSharePercent = 66.66;
    expect(person(tallyPhase(data, 'D1'), 'T1').awards).toEqual(['TTLDTT']);
  });

  test('target share: 2 of 3 misses a 66.67% target, meets 66.66%', () => {
    const data = scoredSchool([
      ['CB01', 'An', 'T1', 90],
      ['CB02', 'Bình', 'T1', 90],
      ['CB03', 'Cường', 'T1', 50],
    ]);
    const rule = addAward(data, { code: 'LDTT', method: 'standard', minScore: 80, targetPercent: 66.67 });
    const targets = (): string[] =>
      tallyPhase(data, 'D1')
        .problems.filter((p) => p.message.includes('chỉ tiêu phấn đấu'))
        .map((p) => p.message);
    expect(targets()).toEqual([
      'Khen thưởng “LDTT”: chưa đạt chỉ tiêu phấn đấu 66,67% (2/3, 66,667%). Hãy để Hội đồng xem lại trước khi gửi',
    ]);
    rule.targetPercent = 66.66;
    expect(targets()).toEqual([]);
  });
});
