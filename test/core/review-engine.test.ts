// Review findings: each test pins a place where the engine differed from SPEC §3–§5, §8.
import { formatCell } from '../../src/core/cellref';
import type { PhaseTally } from '../../src/core/result';
import { tallyPhase } from '../../src/core/tally';
import { addAward, addCard, addCriterion, addMembers, addStaff, addUnit, emptySchool, person } from './school-builder';

const errors = (t: PhaseTally): string[] =>
  t.problems.filter((p) => p.severity === 'error').map((p) => `${p.where ? formatCell(p.where) : ''}: ${p.message}`);

describe('review: year end of a school scored only at the year end', () => {
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

describe('review: self-marks outside [min, max]', () => {
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
    expect(errors(t)).toEqual(['Chấm D1 TV01!D2: điểm 12 vượt quá tối đa 10']);
    expect(person(t, 'CB1').criteria).toEqual({ A: 7 });
    expect(person(t, 'CB2').criteria).toEqual({ A: 7 });
  });
});

describe('review: Vietnamese name order with the look-alike Ð (U+00D0)', () => {
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
