// Issue 12: 300 hostile workbooks (seeds 1–300) through validate + tally + both exports: no crash, no silent change.
// `npm run fuzz -- --count 10000` runs the long version.
import { fuzz } from '../../src/node/fuzz';

test('300 mutated workbooks: 0 crashes, 0 silent changes', () => {
  const report = fuzz(300, 1);
  expect(report.tried).toBe(300);
  expect(report.crashes.map((c) => `${c.seed}: ${c.mutations.join('; ')}: ${c.error}`)).toEqual([]);
  expect(report.silent.map((s) => `${s.seed}: ${s.mutations.join('; ')} → ${s.changed}`)).toEqual([]);
}, 120_000);
