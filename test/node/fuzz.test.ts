// Issue 12: 300 hostile workbooks (seeds 1–300) through validate + tally + both exports: no crash, no silent change.
// `npm run fuzz -- --count 10000` runs the long version.
import { fuzz } from '../../src/node/fuzz';

test('300 mutated workbooks: 0 crashes, 0 silent changes', () => {
  const report = fuzz(300, 1);
  expect(report.tried).toBe(300);
  expect(report.crashes.map((c) => `${c.seed}: ${c.mutations.join('; ')}: ${c.error}`)).toEqual([]);
  expect(report.silent.map((s) => `${s.seed}: ${s.mutations.join('; ')} → ${s.changed}`)).toEqual([]);
}, 120_000);

describe('what the fuzzer counts as a silent change', () => {
  test('seed 7851: −5 typed into a deduction mark (TC10, −10 to 0) is a valid mark that may change decisions', () => {
    const report = fuzz(1, 7851);
    expect(report.silent).toEqual([]);
    expect(report.validMarks.map((m) => m.mutations)).toEqual([['cell Chấm D3 TV04!M45 ← "><v>-5</v>" (a valid mark)']]);
  }, 30_000);

  test('seed 8968: an award code renamed on Khen thưởng (B11 ← 99999999) decides the same', () => {
    const report = fuzz(1, 8968);
    expect(report.silent).toEqual([]);
    expect(report.validMarks).toEqual([]);
  }, 30_000);
});
