import type { SchoolData } from '../../src/core/model';
import { tallyPhase } from '../../src/core/tally';
import { addAward, addCard, addCriterion, addMembers, addUnit, addVotes, scoredSchool, award, person } from './school-builder';

/** CB1 95; CB2, CB3, CB4 tied at 80; CB5 70. */
function tied(womenPriority = true): SchoolData {
  const d = scoredSchool(
    [
      ['CB1', 'Nguyễn Văn An', 'T1', 95],
      ['CB2', 'Trần Văn Bình', 'T1', 80],
      ['CB3', 'Lê Thị Cúc', 'T1', 80, { gender: 'nữ' }],
      ['CB4', 'Phạm Văn Dũng', 'T1', 80],
      ['CB5', 'Hoàng Văn Em', 'T1', 70],
    ],
    { womenPriority },
  );
  addMembers(d, 4);
  return d;
}

describe('ties at the cut', () => {
  it('without deciding votes or women priority, everyone tied across the cut is pending and their seats stay open', () => {
    const d = tied(false);
    addAward(d, { code: 'GK', count: 2 });
    const t = tallyPhase(d, 'D1');
    expect(award(t, 'GK')).toMatchObject({ quota: 2, recipients: ['CB1'], pending: ['CB2', 'CB3', 'CB4'], open: 1 });
    expect(person(t, 'CB2')).toMatchObject({ awards: [], pending: ['GK'], reasons: { GK: 'Chờ Hội đồng quyết định' } });
    expect(person(t, 'CB5').reasons.GK).toBe('Xếp sau chỉ tiêu (1/2)');
    expect(t.problems.map((p) => p.message)).toEqual([
      'Khen thưởng “GK”: 3 người bằng điểm chờ Hội đồng quyết định, 1 suất còn trống. Hãy để Hội đồng biểu quyết chọn người',
    ]);
  });

  it('agreeing votes for this award decide the tie', () => {
    const d = tied(false);
    addAward(d, { code: 'GK', count: 3 });
    addVotes(d, [
      ['CB2', 'GK', 3],
      ['CB3', 'GK', 5],
      ['CB4', 'GK', 1],
      ['CB4', 'OTHER', 5],
    ]);
    const t = tallyPhase(d, 'D1');
    expect(award(t, 'GK')).toMatchObject({ recipients: ['CB1', 'CB2', 'CB3'], pending: [], open: 0 });
    expect(person(t, 'CB4').reasons.GK).toBe('Bằng điểm tại ranh giới chỉ tiêu, ít phiếu đồng ý hơn (1 < 3)');
  });

  it('equal votes: women first when the priority is on', () => {
    const d = tied(true);
    addAward(d, { code: 'GK', count: 2 });
    const t = tallyPhase(d, 'D1');
    expect(award(t, 'GK')).toMatchObject({ recipients: ['CB1', 'CB3'], pending: [], open: 0 });
    expect(person(t, 'CB2').reasons.GK).toBe('Bằng điểm và phiếu tại ranh giới chỉ tiêu, ưu tiên nữ');
  });

  it('a sub-group that fits wins, the one straddling the cut is pending, lower ones lose', () => {
    const d = tied(true);
    addAward(d, { code: 'GK', count: 3 });
    // CB3 (woman) wins on priority; CB2 and CB4 equal on votes and gender straddle the last seat
    const t = tallyPhase(d, 'D1');
    expect(award(t, 'GK')).toMatchObject({ recipients: ['CB1', 'CB3'], pending: ['CB2', 'CB4'], open: 1 });
    const more = tied(true);
    addAward(more, { code: 'GK', count: 3 });
    addVotes(more, [
      ['CB4', 'GK', 2],
      ['CB2', 'GK', 2],
    ]);
    const u = tallyPhase(more, 'D1');
    // votes first: CB2 and CB4 (2 votes) fit in the two seats left; CB3 loses on votes despite the priority
    expect(award(u, 'GK')).toMatchObject({ recipients: ['CB1', 'CB2', 'CB4'], pending: [], open: 0 });
    expect(person(u, 'CB3').reasons.GK).toBe('Bằng điểm tại ranh giới chỉ tiêu, ít phiếu đồng ý hơn (0 < 2)');
  });

  it('a tie that does not straddle the cut needs no decision', () => {
    const d = tied(false);
    addAward(d, { code: 'GK', count: 4 });
    expect(award(tallyPhase(d, 'D1'), 'GK')).toMatchObject({ recipients: ['CB1', 'CB2', 'CB3', 'CB4'], pending: [] });
  });

  it('a capped Tiêu chuẩn cuts by rank with the same rule', () => {
    const d = tied(false);
    addAward(d, { code: 'TC', method: 'standard', capPercent: 40 }); // ⌊40% × 5⌋ = 2
    const t = tallyPhase(d, 'D1');
    expect(award(t, 'TC')).toMatchObject({ quota: 2, recipients: ['CB1'], pending: ['CB2', 'CB3', 'CB4'], open: 1 });
  });

  it('pending candidates do not hold the award: no base, no prerequisite, no exclusion group', () => {
    const d = tied(false);
    addAward(d, { code: 'GK', count: 2, exclusionGroup: 'G', order: 1 });
    addAward(d, { code: 'NEXT', method: 'standard', requiredAwards: ['GK'], order: 2 });
    addAward(d, { code: 'BASE', method: 'standard', capPercent: 100, capBase: 'GK', order: 3 });
    addAward(d, { code: 'ALT', method: 'standard', exclusionGroup: 'G', minScore: 75, order: 4 });
    const t = tallyPhase(d, 'D1');
    expect(award(t, 'NEXT').recipients).toEqual(['CB1']);
    expect(award(t, 'BASE').quota).toBe(1);
    expect(award(t, 'ALT').recipients).toEqual(['CB2', 'CB3', 'CB4']);
    expect(person(t, 'CB1').reasons.ALT).toBe('Đã nhận GK (cùng nhóm loại trừ G)');
  });

  it('a unit is a women-priority collective with at least 70% women among its active staff', () => {
    const d = scoredSchool([
      ['A1', 'An', 'T1', 50, { gender: 'Nữ' }],
      ['A2', 'Bình', 'T1', 50, { gender: 'Nữ' }],
      ['A3', 'Cúc', 'T1', 50],
      ['B1', 'Dung', 'T2', 50, { gender: 'NỮ' }],
      ['B2', 'Em', 'T2', 50, { gender: 'Nữ' }],
      ['B3', 'Giang', 'T2', 50, { gender: 'Nữ' }],
      ['B4', 'Hà', 'T2', 50],
      ['B5', 'Khoa', 'T2', 50, { active: false }],
    ]);
    addUnit(d, 'T3');
    addCriterion(d, { id: 'U', kind: 'unit', max: 10 });
    addCard(d, 'TV01', ['U'], { T1: [8], T2: [8], T3: [8] }, { kind: 'unit' });
    addAward(d, { code: 'TT', kind: 'unit', count: 1 });
    const t = tallyPhase(d, 'D1');
    // T1: 2/3 = 67% < 70%; T2: 3/4 = 75%; T3: no staff → not a women-priority collective
    expect(award(t, 'TT')).toMatchObject({ recipients: ['T2'], pending: [] });
    expect(person(t, 'T3').reasons.TT).toBe('Bằng điểm và phiếu tại ranh giới chỉ tiêu, ưu tiên nữ');
  });
});
