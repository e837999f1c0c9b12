import { formatNumberVi, roundHalfAway } from '../../src/core/numbers';

describe('roundHalfAway', () => {
  it.each([
    [78.125, 2, 78.13],
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [1.0049, 2, 1],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [-78.125, 2, -78.13],
    [0.5, 0, 1],
    [1.45, 1, 1.5],
    [8.345, 2, 8.35],
    [80, 2, 80],
    [1234.5678, 3, 1234.568],
    [1e-7, 2, 0],
  ])('%p to %p places → %p', (x, places, expected) => {
    expect(roundHalfAway(x, places)).toBe(expected);
  });

  it('absorbs binary noise from arithmetic: 100 × 3.125 / 4 and sums of thirds', () => {
    expect(roundHalfAway((100 * 31.25) / 40, 2)).toBe(78.13);
    expect(roundHalfAway(0.1 + 0.2, 1)).toBe(0.3);
    expect(roundHalfAway(((8.1 + 8.2 + 8.3) / 3) * 10, 0)).toBe(82);
    expect(roundHalfAway(78.12499999999999, 2)).toBe(78.13);
  });

  it('never gives -0 and keeps non-finite values', () => {
    expect(Object.is(roundHalfAway(-0.001, 2), 0)).toBe(true);
    expect(roundHalfAway(NaN, 2)).toBeNaN();
    expect(roundHalfAway(Infinity, 2)).toBe(Infinity);
  });

  it('agrees with exact decimal rounding on random 3-decimal values', () => {
    for (let i = -20000; i <= 20000; i += 7) {
      const x = i / 1000; // the displayed value has 3 decimals
      const expectedThousandths = Math.sign(i) * (Math.floor((Math.abs(i) + 5) / 10) * 10);
      expect(roundHalfAway(x, 2)).toBe(expectedThousandths / 1000 + 0);
    }
  });
});

describe('formatNumberVi', () => {
  it('uses a decimal comma and pads to the decimals', () => {
    expect(formatNumberVi(78.5, 2)).toBe('78,50');
    expect(formatNumberVi(78.125, 2)).toBe('78,13');
    expect(formatNumberVi(80, 0)).toBe('80');
    expect(formatNumberVi(-3, 2)).toBe('-3,00');
    expect(formatNumberVi(-0.001, 2)).toBe('0,00');
  });

  it('without decimals shows the value as written', () => {
    expect(formatNumberVi(80)).toBe('80');
    expect(formatNumberVi(12.5)).toBe('12,5');
    expect(formatNumberVi(0.1 + 0.2)).toBe('0,3');
  });
});
