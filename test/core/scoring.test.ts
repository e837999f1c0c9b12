import { formatCell } from '../../src/core/cellref';
import type { Aggregation, SchoolData } from '../../src/core/model';
import { tallyPhase } from '../../src/core/tally';
import type { ParticipantResult, PhaseTally } from '../../src/core/result';
import { addAward, addCard, addCriterion, addMembers, addStaff, addUnit, emptySchool } from './school-builder';

function person(t: PhaseTally, id: string): ParticipantResult {
  const found = t.participants.find((p) => p.id === id);
  if (found === undefined) throw new Error(`no participant ${id}`);
  return found;
}

const errors = (t: PhaseTally): string[] =>
  t.problems.filter((p) => p.severity === 'error').map((p) => `${p.where ? formatCell(p.where) : ''}: ${p.message}`);

/** Two staff in T1, three council members, criteria A (max 10, w 2) and B (max 20, w 1). */
function base(aggregation: Aggregation = 'mean'): SchoolData {
  const d = emptySchool({ aggregation });
  addUnit(d, 'T1');
  addStaff(d, 'CB1', 'Nguyễn Văn An', 'T1');
  addStaff(d, 'CB2', 'Trần Thị Bình', 'T1');
  addMembers(d, 3);
  addCriterion(d, { id: 'A', max: 10, weight: 2 });
  addCriterion(d, { id: 'B', max: 20, weight: 1 });
  return d;
}

describe('criteria of a phase', () => {
  it('uses only the criteria of the kind that apply to the phase', () => {
    const d = base();
    addCriterion(d, { id: 'C', max: 10, phases: ['D2'] });
    addCriterion(d, { id: 'U', max: 10, kind: 'unit' });
    addCriterion(d, { id: 'E', max: 10, phases: ['d1'] }); // codes match case-insensitively
    addCard(d, 'TV01', ['A', 'B', 'C', 'U', 'E'], { CB1: [10, 20, 1, 1, 5], CB2: [5, 10, 1, 1, 10] });
    const t = tallyPhase(d, 'D1');
    expect(person(t, 'CB1').criteria).toEqual({ A: 10, B: 20, E: 5 });
    // 100 × (2·10 + 20 + 5) / (2·10 + 20 + 10)
    expect(person(t, 'CB1').score).toBe(90);
    expect(person(t, 'CB1').raw).toBe(45);
  });
});

describe('marks and aggregation', () => {
  it('mean of the marks given; a blank cell is not scored', () => {
    const d = base();
    addCard(d, 'TV01', ['A', 'B'], { CB1: [8, 15], CB2: [6, 10] });
    addCard(d, 'TV02', ['A', 'B'], { CB1: [null, 17], CB2: [7, 12] });
    addCard(d, 'TV03', ['A', 'B'], { CB1: [9, null], CB2: [8, 14] });
    const t = tallyPhase(d, 'D1');
    expect(person(t, 'CB1').criteria).toEqual({ A: 8.5, B: 16 });
    expect(person(t, 'CB1').raw).toBe(33);
    expect(person(t, 'CB1').score).toBe(82.5);
    expect(person(t, 'CB2').score).toBe(65);
  });

  it('a criterion nobody scored leaves the participant without a score (Thiếu điểm)', () => {
    const d = base();
    addCard(d, 'TV01', ['A', 'B'], { CB1: [null, 15], CB2: [6, 10] });
    addCard(d, 'TV02', ['A', 'B'], { CB1: [null, 17], CB2: [7, 12] });
    const t = tallyPhase(d, 'D1');
    const p = person(t, 'CB1');
    expect(p).toMatchObject({ status: 'missing', score: null, raw: null, band: null, rank: null });
    expect(p.criteria).toEqual({ B: 16 });
    expect(t.participants.map((x) => x.id)).toEqual(['CB2', 'CB1', 'T1']);
  });

  it('trimmed mean drops one highest and one lowest from 3 or more marks', () => {
    const d = base('trimmed');
    addCard(d, 'TV01', ['A', 'B'], { CB1: [10, 20], CB2: [4, 10] });
    addCard(d, 'TV02', ['A', 'B'], { CB1: [6, 10], CB2: [6, null] });
    addCard(d, 'TV03', ['A', 'B'], { CB1: [7, 12], CB2: [9, null] });
    const t = tallyPhase(d, 'D1');
    expect(person(t, 'CB1').criteria).toEqual({ A: 7, B: 12 });
    expect(person(t, 'CB2').criteria).toEqual({ A: 6, B: 10 });
  });

  it('trimmed mean of one or two marks is their mean (a single judge keeps the mark)', () => {
    const d = base('trimmed');
    addCard(d, 'TV01', ['A', 'B'], { CB1: [9, 11], CB2: [8, 20] });
    addCard(d, 'TV02', ['A', 'B'], { CB2: [6, 10] });
    const t = tallyPhase(d, 'D1');
    expect(person(t, 'CB1').criteria).toEqual({ A: 9, B: 11 });
    expect(person(t, 'CB2').criteria).toEqual({ A: 7, B: 15 });
  });

  it('median of an odd count is the middle mark; of an even count the mean of the two middle ones', () => {
    const d = base('median');
    addMembers(d, 1);
    addCard(d, 'TV01', ['A', 'B'], { CB1: [10, 1], CB2: [2, 5] });
    addCard(d, 'TV02', ['A', 'B'], { CB1: [2, 20], CB2: [3, 6] });
    addCard(d, 'TV03', ['A', 'B'], { CB1: [5, 4], CB2: [9, 7] });
    addCard(d, 'TV04', ['A', 'B'], { CB1: [null, 3], CB2: [10, 20] });
    const t = tallyPhase(d, 'D1');
    expect(person(t, 'CB1').criteria).toEqual({ A: 5, B: 3.5 });
    expect(person(t, 'CB2').criteria).toEqual({ A: 6, B: 6.5 });
  });

  it('the score uses exact aggregates and is rounded half away from zero; criteria and raw are rounded for display', () => {
    const d = emptySchool({ decimals: 2 });
    addUnit(d, 'T1');
    addStaff(d, 'CB1', 'An', 'T1');
    addMembers(d, 3);
    addCriterion(d, { id: 'A', max: 10, weight: 1 });
    addCriterion(d, { id: 'B', max: 10, weight: 1 });
    addCriterion(d, { id: 'C', max: 10, weight: 1 });
    addCriterion(d, { id: 'D', max: 10, weight: 1 });
    // A = 25/3 = 8.333…, B = 7.5, C = 7.5, D = 8 → 100 × 31.3333 / 40 = 78.3333
    addCard(d, 'TV01', ['A', 'B', 'C', 'D'], { CB1: [8, 7, 7, 8] });
    addCard(d, 'TV02', ['A', 'B', 'C', 'D'], { CB1: [8, 8, 8, 8] });
    addCard(d, 'TV03', ['A', 'B', 'C', 'D'], { CB1: [9, 7.5, 7.5, 8] });
    const t = tallyPhase(d, 'D1');
    expect(person(t, 'CB1')).toMatchObject({ criteria: { A: 8.33, B: 7.5, C: 7.5, D: 8 }, raw: 31.33, score: 78.33 });

    const half = emptySchool({ decimals: 1 });
    addUnit(half, 'T1');
    addStaff(half, 'CB1', 'An', 'T1');
    addMembers(half, 1);
    addCriterion(half, { id: 'A', max: 8 });
    addCard(half, 'TV01', ['A'], { CB1: [6.25] }); // 78.125 → 78.1 with 1 decimal; 78.13 with 2
    expect(person(tallyPhase(half, 'D1'), 'CB1').score).toBe(78.1);
    half.config.decimals = 2;
    expect(person(tallyPhase(half, 'D1'), 'CB1').score).toBe(78.13);
  });

  it("a member's marks of themself are ignored when Loại điểm tự chấm = Có", () => {
    const d = base();
    d.members[0].staffId = 'cb1'; // matched case-insensitively
    addCard(d, 'TV01', ['A', 'B'], { CB1: [10, 20], CB2: [5, 10] });
    addCard(d, 'TV02', ['A', 'B'], { CB1: [6, 10], CB2: [7, 12] });
    expect(person(tallyPhase(d, 'D1'), 'CB1').criteria).toEqual({ A: 6, B: 10 });
    expect(person(tallyPhase(d, 'D1'), 'CB2').criteria).toEqual({ A: 6, B: 11 });
    d.config.excludeSelfMarks = false;
    expect(person(tallyPhase(d, 'D1'), 'CB1').criteria).toEqual({ A: 8, B: 15 });
  });

  it('for units, marks by members whose staff record is in that unit are ignored', () => {
    const d = base();
    addUnit(d, 'T2');
    addStaff(d, 'CB3', 'Lê Văn Cường', 'T2');
    addCriterion(d, { id: 'U', kind: 'unit', max: 10 });
    d.members[0].staffId = 'CB1'; // in T1
    addCard(d, 'TV01', ['U'], { T1: [10], T2: [4] }, { kind: 'unit' });
    addCard(d, 'TV02', ['U'], { T1: [6], T2: [8] }, { kind: 'unit' });
    const t = tallyPhase(d, 'D1');
    expect(person(t, 'T1').criteria).toEqual({ U: 6 });
    expect(person(t, 'T2').criteria).toEqual({ U: 6 });
    expect(t.participants.map((p) => `${p.kind}:${p.id}`)).toEqual(['staff:CB1', 'staff:CB2', 'staff:CB3', 'unit:T1', 'unit:T2']);
  });

  it('marks outside [min, max] are errors at the card cell and are not used', () => {
    const d = base();
    addCriterion(d, { id: 'K', min: -5, max: 0 });
    addCard(d, 'TV01', ['A', 'B', 'K'], { CB1: [12, 15, -6], CB2: [6, 10, -1] });
    addCard(d, 'TV02', ['A', 'B', 'K'], { CB1: [8, 17, -2], CB2: [7, 12, 0.5] });
    const t = tallyPhase(d, 'D1');
    expect(errors(t)).toEqual([
      'Chấm D1 TV01!D2: điểm 12 vượt quá tối đa 10 nên không được tính. Hãy sửa thành một điểm không quá 10',
      'Chấm D1 TV01!F2: điểm -6 thấp hơn tối thiểu -5 nên không được tính. Hãy sửa thành một điểm không thấp hơn -5',
      'Chấm D1 TV02!F3: điểm 0,5 vượt quá tối đa 0 nên không được tính. Hãy sửa thành một điểm không quá 0',
    ]);
    expect(person(t, 'CB1').criteria).toEqual({ A: 8, B: 16, K: -2 });
    expect(person(t, 'CB2').criteria).toEqual({ A: 6.5, B: 11, K: -1 });
  });

  it('reports cards of unknown members and rows of unknown codes, ignores inactive staff silently', () => {
    const d = base();
    addStaff(d, 'CB9', 'Đã nghỉ', 'T1', { active: false });
    addCard(d, 'TV01', ['A', 'B'], { CB1: [8, 16], CB2: [6, 10], CB9: [1, 1], CB7: [1, 1] });
    addCard(d, 'TV99', ['A', 'B'], { CB1: [0, 0], CB2: [0, 0] });
    const t = tallyPhase(d, 'D1');
    expect(errors(t)).toEqual([
      'Chấm D1 TV01!5:5: mã “CB7” không có trong danh sách Cán bộ; dòng bị bỏ qua. Hãy sửa mã hoặc thêm vào trang tính “Cán bộ”',
      'Chấm D1 TV99: thành viên “TV99” không có trong Hội đồng; phiếu chấm bị bỏ qua. Hãy thêm thành viên vào trang tính “Hội đồng” hoặc sửa mã',
    ]);
    expect(t.participants.map((p) => p.id)).toEqual(['CB1', 'CB2', 'T1']);
    expect(person(t, 'CB1').score).toBe(80);
  });

  it('a kind with no criteria, or with only deductions, has no scores', () => {
    const d = base();
    addCard(d, 'TV01', ['A', 'B'], { CB1: [8, 16], CB2: [6, 10] });
    expect(person(tallyPhase(d, 'D1'), 'T1').status).toBe('missing');
    expect(errors(tallyPhase(d, 'D1'))).toEqual([]);

    const deductions = base();
    deductions.criteria = [];
    addCriterion(deductions, { id: 'K', min: -10, max: 0 });
    addCard(deductions, 'TV01', ['K'], { CB1: [-1], CB2: [0] });
    const t = tallyPhase(deductions, 'D1');
    expect(person(t, 'CB1').status).toBe('missing');
    expect(errors(t)).toEqual([expect.stringContaining('Tiêu chí: Tiêu chí Cá nhân của đợt D1: tổng trọng số × điểm tối đa ≤ 0')]);
  });
});

describe('bands', () => {
  it('takes the first band whose Điểm từ ≤ score, in descending order whatever the rows; below every band → null', () => {
    const d = base();
    d.bands = [
      { name: 'Khá', from: 65, row: 2 },
      { name: 'Xuất sắc', from: 90, row: 3 },
      { name: 'Tốt', from: 80, row: 4 },
    ];
    addCard(d, 'TV01', ['A', 'B'], { CB1: [9, 16], CB2: [6, 10] }); // 85, 55
    const t = tallyPhase(d, 'D1');
    expect(person(t, 'CB1').band).toBe('Tốt');
    expect(person(t, 'CB2').band).toBeNull();
  });

  it('compares the rounded score: 79.996 shown as 80.00 is in the ≥ 80 band', () => {
    const d = emptySchool();
    addUnit(d, 'T1');
    addStaff(d, 'CB1', 'An', 'T1');
    addMembers(d, 1);
    addCriterion(d, { id: 'A', max: 100000 });
    addCard(d, 'TV01', ['A'], { CB1: [79996] });
    d.bands = [{ name: 'Tốt', from: 80, row: 2 }];
    expect(person(tallyPhase(d, 'D1'), 'CB1')).toMatchObject({ score: 80, band: 'Tốt' });
  });
});

describe('year end', () => {
  function yearSchool(): SchoolData {
    const d = base();
    d.phases.push({ id: 'D2', name: 'Đợt 2', theme: '', from: '', to: '', type: 'phase', yearWeight: 2, row: 3 });
    d.phases.push({ id: 'CN', name: 'Cả năm', theme: '', from: '', to: '', type: 'year', yearWeight: 1, row: 4 });
    addCard(d, 'TV01', ['A', 'B'], { CB1: [8, 16], CB2: [6, 10] }); // D1: 80, 55
    addCard(d, 'TV01', ['A', 'B'], { CB1: [9, 15.5], CB2: [7, 13] }, { phaseId: 'D2' }); // D2: 83.75 → 83.75, 67.5
    return d;
  }

  it('without its own cards: weighted mean of the rounded phase scores, rounded again; criteria {} and raw null', () => {
    const t = tallyPhase(yearSchool(), 'CN');
    // (80 + 2 × 83.75) / 3 = 82.5; (55 + 2 × 67.5) / 3 = 63.333…
    expect(person(t, 'CB1')).toMatchObject({ score: 82.5, criteria: {}, raw: null, rank: 1, status: 'ok' });
    expect(person(t, 'CB2')).toMatchObject({ score: 63.33, rank: 2 });
  });

  it('a weight of 0 drops a phase; missing any counted phase → missing', () => {
    const d = yearSchool();
    d.phases[1].yearWeight = 0;
    expect(person(tallyPhase(d, 'CN'), 'CB1').score).toBe(80);
    const gap = yearSchool();
    gap.cards[1].values[0] = NaN; // CB1 not scored on A in D2
    const t = tallyPhase(gap, 'CN');
    expect(person(t, 'CB1').status).toBe('missing');
    expect(person(t, 'CB2').score).toBe(63.33);
  });

  it('with its own cards it is scored like any phase', () => {
    const d = yearSchool();
    addCard(d, 'TV01', ['A', 'B'], { CB1: [10, 20], CB2: [5, 10] }, { phaseId: 'CN' });
    expect(person(tallyPhase(d, 'CN'), 'CB1')).toMatchObject({ score: 100, raw: 40, criteria: { A: 10, B: 20 } });
  });
});

describe('unknown phase', () => {
  it('gives an empty tally with an error, and does not throw', () => {
    const t = tallyPhase(base(), 'X9');
    expect(t.participants).toEqual([]);
    expect(errors(t)).toEqual(['Đợt thi đua: Không có đợt thi đua “X9”. Hãy dùng một mã đợt ở trang tính “Đợt thi đua”']);
  });
});

describe('year end of a school scored only at the year end', () => {
  // SPEC §8 Scores: a kind with no criteria in the phase has no scores; that is an error only if an award of that
  // kind uses scores. A school that only scores staff at `Cả năm` has no unit criteria and no unit award.
  function yearOnly() {
    const d = emptySchool();
    d.phases = [{ id: 'CN', name: 'Cả năm', theme: '', from: '', to: '', type: 'year', yearWeight: 1, row: 2 }];
    addUnit(d, 'T1');
    addStaff(d, 'CB1', 'Nguyễn Văn An', 'T1');
    addMembers(d, 1);
    addCriterion(d, { id: 'A', max: 10 });
    addCard(d, 'TV01', ['A'], { CB1: [8] }, { phaseId: 'CN' });
    return d;
  }

  it('units without criteria are missing without an error when no unit award uses scores', () => {
    const t = tallyPhase(yearOnly(), 'CN');
    expect(person(t, 'CB1').score).toBe(80);
    expect(person(t, 'T1').status).toBe('missing');
    expect(errors(t)).toEqual([]);
  });

  it('an award of that kind that uses scores is still an error', () => {
    const d = yearOnly();
    addAward(d, { code: 'TT', kind: 'unit', phaseId: 'CN', count: 1 });
    const t = tallyPhase(d, 'CN');
    expect(errors(t)).toEqual([expect.stringContaining('Khen thưởng “TT” xét theo điểm nhưng đợt CN không có tiêu chí Tập thể. Hãy')]);
    expect(person(t, 'T1').reasons).toEqual({ TT: 'Thiếu điểm' });
  });
});

describe('self-marks outside [min, max]', () => {
  // SPEC §3.2: a value outside [min, max] is an error at that cell; the self-mark rule only decides whether a
  // valid mark is used. A non-number in the same cell is reported by the workbook layer whoever the member is.
  it('are still reported at their cell (and not used)', () => {
    const d = emptySchool();
    addUnit(d, 'T1');
    addStaff(d, 'CB1', 'Nguyễn Văn An', 'T1');
    addStaff(d, 'CB2', 'Trần Thị Bình', 'T1');
    addMembers(d, 2, ['CB1']);
    addCriterion(d, { id: 'A', max: 10 });
    addCard(d, 'TV01', ['A'], { CB1: [12], CB2: [6] });
    addCard(d, 'TV02', ['A'], { CB1: [7], CB2: [8] });
    const t = tallyPhase(d, 'D1');
    expect(errors(t)).toEqual(['Chấm D1 TV01!D2: điểm 12 vượt quá tối đa 10 nên không được tính. Hãy sửa thành một điểm không quá 10']);
    expect(person(t, 'CB1').criteria).toEqual({ A: 7 });
    expect(person(t, 'CB2').criteria).toEqual({ A: 7 });
  });
});
