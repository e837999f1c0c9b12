// The council's statistics of the demo school (sheets-templates/demo.xlsx read like a user's file), and why each
// finding is what the demo was built to show.
import { join } from 'node:path';
import { phaseFairness } from '../../src/core/fairness';
import { fairnessText } from '../../src/core/fairness/messages';
import { sensitivity, withoutMember } from '../../src/core/fairness/sensitivity';
import type { SchoolData } from '../../src/core/model';
import type { PhaseTally } from '../../src/core/result';
import { tallyPhase } from '../../src/core/tally';
import { openXlsx } from '../../src/node/xlsx/index';
import { readSchool } from '../../src/workbook/read-school';

const { data } = readSchool(openXlsx(join(__dirname, '..', '..', 'sheets-templates', 'demo.xlsx')));
const d1 = tallyPhase(data, 'D1');
const score = (t: PhaseTally, id: string) => t.participants.find((p) => p.kind === 'staff' && p.id === id)?.score ?? null;
const gkdx = (t: PhaseTally) => t.awards.find((a) => a.code === 'GKDX')?.recipients ?? [];

describe('D1 of the demo: no decision hangs on one member', () => {
  const found = sensitivity(data, 'D1', d1);

  it('finds no change, and says it is good news', () => {
    expect(found).toEqual([]);
    expect(fairnessText.noSensitivity).toMatch(/^Tin tốt/);
  });

  it('the Tổ Khối 2 tie stays a tie without any member, and the ballot (6 Đ against 4 Đ) still gives CB021 the seat', () => {
    // by construction: CB020 and CB021 share a profile, so every card gives them the same marks
    for (const card of data.cards.filter((c) => c.phaseId === 'D1' && c.kind === 'staff')) {
      const width = card.criterionIds.length;
      const row = (id: string) =>
        Array.from(card.values.subarray(card.participantIds.indexOf(id) * width, (card.participantIds.indexOf(id) + 1) * width));
      expect(row('CB020')).toEqual(row('CB021'));
    }
    expect(gkdx(d1)).toContain('CB021');
    expect(gkdx(d1)).not.toContain('CB020');
    for (const member of data.members) {
      const t = tallyPhase(withoutMember(data, member.id), 'D1');
      expect(score(t, 'CB020')).toBe(score(t, 'CB021'));
      expect(gkdx(t)).toContain('CB021');
      expect(gkdx(t)).not.toContain('CB020');
    }
  });

  it('every other seat is won by more than one member can move a score', () => {
    // the largest change of any staff score when one member is left out
    let swing = 0;
    for (const member of data.members) {
      const t = tallyPhase(withoutMember(data, member.id), 'D1');
      for (const p of d1.participants.filter((x) => x.kind === 'staff'))
        swing = Math.max(swing, Math.abs((score(t, p.id) ?? 0) - (p.score ?? 0)));
    }
    expect(swing).toBeGreaterThan(0);
    const staff = d1.participants.filter((p) => p.kind === 'staff');
    for (const id of gkdx(d1).filter((x) => x !== 'CB021')) {
      const unit = staff.find((p) => p.id === id)?.unit;
      const next = staff.filter((p) => p.unit === unit && p.id !== id).map((p) => p.score ?? 0);
      // the seat holder's lead over the best of the rest of the unit is more than two swings (both may move)
      expect((score(d1, id) ?? 0) - Math.max(...next)).toBeGreaterThan(2 * swing);
    }
  });

  it('a member whose marks are the council’s own aggregates decides nothing, and changes nothing by being there', () => {
    // TV08 (not staff, so no self-mark) marks everyone with the exact mean of the others: leaving TV08 out moves no aggregate
    const criteria = data.criteria.filter((c) => c.kind === 'staff');
    const ids = d1.participants.filter((p) => p.kind === 'staff').map((p) => p.id);
    const values = new Float64Array(ids.length * criteria.length);
    ids.forEach((id, r) => criteria.forEach((c, j) => (values[r * criteria.length + j] = meanMark(data, id, c.id))));
    const echo: SchoolData = {
      ...data,
      members: [...data.members, { id: 'TV08', name: 'Thành viên thêm', email: '', staffId: '', role: '', row: 9 }],
      cards: [
        ...data.cards,
        {
          sheet: 'Chấm D1 TV08',
          phaseId: 'D1',
          memberId: 'TV08',
          kind: 'staff',
          participantIds: ids,
          criterionIds: criteria.map((c) => c.id),
          values,
          rows: ids.map((_, r) => r + 2),
          cols: criteria.map((_, j) => j + 4),
        },
      ],
    };
    const t = tallyPhase(echo, 'D1');
    expect(t.awards.map((a) => a.recipients)).toEqual(d1.awards.map((a) => a.recipients));
    expect(sensitivity(echo, 'D1', t).map((s) => s.member)).not.toContain('TV08');
  });
});

/** The mean of the members' marks of a staff member on a criterion in D1, self-marks left out (as the tally does). */
function meanMark(school: SchoolData, id: string, criterion: string): number {
  const marks: number[] = [];
  for (const card of school.cards.filter((c) => c.phaseId === 'D1' && c.kind === 'staff')) {
    const self = school.members.find((m) => m.id === card.memberId)?.staffId;
    const r = card.participantIds.indexOf(id);
    const j = card.criterionIds.indexOf(criterion);
    if (self === id || r < 0 || j < 0) continue;
    const v = card.values[r * card.criterionIds.length + j];
    if (v === v) marks.push(v);
  }
  return marks.reduce((a, b) => a + b, 0) / marks.length;
}

describe('the demo’s statistics', () => {
  const f = phaseFairness(data, 'D1', d1);

  it('every member marked every active staff member but themself; the council agrees highly on staff', () => {
    const staff = f.members.filter((m) => m.kind === 'staff');
    expect(staff.map((m) => m.id)).toEqual(data.members.map((m) => m.id));
    const active = data.staff.filter((s) => s.active).length;
    for (const m of staff) expect(m.marked).toBe(active - 1);
    expect(f.agreement.find((a) => a.kind === 'staff')).toMatchObject({
      method: 'complete',
      participants: active - data.members.length,
      reading: 'high',
    });
    // units: a member's own tổ is not theirs to mark, so fewer than 5 units are marked by all
    expect(f.agreement.find((a) => a.kind === 'unit')?.method).toBe('pairwise');
  });

  it('the year end is the mean of the phases: no member statistics, but its decisions can still hang on a member', () => {
    const cn = phaseFairness(data, 'CN', tallyPhase(data, 'CN'));
    expect(cn.yearMean).toEqual(['staff', 'unit']);
    expect(cn.members).toEqual([]);
    for (const s of cn.sensitivity) {
      for (const c of s.changes)
        expect(tallyPhase(withoutMember(data, s.member), 'CN').awards.find((a) => a.code === c.award)?.recipients).toEqual(
          expect.arrayContaining(c.gained),
        );
    }
  });
});
