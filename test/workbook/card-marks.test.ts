// Issue 12 (fuzzer seeds 7851, 8968): marks of −5 and −1e308 on score cards. A mark outside its criterion's range is
// an error at its cell (never used); a negative mark inside the range of a deduction criterion is a valid mark.
import { formatCell } from '../../src/core/cellref';
import { tallyPhase } from '../../src/core/tally';
import { read, schoolWorkbook } from './fixture';
import { readSchool } from '../../src/workbook/read-school';

function tallyWith(change: (s: Record<string, unknown[][]>) => void) {
  const { data, problems } = read(change);
  const tally = tallyPhase(data, 'D1');
  const all = [...problems, ...tally.problems].map((p) => `${p.severity} ${p.where ? formatCell(p.where) : '-'}: ${p.message}`);
  return { tally, all };
}

describe('a mark on a score card', () => {
  test.each([
    ['−5 in a criterion from 0 to 10', -5],
    ['−1e308', -1e308],
    ['1e308', 1e308],
    ['11 above its maximum 10', 11],
  ])('%s is an error at its cell, and not used', (_label, mark) => {
    const before = tallyWith(() => undefined).tally.participants.find((p) => p.id === 'CB001');
    const { tally, all } = tallyWith((s) => (s['Chấm D1 TV02'][1][3] = mark));
    expect(all.filter((l) => l.startsWith('error Chấm D1 TV02!D2:'))).toHaveLength(1);
    const after = tally.participants.find((p) => p.id === 'CB001');
    expect(after?.criteria.TC01).not.toBe(before?.criteria.TC01);
    expect(after?.criteria.TC01 ?? null).toBeNull();
  });

  test('−5 in a deduction criterion from −10 to 0 is a valid mark: no problem, and it counts', () => {
    const { tally, all } = tallyWith((s) => {
      s['Tiêu chí'].push(['TC03', 'Điểm trừ', 'Cá nhân', -10, 0, '', '', '']);
      s['Chấm D1 TV02'][0].push('TC03');
      s['Chấm D1 TV02'][1].push(-5);
    });
    expect(all.filter((l) => l.includes('TC03') || l.includes('Chấm D1 TV02!F'))).toEqual([]);
    expect(tally.participants.find((p) => p.id === 'CB001')?.criteria.TC03).toBe(-5);
  });
});

test('a second card sheet for the same member and phase (names equal like headers) is reported and not counted', () => {
  const wb = schoolWorkbook((sheets) => {
    sheets['Chấm  d1 tv02'] = [
      ['Mã', 'TC01'],
      ['CB001', 1],
    ];
  });
  const { data, problems } = readSchool(wb);
  expect(problems.map((p) => `${formatCell(p.where ?? { sheet: '' })}: ${p.message}`)).toContain(
    'Chấm  d1 tv02!A1: trang tính “Chấm  d1 tv02” trùng tên với trang tính “Chấm D1 TV02”: trang tính này bị bỏ qua. Hãy đổi tên hoặc xóa một trong hai trang tính',
  );
  expect(data.cards.filter((c) => c.memberId === 'TV02' && c.phaseId === 'D1' && c.kind === 'staff')).toHaveLength(1);
});
