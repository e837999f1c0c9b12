// Which key of the ranking ordered two participants (issue 11: ties shown as ties, with the tie-break used). The
// explanation is read off the same key the ranking sorts by, so it can never disagree with the ranks.
import { decidingKey, rankingKey, rankingTieBreaks } from '../../src/core/ranking';
import { tallyPhase } from '../../src/core/tally';
import { addCard, addCriterion, addMembers, addStaff, addUnit, emptySchool } from './school-builder';

describe('decidingKey', () => {
  it('names the first part of the key that differs: 0 the score, i the i-th tie-break; null when equal', () => {
    expect(decidingKey([81, 1, 1], [80, 9, 9])).toBe(0);
    expect(decidingKey([80, 6, 1], [80, 5, 9])).toBe(1);
    expect(decidingKey([80, 5, 9], [80, 5, 8])).toBe(2);
    expect(decidingKey([80, 5, 9], [80, 5, 9])).toBeNull();
    expect(decidingKey([80], [80])).toBeNull();
    // a missing aggregate ranks lowest: it differs from any number
    expect(decidingKey([80, -Infinity], [80, 0])).toBe(1);
  });
});

describe('rankingKey', () => {
  it('is the score then the tie-break aggregates in order; empty without a score', () => {
    expect(rankingKey({ score: 80, criteria: { X: 5, Y: 9 } }, ['Y', 'X'])).toEqual([80, 9, 5]);
    expect(rankingKey({ score: 80, criteria: { X: 5 } }, ['Y'])).toEqual([80, -Infinity]);
    expect(rankingKey({ score: null, criteria: { X: 5 } }, ['X'])).toEqual([]);
  });
});

describe('the tie-break of a tally, read back', () => {
  function school() {
    const d = emptySchool({ decimals: 1 });
    addUnit(d, 'T1');
    addStaff(d, 'CB1', 'Bùi Văn Bình', 'T1');
    addStaff(d, 'CB2', 'Lê Thị An', 'T1');
    addStaff(d, 'CB3', 'Phạm Cường', 'T1');
    addStaff(d, 'CB4', 'Trần Dũng', 'T1');
    addStaff(d, 'CB5', 'Vũ Hà', 'T1');
    addMembers(d, 1);
    addCriterion(d, { id: 'A', max: 10 });
    addCriterion(d, { id: 'B', max: 10, tieBreak: 2 });
    addCriterion(d, { id: 'C', max: 10, tieBreak: 1 });
    // all of CB1..CB4 score 15/30 = 50; C (tie-break 1) separates CB1 from the rest, B (tie-break 2) CB2 from CB3/CB4
    addCard(d, 'TV01', ['A', 'B', 'C'], {
      CB1: [4, 4, 7],
      CB2: [5, 5, 5],
      CB3: [6, 4, 5],
      CB4: [6, 4, 5],
      CB5: [9, 9, 9],
    });
    return d;
  }

  it('orders the tie-breaks by “Ưu tiên khi bằng điểm”, and names the one that split each neighbour', () => {
    const d = school();
    const tieBreaks = rankingTieBreaks(d, d.phases[0], 'staff');
    expect(tieBreaks).toEqual(['C', 'B']);
    const ranked = tallyPhase(d, 'D1').participants.filter((p) => p.kind === 'staff');
    expect(ranked.map((p) => [p.id, p.score, p.rank])).toEqual([
      ['CB5', 90, 1],
      ['CB1', 50, 2],
      ['CB2', 50, 3],
      ['CB3', 50, 4],
      ['CB4', 50, 4],
    ]);
    const key = (i: number) => rankingKey(ranked[i], tieBreaks);
    expect(decidingKey(key(0), key(1))).toBe(0); // the score
    expect(tieBreaks[(decidingKey(key(1), key(2)) as number) - 1]).toBe('C');
    expect(tieBreaks[(decidingKey(key(2), key(3)) as number) - 1]).toBe('B');
    expect(decidingKey(key(3), key(4))).toBeNull();
  });

  it('agrees with the ranks everywhere: equal keys exactly when the rank is shared', () => {
    const d = school();
    const tieBreaks = rankingTieBreaks(d, d.phases[0], 'staff');
    const ranked = tallyPhase(d, 'D1').participants.filter((p) => p.kind === 'staff');
    for (let i = 0; i < ranked.length; i++) {
      for (let j = 0; j < ranked.length; j++) {
        const by = decidingKey(rankingKey(ranked[i], tieBreaks), rankingKey(ranked[j], tieBreaks));
        expect(by === null).toBe(ranked[i].rank === ranked[j].rank);
      }
    }
  });

  it('uses no tie-break criteria at a year end scored as the mean of its phases', () => {
    const d = school();
    d.phases.push({ id: 'CN', name: 'Cả năm', theme: '', from: '', to: '', type: 'year', yearWeight: 1, row: 3 });
    expect(rankingTieBreaks(d, d.phases[1], 'staff')).toEqual([]);
  });
});
