// "Thu thập hồ sơ các trường" in Apps Script (issue 16), with the simulated host: calls per school, continuations
// by trigger, a second start refused, and a run killed at any checkpoint finishing with the same result.
import { CHECKPOINT_EVERY, collectionProgress, continueCollection, parseLink, startCollection } from '../../src/gas/consolidate';
import type { RunOutcome } from '../../src/gas/consolidate';
import type { OutputSheet } from '../../src/documents/output';
import { SimHost } from './gas-host';

const SCHOOLS = 60;
const STAFF = 20;

/** Start, then let the trigger run until done; the number of continuations. */
function runToEnd(host: SimHost, budgetMs: number): { outcome: RunOutcome; continuations: number } {
  let outcome = startCollection(host, budgetMs);
  let continuations = 0;
  while (outcome.status === 'continuing') {
    expect(host.triggerLive).toBe(true);
    continuations += 1;
    outcome = continueCollection(host, budgetMs);
  }
  return { outcome, continuations };
}

function written(host: SimHost): OutputSheet[] {
  expect(host.officeBook.writes).toHaveLength(1);
  return host.officeBook.writes[0];
}

describe('Apps Script collection of the schools', () => {
  const reference = new SimHost({ schools: SCHOOLS, staff: STAFF, missing: [5] });
  const { outcome } = runToEnd(reference, 1e9);
  const sheets = written(reference);

  test('one run when it fits: 2 service calls per school, outputs written once, nothing left behind', () => {
    expect(outcome.status).toBe('done');
    expect(outcome.message).toBe(`Xong: đã thu ${SCHOOLS - 1}/${SCHOOLS} trường. Xem “Chưa nộp” và “Kiểm tra” (${SCHOOLS - 1} mục).`);
    const perSchool = ((reference.calls.get('Drive.Files.get') ?? 0) + (reference.calls.get('Sheets.Values.batchGet') ?? 0)) / SCHOOLS;
    expect(perSchool).toBeLessThanOrEqual(2);
    expect(reference.totalCalls() / SCHOOLS).toBeLessThan(2.2);
    expect(reference.props.size).toBe(0);
    expect(reference.stageRows).toEqual([]);
    expect(reference.triggerLive).toBe(false);
    expect(sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Theo trường', 'Chưa nộp', 'Kiểm tra', 'Tổng hợp Lao động tiên tiến']),
    );
    const missing = sheets.find((s) => s.name === 'Chưa nộp');
    expect(missing?.rows.slice(1).map((r) => [r[0], r[3]])).toEqual([['S5', 'Không đọc được']]);
  });

  test('a short budget: continued by the trigger until done, then the trigger is removed; same result', () => {
    const host = new SimHost({ schools: SCHOOLS, staff: STAFF, missing: [5] });
    const { continuations } = runToEnd(host, 3_000);
    expect(continuations).toBeGreaterThan(3);
    expect(host.scheduled).toBeGreaterThan(0);
    expect(host.triggerLive).toBe(false);
    expect(written(host)).toEqual(sheets);
  });

  test('a second start while a run is alive is refused, with the progress', () => {
    const host = new SimHost({ schools: SCHOOLS, staff: STAFF });
    const first = startCollection(host, 3_000);
    expect(first.status).toBe('continuing');
    expect(collectionProgress(host)).toMatch(/^Đã thu \d+\/60 trường$/);
    expect(() => startCollection(host, 3_000)).toThrow(/^Đang thu hồ sơ: đã thu \d+\/60 trường/);
    // a run not heard of for 10 minutes is dead: a new start replaces it
    host.clock += 11 * 60_000;
    expect(startCollection(host, 1e9).status).toBe('done');
  });

  test('killed at every checkpoint in turn, the trigger’s next run finishes with the identical result', () => {
    const checkpoints = 1 + Math.ceil(SCHOOLS / CHECKPOINT_EVERY) + 1;
    expect(reference.checkpoints).toBeLessThanOrEqual(checkpoints);
    for (let kill = 2; kill <= reference.checkpoints; kill++) {
      const host = new SimHost({ schools: SCHOOLS, staff: STAFF, missing: [5] });
      host.killAt = kill;
      expect(() => runToEnd(host, 1e9)).toThrow(`killed at checkpoint ${kill}`);
      // Apps Script ended the run; the trigger (or, if the kill came before any trigger, the user) runs it again
      let again = continueCollection(host, 1e9);
      while (again.status === 'continuing') again = continueCollection(host, 1e9);
      expect(again.status).toBe('done');
      expect(written(host)).toEqual(sheets);
    }
  });

  test('a spent read quota ends the run (the school is read again later), never marks a school unreadable', () => {
    const host = new SimHost({ schools: SCHOOLS, staff: STAFF, missing: [5] });
    host.quotaAt.add(10);
    host.quotaAt.add(40);
    const { continuations } = runToEnd(host, 1e9);
    expect(continuations).toBe(2);
    expect(written(host)).toEqual(sheets);
  });

  test('links: a spreadsheet, a folder, a bare id; anything else is not a link', () => {
    expect(parseLink('https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUv/edit#gid=0')).toEqual({
      id: '1AbCdEfGhIjKlMnOpQrStUv',
      folder: false,
    });
    expect(parseLink('https://drive.google.com/drive/folders/1ZyXwVuTsRqPoNm?usp=sharing')).toEqual({
      id: '1ZyXwVuTsRqPoNm',
      folder: true,
    });
    expect(parseLink('1AbCdEfGhIjKlMnOpQrStUvWxYz')).toEqual({ id: '1AbCdEfGhIjKlMnOpQrStUvWxYz', folder: false });
    expect(parseLink('Trường Số 1')).toBeNull();
  });
});
