// Issue 12, the tally's fault sweep again with the Sheets advanced service enabled (reads in one batchGet, the
// write in batchUpdates whose last one swaps the sheets; a failed API call falls back to SpreadsheetApp): at every
// k the inputs are identical, the previous `Kết quả` is intact or the new one complete, a failure is logged, and
// the next run leaves the complete results and no temporary or hidden sheet.
import { createScoreCards } from '../../src/gas/cards';
import { tallyInSheets } from '../../src/gas/tally';
import { createFakeServices, FakeServices, installFakeGlobals } from './fake';
import { fillMarks, smallSchool } from './school';
import { callNames, failingAt, FAILURE_COLUMN, logRows, temporarySheets } from './sweep';

function withGlobals<T>(services: FakeServices, run: () => T): T {
  const restore = installFakeGlobals(services);
  try {
    return run();
  } finally {
    restore();
  }
}

function scoredSchool(): FakeServices {
  const services = smallSchool(createFakeServices({ sheetsApi: true }));
  withGlobals(services, () => {
    createScoreCards(services, 'D1');
    fillMarks(services, 'Chấm D1 TV01', 5);
    fillMarks(services, 'Chấm D1 TV02', 6);
    tallyInSheets(services, 'D1');
  });
  services.spreadsheet.sheet('Chấm D1 TV02').cell(2, 4).value = 1; // an edit since
  return services;
}

const OUTPUTS = /^(Kết quả |Thống kê chấm |Nhật ký$|~)/;
const inputs = (services: FakeServices) =>
  services.spreadsheet.sheets.filter((s) => !OUTPUTS.test(s.name)).map((s) => [s.name, s.values()]);
const results = (services: FakeServices) => JSON.stringify(services.spreadsheet.sheet('Kết quả D1').values());
const tally = (services: FakeServices) => withGlobals(services, () => tallyInSheets(services, 'D1'));

const clean = scoredSchool();
const previous = results(clean);
const calls = callNames(clean, () => tally(clean)).length;
const complete = results(clean);

test('the sweep goes through the API', () => {
  const services = scoredSchool();
  const names = callNames(services, () => tally(services));
  expect(names).toContain('Sheets.Spreadsheets.batchUpdate');
  expect(names).toContain('Sheets.Spreadsheets.Values.batchGet');
  expect(complete).not.toBe(previous);
});

test.each(Array.from({ length: calls }, (_, i) => i + 1))('a throw at service call %i', (k) => {
  const services = scoredSchool();
  const before = inputs(services);
  const error = failingAt(services, k, () => tally(services));
  expect(inputs(services)).toEqual(before);
  expect([previous, complete]).toContain(results(services));
  if (error === null) expect(results(services)).toBe(complete);
  else expect(logRows(services.spreadsheet).at(-1)?.[FAILURE_COLUMN]).toBe(error.message);
  if (k === calls) services.LockService.documentLock.holder = null; // releaseLock failed: released when the execution ends
  tally(services);
  expect(results(services)).toBe(complete);
  expect(temporarySheets(services.spreadsheet)).toEqual([]);
  expect(services.spreadsheet.sheets.filter((s) => s.hidden).map((s) => s.name)).toEqual([]);
});
