// Issue 12: a throw at every k-th service call of a tally (k = 1 … the calls a tally makes): the inputs are identical
// afterwards, the previous `Kết quả` is intact or the new one complete, no temporary sheet outlives the next run,
// and the lock is released.
import { tallyInSheets } from '../../src/gas/tally';
import { createScoreCards } from '../../src/gas/cards';
import { fillMarks, smallSchool } from './school';

function scoredSchool() {
  const services = smallSchool();
  createScoreCards(services, 'D1');
  fillMarks(services, 'Chấm D1 TV01', 5);
  fillMarks(services, 'Chấm D1 TV02', 6);
  fillMarks(services, 'Chấm D1 TV03', 7);
  tallyInSheets(services, 'D1'); // the previous results
  services.spreadsheet.sheet('Chấm D1 TV02').cell(2, 4).value = 1; // an edit since
  return services;
}

type Services = ReturnType<typeof scoredSchool>;
const OUTPUTS = /^(Kết quả |Thống kê chấm |Nhật ký$|~)/;

function inputs(services: Services): [string, unknown[][]][] {
  return services.spreadsheet.sheets.filter((s) => !OUTPUTS.test(s.name)).map((s) => [s.name, s.values()]);
}

const results = (services: Services): unknown[][] => services.spreadsheet.sheet('Kết quả D1').values();

const clean = scoredSchool();
const previous = results(clean);
clean.calls.reset();
tallyInSheets(clean, 'D1');
const callsOfATally = clean.calls.total;
const complete = results(clean);

test('a tally makes enough service calls for the sweep to mean something', () => {
  expect(callsOfATally).toBeGreaterThan(5);
  expect(complete).not.toEqual(previous);
});

/** One tally with a throw at service call k; what it returned or threw. */
function tallyFailingAt(k: number): {
  services: Services;
  before: [string, unknown[][]][];
  threw: boolean;
  errors: number;
} {
  const services = scoredSchool();
  const before = inputs(services);
  services.calls.reset();
  services.calls.failAtCall(k);
  try {
    const view = tallyInSheets(services, 'D1');
    return { services, before, threw: false, errors: view.errors };
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return { services, before, threw: true, errors: 0 };
  }
}

const EVERY_K = Array.from({ length: callsOfATally }, (_, i) => i + 1);

test.each(EVERY_K)('a throw at service call %i: inputs unchanged, lock released, never silent', (k) => {
  const { services, before, threw, errors } = tallyFailingAt(k);
  expect(inputs(services)).toEqual(before);
  // the last call is releaseLock itself (Apps Script releases a lock when the execution ends anyway)
  if (k < callsOfATally) expect(services.LockService.documentLock.holder).toBeNull();
  else services.LockService.documentLock.holder = null; // the end of that execution
  // a tally that did not throw either reports errors (a read that failed names its sheet) or wrote complete results
  // (a failure after the write, e.g. of the `Nhật ký` row, is swallowed by src/gas/log.ts: gap 3 below)
  if (!threw && errors === 0) expect(results(services)).toEqual(complete);
  // the next run succeeds and writes the complete results
  tallyInSheets(services, 'D1');
  expect(results(services)).toEqual(complete);
});

// Known gaps in src/gas/tally.ts (owned by the "gas" work; see the report). `test.failing` passes while the gap is
// there and turns red when it is fixed: then make these plain tests.
// 1. A read failure (calls 17–37) is reported, but the tally still writes `Kết quả` from incomplete inputs; a throw
//    between removing the old sheet and renaming the new one (call 67) loses the previous results.
test.failing('at every k, the previous Kết quả is intact or the new one complete', () => {
  const bad = EVERY_K.filter((k) => {
    const { services } = tallyFailingAt(k);
    const names = services.spreadsheet.sheets.map((s) => s.name);
    const after = names.includes('Kết quả D1') ? JSON.stringify(results(services)) : 'missing';
    return after !== JSON.stringify(previous) && after !== JSON.stringify(complete);
  });
  expect(bad).toEqual([]);
});

// 3. Not asserted yet: `Nhật ký` records no row for a failed tally, and a failure while logging (calls 69–72) is
//    swallowed (binding-less catch in src/gas/log.ts).
// 2. A temporary sheet left by a failure (call 66) is not removed by the next successful run.
test.failing('no temporary sheet outlives the next run', () => {
  const bad = EVERY_K.filter((k) => {
    const { services } = tallyFailingAt(k);
    tallyInSheets(services, 'D1');
    return services.spreadsheet.sheets.some((s) => s.name.startsWith('~'));
  });
  expect(bad).toEqual([]);
});
