import type { Scored } from '../../src/core/ranked';
import { rankKind } from '../../src/core/ranking';
import { tallyPhase } from '../../src/core/tally';
import { addCard, addCriterion, addMembers, addStaff, addUnit, emptySchool } from './school-builder';

/** Copied from /work/shared/vectors/ranking.json (competition ranking, descending), with its sources. */
const RANKING_VECTORS: { id: string; source: { url?: string; note: string }; values: number[]; desc_competition: number[] }[] = [
  {
    id: 'excel-rank-doc',
    source: {
      url: 'https://library.thedatadungeon.com/msdn-1998-06/office97/html/SEC29.content.htm',
      note: 'Excel 97 RANK help: A1:A5 = 7,3.5,3.5,1,2; RANK(A2,A1:A5,1)=3, RANK(A1,A1:A5,1)=5. Current RANK.EQ help: correction factor [COUNT+1-RANK.EQ(x,ref,0)-RANK.EQ(x,ref,1)]/2 turns 3 into 3.5',
    },
    values: [7, 3.5, 3.5, 1, 2],
    desc_competition: [1, 2, 2, 5, 4],
  },
  {
    id: 'excel-rank-avg-doc',
    source: {
      url: 'https://support.microsoft.com/en-us/Excel/rank-avg-function',
      note: '=RANK.AVG(94,B2:B8) -> 4',
    },
    values: [89, 88, 92, 101, 94, 97, 95],
    desc_competition: [6, 7, 5, 1, 4, 2, 3],
  },
  {
    id: 'competition-1224',
    source: {
      note: 'textbook pattern: competition 1,2,2,4; modified 1,3,3,4; dense 1,2,2,3; fractional 1,2.5,2.5,4',
    },
    values: [10, 8, 8, 5],
    desc_competition: [1, 2, 2, 4],
  },
  {
    id: 'all-tied',
    source: {
      note: 'edge case',
    },
    values: [3, 3, 3],
    desc_competition: [1, 1, 1],
  },
];

function scored(id: string, name: string, score: number | null, criteria: Record<string, number> = {}): Scored {
  return {
    kind: 'staff',
    id,
    name,
    unitId: 'T1',
    criteria,
    raw: score,
    score,
    band: null,
    status: score === null ? 'missing' : 'ok',
    tieKey: [],
    rank: null,
    order: 0,
  };
}

describe('competition ranking (published vectors)', () => {
  it.each(RANKING_VECTORS.map((v) => [v.id, v] as const))('%s', (_id, vector) => {
    const list = vector.values.map((v, i) => scored(`CB${i}`, `Người ${i}`, v));
    rankKind(list, []);
    expect(list.map((p) => p.rank)).toEqual(vector.desc_competition);
  });
});

describe('rankKind', () => {
  it('breaks score ties by the tie-break criteria in order, on rounded aggregates', () => {
    const list = [
      scored('A', 'An', 80, { X: 5, Y: 9 }),
      scored('B', 'Bình', 80, { X: 6, Y: 1 }),
      scored('C', 'Cường', 80, { X: 5, Y: 9 }),
      scored('D', 'Dũng', 81, { X: 0, Y: 0 }),
    ];
    const sorted = rankKind(list, ['X', 'Y']);
    expect(sorted.map((p) => [p.id, p.rank])).toEqual([
      ['D', 1],
      ['B', 2],
      ['A', 3],
      ['C', 3],
    ]);
    expect(sorted.map((p) => p.order)).toEqual([0, 1, 2, 3]);
    expect(sorted[1].tieKey).toEqual([80, 6, 1]);
  });

  it('orders a tie by Vietnamese name order (given name, then full name), then code; the missing ones last', () => {
    const list = [
      scored('CB5', 'Trần Thị Bình', 90),
      scored('CB4', 'Zô Missing', null),
      scored('CB3', 'Lê An', 90),
      scored('CB2', 'Nguyễn Văn Ánh', 90),
      scored('CB1', 'Ánh Missing', null),
      scored('CB0', 'Trần Thị Bình', 90),
    ];
    const sorted = rankKind(list, []);
    expect(sorted.map((p) => p.id)).toEqual(['CB3', 'CB2', 'CB0', 'CB5', 'CB1', 'CB4']);
    expect(sorted.map((p) => p.rank)).toEqual([1, 1, 1, 1, null, null]);
    expect(sorted[4].tieKey).toEqual([]);
  });
});

describe('ranking in a tally', () => {
  it('compares rounded values: scores equal after rounding are tied, tie-break aggregates too', () => {
    const d = emptySchool({ decimals: 1 });
    addUnit(d, 'T1');
    addStaff(d, 'CB1', 'Bùi Văn Bình', 'T1');
    addStaff(d, 'CB2', 'Lê Thị An', 'T1');
    addStaff(d, 'CB3', 'Phạm Cường', 'T1');
    addMembers(d, 1);
    addCriterion(d, { id: 'A', max: 1000 });
    addCriterion(d, { id: 'B', max: 1000, tieBreak: 1 });
    // CB1: (801 + 799.04) / 20 = 80.002 → 80.0 ; CB2: (799 + 800.9) / 20 = 79.995 → 80.0 ; tie-break B: 799.04 → 799.0 vs 800.9
    addCard(d, 'TV01', ['A', 'B'], { CB1: [801, 799.04], CB2: [799, 800.9], CB3: [700, 700] });
    const t = tallyPhase(d, 'D1');
    expect(t.participants.filter((p) => p.kind === 'staff').map((p) => [p.id, p.score, p.rank])).toEqual([
      ['CB2', 80, 1],
      ['CB1', 80, 2],
      ['CB3', 70, 3],
    ]);
    const tie = emptySchool({ decimals: 1 });
    addUnit(tie, 'T1');
    addStaff(tie, 'CB1', 'Bùi Văn Bình', 'T1');
    addStaff(tie, 'CB2', 'Lê Thị An', 'T1');
    addMembers(tie, 1);
    addCriterion(tie, { id: 'A', max: 1000 });
    addCriterion(tie, { id: 'B', max: 1000, tieBreak: 1 });
    addCard(tie, 'TV01', ['A', 'B'], { CB1: [800.01, 800], CB2: [800.04, 799.97] });
    expect(
      tallyPhase(tie, 'D1')
        .participants.slice(0, 2)
        .map((p) => [p.id, p.rank]),
    ).toEqual([
      ['CB2', 1],
      ['CB1', 1],
    ]);
  });
});

describe('Vietnamese name order with the look-alike Ð (U+00D0)', () => {
  // Names converted from legacy Vietnamese encodings often carry Ð/ð (Icelandic eth) for Đ/đ; collated as
  // Vietnamese (and by ICU's `vi`), it is the letter Đ, not a symbol before A.
  it('sorts Ðức (U+00D0) with Đức, after Dũng and before Em, inside a tie', () => {
    const d = emptySchool();
    addUnit(d, 'T1');
    addStaff(d, 'CB1', 'Lê Văn \u00D0ức', 'T1');
    addStaff(d, 'CB2', 'Nguyễn Văn An', 'T1');
    addStaff(d, 'CB3', 'Trần Văn Dũng', 'T1');
    addStaff(d, 'CB4', 'Phạm Văn Em', 'T1');
    addMembers(d, 1);
    addCriterion(d, { id: 'A', max: 10 });
    addCard(d, 'TV01', ['A'], { CB1: [8], CB2: [8], CB3: [8], CB4: [8] });
    const t = tallyPhase(d, 'D1');
    expect(t.participants.filter((p) => p.kind === 'staff').map((p) => p.id)).toEqual(['CB2', 'CB3', 'CB1', 'CB4']);
    expect(t.participants.filter((p) => p.kind === 'staff').map((p) => p.rank)).toEqual([1, 1, 1, 1]);
  });
});
