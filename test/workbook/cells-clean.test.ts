import fc from 'fast-check';
import { cleanNumber } from '../../src/workbook/cells';

test('cleanNumber reads a number as the decimal it displays (binary noise removed)', () => {
  expect(cleanNumber(0.1 + 0.2)).toBe(0.3);
  expect(cleanNumber(8.5)).toBe(8.5);
  expect(cleanNumber(1.005)).toBe(1.005);
  expect(cleanNumber(78.12499999999999)).toBe(78.125);
});

test('the fast path agrees with toPrecision(15) everywhere', () => {
  const slow = (n: number) => Number(n.toPrecision(15));
  fc.assert(
    fc.property(
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
      (n) => Object.is(cleanNumber(n), slow(n)) || cleanNumber(n) === slow(n),
    ),
  );
  fc.assert(
    fc.property(fc.integer({ min: -100000, max: 100000 }), fc.integer({ min: 0, max: 6 }), (k, d) => {
      const n = k / 10 ** d;
      return cleanNumber(n) === slow(n);
    }),
  );
});
