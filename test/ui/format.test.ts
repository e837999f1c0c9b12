import fc from 'fast-check';
import {
  esc,
  formatDate,
  formatMark,
  formatNumber,
  formatPeriod,
  formatTime,
  formatYears,
  median,
  setScoreDecimals,
  splitPhaseName,
} from '../../src/ui/format';

describe('formatNumber (Vietnamese)', () => {
  it('uses a decimal comma and dot thousands', () => {
    expect(formatNumber(78.5)).toBe('78,50');
    expect(formatNumber(100)).toBe('100,00');
    expect(formatNumber(1234.5)).toBe('1.234,50');
    expect(formatNumber(1234567, 0)).toBe('1.234.567');
    expect(formatNumber(-3.25, 1)).toBe('-3,3');
    expect(formatNumber(null)).toBe('—');
  });

  it('rounds half away from zero like the engine', () => {
    expect(formatNumber(2.675)).toBe('2,68');
    expect(formatNumber(0.125)).toBe('0,13');
    expect(formatNumber(-0.125)).toBe('-0,13');
  });

  it('reads back as the same number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (cents) => {
        const value = cents / 100;
        const back = Number(formatNumber(value).replace(/\./g, '').replace(',', '.'));
        expect(back).toBeCloseTo(value, 9);
      }),
    );
  });
});

describe('formatMark', () => {
  it('keeps only the decimals it needs', () => {
    expect(formatMark(18.5)).toBe('18,5');
    expect(formatMark(9)).toBe('9');
    expect(formatMark(7.25)).toBe('7,25');
    expect(formatMark(10.0)).toBe('10');
  });
});

describe('dates', () => {
  it('shows ISO dates as dd/mm/yyyy', () => {
    expect(formatDate('2025-09-05')).toBe('05/09/2025');
    expect(formatDate('')).toBe('');
    expect(formatPeriod('2025-09-05', '2025-11-20')).toBe('05/09/2025 – 20/11/2025');
    expect(formatPeriod('', '2025-11-20')).toBe('20/11/2025');
  });
});

describe('esc', () => {
  it('escapes every HTML-special character', () => {
    expect(esc(`<img src=x onerror="a('b')">&`)).toBe('&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;');
    expect(esc(null)).toBe('');
  });

  it('never leaves a raw < > " or \' in any string', () => {
    fc.assert(fc.property(fc.string(), (s) => expect(esc(s)).not.toMatch(/[<>"']/)));
  });
});

describe('median', () => {
  it('takes the middle, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe("the school's number of decimals", () => {
  afterEach(() => setScoreDecimals(2));
  test('scores follow `Số chữ số thập phân` once a tally says it', () => {
    expect(formatNumber(78.5)).toBe('78,50');
    setScoreDecimals(1);
    expect(formatNumber(78.46)).toBe('78,5');
    expect(formatMark(9)).toBe('9');
    setScoreDecimals(-3);
    expect(formatNumber(78.46)).toBe('78,5');
  });
});

describe('school year, phase names, time', () => {
  it('writes the school year with a spaced en dash', () => {
    expect(formatYears('2025-2026')).toBe('2025 – 2026');
    expect(formatYears(' 2025 – 2026 ')).toBe('2025 – 2026');
    expect(formatYears('năm nay')).toBe('năm nay');
    // a school that typed the words too does not get “Năm học Năm học …”
    expect(formatYears('Năm học 2025-2026')).toBe('2025 – 2026');
  });

  it('splits a phase name at its first dash into a short name and the rest', () => {
    expect(splitPhaseName('Đợt 1 – Chào mừng Ngày Nhà giáo Việt Nam 20/11')).toEqual(['Đợt 1', 'Chào mừng Ngày Nhà giáo Việt Nam 20/11']);
    expect(splitPhaseName('Tổng kết năm học 2025-2026')).toEqual(['Tổng kết năm học 2025-2026', '']);
  });

  it('shows a time as hh:mm', () => {
    expect(formatTime(new Date(2026, 0, 2, 9, 5))).toBe('09:05');
  });
});
