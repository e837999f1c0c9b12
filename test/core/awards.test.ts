import { formatCell } from '../../src/core/cellref';
import type { AwardRule, Problem, SchoolData } from '../../src/core/model';
import { tallyPhase } from '../../src/core/tally';
import { addAward, addCard, addCriterion, addUnit, addVotes, scoredSchool, award, person } from './school-builder';

const shown = (ps: Problem[], severity: 'error' | 'warning'): string[] =>
  ps.filter((p) => p.severity === severity).map((p) => `${p.where ? formatCell(p.where) : ''}: ${p.message}`);

/** Five staff in T1 scoring 90, 85, 80, 75, 70. */
function five(): SchoolData {
  return scoredSchool([
    ['CB1', 'Nguyễn Văn An', 'T1', 90],
    ['CB2', 'Trần Thị Bình', 'T1', 85],
    ['CB3', 'Lê Văn Cường', 'T1', 80],
    ['CB4', 'Phạm Thị Dung', 'T1', 75],
    ['CB5', 'Hoàng Văn Em', 'T1', 70],
  ]);
}

describe('Cách xét and quotas', () => {
  it('Chỉ tiêu gives the best-ranked eligible up to the count; the others are told why', () => {
    const d = five();
    addAward(d, { code: 'GK', count: 2 });
    const t = tallyPhase(d, 'D1');
    expect(award(t, 'GK')).toEqual({ code: 'GK', name: 'GK', kind: 'staff', quota: 2, recipients: ['CB1', 'CB2'], pending: [], open: 0 });
    expect(person(t, 'CB1').awards).toEqual(['GK']);
    expect(person(t, 'CB3').reasons).toEqual({ GK: 'Xếp sau chỉ tiêu (2/2)' });
  });

  it('Chỉ tiêu with neither count nor cap is unlimited; Tiêu chuẩn gives everyone eligible', () => {
    const d = five();
    addAward(d, { code: 'A', minScore: 80 });
    addAward(d, { code: 'B', method: 'standard', minScore: 75 });
    const t = tallyPhase(d, 'D1');
    expect(award(t, 'A')).toMatchObject({ quota: null, recipients: ['CB1', 'CB2', 'CB3'], open: 0 });
    expect(award(t, 'B')).toMatchObject({ quota: null, recipients: ['CB1', 'CB2', 'CB3', 'CB4'] });
    expect(person(t, 'CB5').reasons).toEqual({ A: 'Điểm 70,00 < điểm sàn 80', B: 'Điểm 70,00 < điểm sàn 75' });
  });

  it('a minimum is met with ≥ on the rounded score', () => {
    const d = scoredSchool([
      ['CB1', 'An', 'T1', 79.996],
      ['CB2', 'Bình', 'T1', 79.994],
    ]);
    addAward(d, { code: 'A', method: 'standard', minScore: 80 });
    const t = tallyPhase(d, 'D1');
    expect(award(t, 'A').recipients).toEqual(['CB1']);
    expect(person(t, 'CB2').reasons.A).toBe('Điểm 79,99 < điểm sàn 80');
  });

  it('processes rows in Thứ tự xét order, blank after the numbered ones, then row order', () => {
    const d = five();
    addAward(d, { code: 'LAST', count: 1, exclusionGroup: 'G' });
    addAward(d, { code: 'SECOND', count: 1, exclusionGroup: 'G', order: 2 });
    addAward(d, { code: 'FIRST', count: 1, exclusionGroup: 'G', order: 1 });
    const t = tallyPhase(d, 'D1');
    expect(t.awards.map((a) => [a.code, a.recipients])).toEqual([
      ['FIRST', ['CB1']],
      ['SECOND', ['CB2']],
      ['LAST', ['CB3']],
    ]);
    expect(person(t, 'CB1').reasons).toEqual({
      SECOND: 'Đã nhận FIRST (cùng nhóm loại trừ G)',
      LAST: 'Đã nhận FIRST (cùng nhóm loại trừ G)',
    });
  });
});

describe('caps and targets', () => {
  it('a cap is ⌊p% × head-count⌋, the head-count including missing and ineligible active staff; the smaller of cap and count wins', () => {
    const d = scoredSchool([
      ['CB1', 'An', 'T1', 90],
      ['CB2', 'Bình', 'T1', 85],
      ['CB3', 'Cường', 'T1', 80],
      ['CB4', 'Dung', 'T1', null],
      ['CB5', 'Em', 'T1', 60],
      ['CB6', 'Giang', 'T1', 60, { active: false }],
    ]);
    addAward(d, { code: 'A', capPercent: 50, minScore: 70 }); // ⌊50% × 5⌋ = 2
    addAward(d, { code: 'B', capPercent: 80, count: 3 }); // ⌊80% × 5⌋ = 4, count 3 → 3
    addAward(d, { code: 'C', capPercent: 80, count: 9 }); // 4
    const t = tallyPhase(d, 'D1');
    expect(award(t, 'A')).toMatchObject({ quota: 2, recipients: ['CB1', 'CB2'] });
    expect(award(t, 'B').quota).toBe(3);
    expect(award(t, 'C')).toMatchObject({ quota: 4, recipients: ['CB1', 'CB2', 'CB3', 'CB5'], open: 0 });
    expect(person(t, 'CB4').reasons.C).toBe('Thiếu điểm');
  });

  it('a cap of 15% that floors to 0 gives nobody the award', () => {
    const d = five();
    addAward(d, { code: 'CSTD', capPercent: 15 }); // ⌊0.75⌋ = 0
    const t = tallyPhase(d, 'D1');
    expect(award(t, 'CSTD')).toEqual({ code: 'CSTD', name: 'CSTD', kind: 'staff', quota: 0, recipients: [], pending: [], open: 0 });
    expect(person(t, 'CB1').reasons.CSTD).toBe('Chỉ tiêu bằng 0');
  });

  it("a cap on another award's recipients (processed earlier); a base processed later is an error with base 0", () => {
    const d = five();
    addAward(d, { code: 'LDTT', method: 'standard', minScore: 75, order: 1 });
    addAward(d, { code: 'CSTD', capPercent: 50, capBase: 'ldtt', order: 2 }); // ⌊50% × 4⌋ = 2
    addAward(d, { code: 'X', capPercent: 100, capBase: 'LATER', order: 3 });
    addAward(d, { code: 'LATER', method: 'standard', order: 4 });
    addAward(d, { code: 'Y', capPercent: 100, capBase: 'NOPE', order: 5 });
    const t = tallyPhase(d, 'D1');
    expect(award(t, 'CSTD')).toMatchObject({ quota: 2, recipients: ['CB1', 'CB2'] });
    expect(award(t, 'X')).toMatchObject({ quota: 0, recipients: [] });
    expect(shown(t.problems, 'error')).toEqual([
      'Khen thưởng!4:4: Khen thưởng “X” tính tỷ lệ trên “LATER”, nhưng “LATER” được xét sau; cơ sở = 0. Hãy đưa “LATER” lên trước ở cột “Thứ tự xét”',
      'Khen thưởng!6:6: Khen thưởng “Y” tính tỷ lệ trên “NOPE”, nhưng đợt D1 không có khen thưởng này; cơ sở = 0. Hãy thêm nó vào đợt hoặc sửa mã',
    ]);
  });

  it('for units, the base is every row of Đơn vị', () => {
    const d = five();
    addUnit(d, 'T2');
    addUnit(d, 'T3');
    addUnit(d, 'T4');
    addAward(d, { code: 'TT', kind: 'unit', method: 'standard', capPercent: 50 });
    const t = tallyPhase(d, 'D1');
    // units have no criteria: a capped award uses scores, so it is an error and nobody is eligible
    expect(award(t, 'TT')).toMatchObject({ quota: 2, recipients: [] });
    expect(person(t, 'T2').reasons.TT).toBe('Thiếu điểm');
    expect(shown(t.problems, 'error')).toEqual([
      'Khen thưởng!2:2: Khen thưởng “TT” xét theo điểm nhưng đợt D1 không có tiêu chí Tập thể. Hãy thêm tiêu chí ở trang tính “Tiêu chí” hoặc đổi cách xét',
    ]);
  });

  it('a target not met is a warning, not an error', () => {
    const d = five();
    addAward(d, { code: 'A', method: 'standard', minScore: 85, targetPercent: 60 });
    addAward(d, { code: 'B', method: 'standard', minScore: 80, targetPercent: 60 });
    const t = tallyPhase(d, 'D1');
    expect(shown(t.problems, 'error')).toEqual([]);
    expect(shown(t.problems, 'warning')).toEqual([
      'Khen thưởng!2:2: Khen thưởng “A”: chưa đạt chỉ tiêu phấn đấu 60% (2/5, 40,00%). Hãy để Hội đồng xem lại trước khi gửi',
    ]);
  });
});

describe('staff conditions', () => {
  function people(): SchoolData {
    return scoredSchool([
      ['CB1', 'An', 'T1', 90, { monthsWorked: 9 }],
      ['CB2', 'Bình', 'T1', 90, { discipline: 1, disciplineText: 'Khiển trách' }],
      ['CB3', 'Cường', 'T1', 90, { rating: null }],
      ['CB4', 'Dung', 'T1', 90, { rating: 2 }],
      ['CB5', 'Em', 'T1', 90, { rating: 3, initiative: false }],
      ['CB6', 'Giang', 'T1', 90, { rating: 4 }],
      ['CB7', 'Hà', 'T1', 90, { rating: 3, initiative: true }],
    ]);
  }

  it('months, discipline, rating (blank fails), initiative, HTXSNV or initiative — the first failure is given', () => {
    const d = people();
    addAward(d, { code: 'LDTT', method: 'standard', minMonths: 10, noDiscipline: true, minRating: 3 });
    addAward(d, { code: 'SK', method: 'standard', needInitiative: true });
    addAward(d, { code: 'CSTD', method: 'standard', needExcellentOrInitiative: true });
    const t = tallyPhase(d, 'D1');
    expect(award(t, 'LDTT').recipients).toEqual(['CB5', 'CB6', 'CB7']);
    expect(person(t, 'CB1').reasons.LDTT).toBe('Chưa đủ 10 tháng công tác (9 tháng)');
    expect(person(t, 'CB2').reasons.LDTT).toBe('Đang bị kỷ luật (Khiển trách)');
    expect(person(t, 'CB3').reasons.LDTT).toBe('Chưa có xếp loại viên chức (cần tối thiểu HTTNV)');
    expect(person(t, 'CB4').reasons.LDTT).toBe('Xếp loại viên chức HTNV thấp hơn HTTNV');
    expect(award(t, 'SK').recipients).toEqual(['CB7']);
    expect(person(t, 'CB6').reasons.SK).toBe('Chưa có sáng kiến');
    expect(award(t, 'CSTD').recipients).toEqual(['CB6', 'CB7']);
    expect(person(t, 'CB5').reasons.CSTD).toBe('Chưa đạt HTXSNV và chưa có sáng kiến');
  });

  it('Cần khen thưởng needs every listed award of this phase, held already', () => {
    const d = people();
    addAward(d, { code: 'A', method: 'standard', minRating: 3, order: 1 });
    addAward(d, { code: 'B', method: 'standard', needExcellentOrInitiative: true, order: 2 });
    addAward(d, { code: 'AB', method: 'standard', requiredAwards: ['A', 'b'], order: 3 });
    const t = tallyPhase(d, 'D1');
    expect(award(t, 'AB').recipients).toEqual(['CB6', 'CB7']);
    expect(person(t, 'CB5').reasons.AB).toBe('Chưa đạt b');
    expect(person(t, 'CB4').reasons.AB).toBe('Chưa đạt A');
  });

  it('a prerequisite processed later than its dependant is a configuration error at its Khen thưởng row', () => {
    const d = people();
    addAward(d, { code: 'CSTD', method: 'standard', requiredAwards: ['LDTT'], order: 1 });
    addAward(d, { code: 'LDTT', method: 'standard', order: 2 });
    addAward(d, { code: 'Z', method: 'standard', requiredAwards: ['NONE'], order: 3 });
    const t = tallyPhase(d, 'D1');
    expect(shown(t.problems, 'error')).toEqual([
      'Khen thưởng!2:2: Khen thưởng “CSTD” cần “LDTT”, nhưng “LDTT” được xét sau. Hãy đưa “LDTT” lên trước ở cột “Thứ tự xét”',
      'Khen thưởng!4:4: Khen thưởng “Z” cần “NONE”, nhưng đợt D1 không có khen thưởng này. Hãy thêm nó vào đợt hoặc sửa mã',
    ]);
    expect(award(t, 'CSTD').recipients).toEqual([]);
    expect(person(t, 'CB6').reasons.CSTD).toBe('Chưa đạt LDTT');
  });

  it('a missing participant may receive awards that do not use scores, and not the others', () => {
    const d = scoredSchool([
      ['CB1', 'An', 'T1', null],
      ['CB2', 'Bình', 'T1', 50],
    ]);
    addAward(d, { code: 'STD', method: 'standard', minRating: 3 });
    addAward(d, { code: 'Q', count: 5 });
    const t = tallyPhase(d, 'D1');
    expect(award(t, 'STD').recipients).toEqual(['CB2', 'CB1']);
    expect(person(t, 'CB1').reasons).toEqual({ Q: 'Thiếu điểm' });
  });
});

describe('votes', () => {
  it('share = agreeing votes ÷ council rows; no row or no sheet counts as 0', () => {
    const d = five();
    d.members.push(...[2, 3, 4, 5].map((i) => ({ id: `TV0${i}`, name: '', email: '', staffId: '', role: '', row: i + 1 })));
    addVotes(d, [
      ['cb1', 'cstd', 4],
      ['CB2', 'CSTD', 3],
      ['CB3', 'OTHER', 5],
    ]);
    addAward(d, { code: 'CSTD', method: 'standard', minVotePercent: 80 });
    const t = tallyPhase(d, 'D1');
    expect(award(t, 'CSTD').recipients).toEqual(['CB1']);
    expect(person(t, 'CB2').reasons.CSTD).toBe('Phiếu đồng ý 3/5 (60,00%) < 80%');
    expect(person(t, 'CB3').reasons.CSTD).toBe('Phiếu đồng ý 0/5 (0,00%) < 80%');
    d.votes = [];
    expect(award(tallyPhase(d, 'D1'), 'CSTD').recipients).toEqual([]);
  });
});

describe('unit conditions', () => {
  /** T1: 4 active staff (+1 inactive, rated 1, dismissed), T2: 2 staff, T3: none. Unit criterion U scored 50 for all. */
  function units(): SchoolData {
    const d = scoredSchool([
      ['CB1', 'An', 'T1', 90, { rating: 4 }],
      ['CB2', 'Bình', 'T1', 85, { rating: 3 }],
      ['CB3', 'Cường', 'T1', 80, { rating: 3, gender: 'Nữ' }],
      ['CB4', 'Dung', 'T1', 60, { rating: 3, discipline: 1, disciplineText: 'Khiển trách' }],
      ['CB5', 'Em', 'T2', 89, { rating: 3 }],
      ['CB6', 'Giang', 'T2', 88, { rating: null }],
      ['CB7', 'Hà', 'T1', 90, { active: false, rating: 1, discipline: 6 }],
    ]);
    addUnit(d, 'T3');
    addCriterion(d, { id: 'U', kind: 'unit', max: 100 });
    addCard(d, 'TV01', ['U'], { T1: [50], T2: [50], T3: [50] }, { kind: 'unit' });
    addAward(d, { code: 'LDTT', method: 'standard', minScore: 80, order: 1 });
    addAward(d, { code: 'CSTD', count: 1, order: 2 });
    return d;
  }
  const unitAward = (d: SchoolData, code: string, fields: Partial<AwardRule>): void => {
    addAward(d, { method: 'standard', ...fields, code, kind: 'unit' });
  };

  it('share of active members holding any of the awards; without the % there is no condition; no active staff fails', () => {
    const d = units();
    unitAward(d, 'TT80', { memberAwards: ['LDTT', 'CSTD'], memberSharePercent: 80 });
    unitAward(d, 'TT75', { memberAwards: ['LDTT'], memberSharePercent: 75 });
    unitAward(d, 'TTX', { memberAwards: ['LDTT'] });
    const t = tallyPhase(d, 'D1');
    expect(award(t, 'TT80').recipients).toEqual(['T2']);
    expect(person(t, 'T1').reasons.TT80).toBe('Thành viên đạt LDTT, CSTD: 3/4 (75,00%) < 80%');
    expect(person(t, 'T3').reasons.TT80).toBe('Đơn vị không có cán bộ đang công tác');
    expect(award(t, 'TT75').recipients).toEqual(['T1', 'T2']);
    expect(award(t, 'TTX').recipients).toEqual(['T1', 'T2', 'T3']);
  });

  it('Có thành viên đạt: each award held by at least one member', () => {
    const d = units();
    unitAward(d, 'TTXS', { memberHasAwards: ['CSTD', 'LDTT'] });
    const t = tallyPhase(d, 'D1');
    expect(award(t, 'TTXS').recipients).toEqual(['T1']);
    expect(person(t, 'T2').reasons.TTXS).toBe('Không có thành viên đạt CSTD');
    expect(person(t, 'T3').reasons.TTXS).toBe('Không có thành viên đạt CSTD');
  });

  it('every active member rated at least the minimum (blank fails, no staff passes); no active member disciplined above the level', () => {
    const d = units();
    unitAward(d, 'R', { minMemberRating: 3 });
    unitAward(d, 'K0', { maxMemberDiscipline: 0 });
    unitAward(d, 'K1', { maxMemberDiscipline: 1 });
    const t = tallyPhase(d, 'D1');
    expect(award(t, 'R').recipients).toEqual(['T1', 'T3']);
    expect(person(t, 'T2').reasons.R).toBe('Thành viên Giang chưa có xếp loại viên chức (cần tối thiểu HTTNV)');
    expect(award(t, 'K0').recipients).toEqual(['T2', 'T3']);
    expect(person(t, 'T1').reasons.K0).toBe('Thành viên Dung bị kỷ luật (Khiển trách)');
    expect(award(t, 'K1').recipients).toEqual(['T1', 'T2', 'T3']);
  });

  it("staff conditions on a unit award are ignored; reasons are given only for awards of the participant's kind", () => {
    const d = units();
    unitAward(d, 'TT', { minRating: 4, minMonths: 99, needInitiative: true, noDiscipline: true });
    const t = tallyPhase(d, 'D1');
    expect(award(t, 'TT').recipients).toEqual(['T1', 'T2', 'T3']);
    expect(Object.keys(person(t, 'CB2').reasons)).toEqual(['CSTD']);
    expect(Object.keys(person(t, 'T1').reasons)).toEqual([]);
    expect(person(t, 'T1').awards).toEqual(['TT']);
  });

  it('a member-award condition naming an award processed later is a configuration error', () => {
    const d = units();
    addAward(d, { code: 'TT', kind: 'unit', method: 'standard', memberHasAwards: ['GK'], order: 0 });
    addAward(d, { code: 'GK', method: 'standard', order: 9 });
    const t = tallyPhase(d, 'D1');
    expect(shown(t.problems, 'error')).toEqual([
      'Khen thưởng!4:4: Khen thưởng “TT” cần “GK”, nhưng “GK” được xét sau. Hãy đưa “GK” lên trước ở cột “Thứ tự xét”',
    ]);
  });
});
