// Issue 12: a throw at every k-th service call of a tally (k = 1 … the calls a tally makes): the inputs are identical
// afterwards, the previous `Kết quả` is intact or the new one complete, no temporary sheet outlives the next run,
// `Nhật ký` records the failure, and the lock is released. Then a read failure, the 6-minute budget and two tallies.
import { tallyInSheets } from '../../src/gas/tally';
import { createScoreCards } from '../../src/gas/cards';
import { MSG } from '../../src/gas/messages';
import { TIME_BUDGET_MS } from '../../src/gas/services';
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
const FAILURE = MSG.log.headers.indexOf('Sự cố');

function inputs(services: Services): [string, unknown[][]][] {
  return services.spreadsheet.sheets.filter((s) => !OUTPUTS.test(s.name)).map((s) => [s.name, s.values()]);
}

const results = (services: Services): unknown[][] => services.spreadsheet.sheet('Kết quả D1').values();
const logRows = (services: Services): unknown[][] => services.spreadsheet.sheet('Nhật ký').values().slice(1);
const temporary = (services: Services): string[] => services.spreadsheet.sheets.map((s) => s.name).filter((n) => n.startsWith('~'));

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
  logBefore: number;
  error: Error | null;
} {
  const services = scoredSchool();
  const before = inputs(services);
  const logBefore = logRows(services).length;
  services.calls.reset();
  services.calls.failAtCall(k);
  try {
    tallyInSheets(services, 'D1');
    return { services, before, logBefore, error: null };
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return { services, before, logBefore, error: error as Error };
  }
}

const EVERY_K = Array.from({ length: callsOfATally }, (_, i) => i + 1);

test.each(EVERY_K)('a throw at service call %i: inputs unchanged, results old or complete, logged, nothing left', (k) => {
  const { services, before, logBefore, error } = tallyFailingAt(k);
  expect(inputs(services)).toEqual(before);
  // the last call is releaseLock itself (Apps Script releases a lock when the execution ends anyway)
  if (k < callsOfATally) expect(services.LockService.documentLock.holder).toBeNull();
  else services.LockService.documentLock.holder = null; // the end of that execution
  // the previous `Kết quả` is intact or the new one complete: never a mix, never gone
  const after = JSON.stringify(results(services));
  expect([JSON.stringify(previous), JSON.stringify(complete)]).toContain(after);
  if (error === null)
    expect(results(services)).toEqual(complete); // a tally that says it succeeded wrote everything
  else {
    // the user is told in Vietnamese what to do, and `Nhật ký` records the failure with that message
    expect(error.message).toMatch(/Hãy chạy lại/);
    const rows = logRows(services);
    expect(rows).toHaveLength(logBefore + 1);
    expect(rows[rows.length - 1].slice(2, 4)).toEqual(['Tính kết quả', 'D1']);
    expect(rows[rows.length - 1][FAILURE]).toBe(error.message);
  }
  // the next run succeeds, writes the complete results and removes whatever the failure left
  tallyInSheets(services, 'D1');
  expect(results(services)).toEqual(complete);
  expect(temporary(services)).toEqual([]);
});

test('the sweep covers the points that used to go wrong: a read, the swap of the results sheet', () => {
  const names: string[] = [];
  const services = scoredSchool();
  services.calls.reset();
  const count = services.calls.count.bind(services.calls);
  services.calls.count = (name: string) => {
    names.push(name);
    count(name);
  };
  tallyInSheets(services, 'D1');
  expect(names).toHaveLength(callsOfATally);
  expect(names).toContain('Range.getValues');
  expect(names).toContain('Sheet.setName');
  expect(names).toContain('Spreadsheet.deleteSheet');
});

describe('a read that fails', () => {
  test('is not a tally from incomplete inputs: nothing written, the sheet named, the failure logged', () => {
    const services = scoredSchool();
    services.calls.failOn('Range.getValues', 9, 'Service Spreadsheets timed out');
    expect(() => tallyInSheets(services, 'D1')).toThrow(
      /^Không đọc được trang tính “[^”]+” \(Service Spreadsheets timed out\) nên chưa ghi kết quả: kết quả cũ vẫn được giữ nguyên\. Hãy chạy lại/,
    );
    expect(results(services)).toEqual(previous);
    const rows = logRows(services);
    expect(String(rows[rows.length - 1][FAILURE])).toMatch(/^Không đọc được trang tính/);
  });
});

describe('a leftover temporary sheet', () => {
  test('from a run that died between writing and naming is removed by the next run', () => {
    const services = scoredSchool();
    services.spreadsheet.addSheet('~ đang ghi Kết quả D1', [['nửa chừng']]);
    services.spreadsheet.addSheet('~ đang ghi Kết quả D1 (cũ)', [['cũ']]);
    tallyInSheets(services, 'D1');
    expect(temporary(services)).toEqual([]);
    expect(results(services)).toEqual(complete);
  });
});

describe('the 6-minute limit', () => {
  /** A clock that advances `msPerCall` with every service call (Apps Script calls take 100–400 ms each). */
  function timed(services: Services, msPerCall: number): Services & { now: () => number } {
    return { ...services, now: () => services.clock.ms + services.calls.total * msPerCall };
  }

  test('a tally that would end past the budget stops before writing, says so and logs it', () => {
    const services = scoredSchool();
    services.calls.reset();
    // the reads alone take the budget: every call 'costs' more than the budget divided by the calls of a tally
    const slow = timed(services, Math.ceil(TIME_BUDGET_MS / 30));
    const before = inputs(services);
    let message = '';
    try {
      tallyInSheets(slow, 'D1');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Đã dừng trước khi ghi: lần chạy này đã mất \d+ giây, ghi kết quả cần thêm khoảng \d+ giây/);
    expect(message).toContain('Chưa ghi gì; kết quả cũ vẫn được giữ nguyên. Hãy chạy lại');
    expect(results(services)).toEqual(previous);
    expect(inputs(services)).toEqual(before);
    expect(temporary(services)).toEqual([]);
    expect(services.calls.of('Spreadsheet.insertSheet')).toBe(0);
    expect(logRows(services).at(-1)?.[FAILURE]).toBe(message);
  });

  test('at 200 ms a call the small school fits easily', () => {
    const services = scoredSchool();
    services.calls.reset();
    tallyInSheets(timed(services, 200), 'D1');
    expect(results(services)).toEqual(complete);
  });
});

describe('two tallies at once', () => {
  test('the second, started while the first holds the lock, is refused, writes and logs nothing; results never mix', () => {
    const services = scoredSchool();
    const logBefore = logRows(services).length;
    let second: unknown = null;
    // the first tally's first write is where the second user clicks
    const sheetsApp = services.SpreadsheetApp;
    const insert = services.spreadsheet.insertSheet.bind(services.spreadsheet);
    let once = true;
    services.spreadsheet.insertSheet = ((...args: Parameters<typeof insert>) => {
      if (once) {
        once = false;
        try {
          tallyInSheets({ ...services, SpreadsheetApp: sheetsApp }, 'D1');
        } catch (error) {
          second = error;
        }
      }
      return insert(...args);
    }) as typeof insert;
    tallyInSheets(services, 'D1');
    expect(second).toBeInstanceOf(Error);
    expect((second as Error).message).toBe(MSG.busy);
    expect(results(services)).toEqual(complete);
    expect(logRows(services)).toHaveLength(logBefore + 1); // the first tally's line only
    expect(temporary(services)).toEqual([]);
    expect(services.LockService.documentLock.holder).toBeNull();
  });
});
