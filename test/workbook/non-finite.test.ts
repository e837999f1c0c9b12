// Issue 12 (6): weights or maxima of 1e308 overflowed to NaN scores with status "ok". Now the reader refuses them at
// their cell, and the engine never reports a non-finite score as ok.
import type { SchoolData } from '../../src/core/model';
import { tallyPhase } from '../../src/core/tally';
import { lines, read } from './fixture';

describe('the reader: weight × max must be finite, and so must their sum', () => {
  test.each([
    ['a weight of 1e308', (s: Record<string, unknown[][]>) => (s['Tiêu chí'][2][5] = 1e308), 'Tiêu chí!F3'],
    ['a maximum of 1e308', (s: Record<string, unknown[][]>) => (s['Tiêu chí'][1][4] = 1e308), 'Tiêu chí!E2'],
    [
      'two criteria whose sum overflows',
      (s: Record<string, unknown[][]>) => {
        s['Tiêu chí'][1][4] = 1e306;
        s['Tiêu chí'][1][5] = 1e2;
        s['Tiêu chí'][2][4] = 1e306;
        s['Tiêu chí'][2][5] = 1e2;
      },
      'Tiêu chí!',
    ],
    ['a year weight of 1e308', (s: Record<string, unknown[][]>) => (s['Đợt thi đua'][1][3] = 1e308), 'Đợt thi đua!D2'],
  ])('%s is an error at its cell', (_label, change, cell) => {
    const { problems } = read(change);
    const found = lines(problems).filter((l) => l.includes('quá lớn để tính điểm'));
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toContain(cell);
  });
});

describe('the engine: a non-finite score is a problem, never status ok', () => {
  function withHugeWeight(): SchoolData {
    const { data } = read(() => undefined);
    // past the reader (as another adapter might be): the engine must still refuse
    data.criteria = data.criteria.map((c) => (c.id === 'TC02' ? { ...c, weight: 1e308, max: 1e308 } : c));
    return data;
  }

  test('no participant is ok with a null or non-finite score, and an error says why', () => {
    const tally = tallyPhase(withHugeWeight(), 'D1');
    for (const p of tally.participants) {
      if (p.status === 'ok') expect(Number.isFinite(p.score)).toBe(true);
    }
    expect(tally.problems.some((p) => p.severity === 'error' && p.message.includes('vượt quá khả năng tính'))).toBe(true);
  });

  test('a huge mark times a weight that is finite alone but overflows in the sum', () => {
    const { data } = read(() => undefined);
    data.criteria = data.criteria.map((c) => (c.kind === 'staff' ? { ...c, weight: 1e300, max: 1e7 } : c));
    const tally = tallyPhase(data, 'D1');
    expect(tally.participants.filter((p) => p.status === 'ok' && !Number.isFinite(p.score))).toEqual([]);
  });
});
