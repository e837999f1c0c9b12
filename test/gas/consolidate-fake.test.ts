// "Thu thập hồ sơ các trường" on the project's Apps Script fake (issue 16): the real gasOfficeHost over SpreadsheetApp,
// the Sheets and Drive advanced services, PropertiesService, ScriptApp triggers and LockService, with 30 simulated
// school spreadsheets (one missing, two linked by a Drive folder): ≤ 2 remote calls per school, the outputs written in
// one batchUpdate, continued by trigger until done (the trigger then gone), a run ended at every checkpoint giving
// the identical result, and a second start refused.
import {
  CHECKPOINT_EVERY,
  collectFromMenu,
  collectionProgress,
  continueFromTrigger,
  gasOfficeHost,
  parseLink,
  RUN_PROPERTY,
} from '../../src/gas/consolidate';
import { FakeProvince, manifestScopes, schoolFileId } from '../office/province';

const SCHOOLS = 30;
const STAFF = 12;
const OPTIONS = { schools: SCHOOLS, staff: STAFF, missing: [5], folders: [7, 8] };
/** a budget of about ten schools a run (a school takes a second: the pace of the Sheets read quota) */
const SHORT = 10_000;
const OUTPUTS = ['Theo trường', 'Chưa nộp', 'Kiểm tra'];

function collect(province: FakeProvince, budgetMs?: number): string {
  collectFromMenu({ now: province.now, budgetMs });
  province.runTriggers(budgetMs);
  return province.services.SpreadsheetApp.ui.alerts[0] ?? '';
}

/** Everything left in the office spreadsheet, and what the run left behind. */
function outcome(province: FakeProvince): { sheets: Record<string, unknown[][]>; triggers: number; properties: string[] } {
  return {
    sheets: province.snapshot(),
    triggers: province.scriptApp.triggers.length,
    properties: [...province.services.PropertiesService.document.map.keys()],
  };
}

function withProvince<T>(options: ConstructorParameters<typeof FakeProvince>[0], fn: (p: FakeProvince) => T): T {
  const province = new FakeProvince(options).install();
  try {
    return fn(province);
  } finally {
    province.uninstall();
  }
}

describe('Apps Script collection on the fake', () => {
  const reference = withProvince(OPTIONS, (p) => {
    const alert = collect(p);
    return {
      alert,
      result: outcome(p),
      reads: p.schoolReads,
      calls: p.services.calls,
      batches: p.services.Sheets?.Spreadsheets.batches.length,
    };
  });

  test('one run: every school read in ≤ 2 remote calls, the outputs written in one batch, nothing left behind', () => {
    expect(reference.alert).toBe(
      `Thi đua – Khen thưởng\nXong: đã thu ${SCHOOLS - 1}/${SCHOOLS} trường. Xem “Chưa nộp” và “Kiểm tra” (29 mục).`,
    );
    const schoolReads = reference.reads;
    // every school once, the missing one too (its file is tried: Drive may hide a file the Sheets API can read)
    expect(schoolReads).toBe(SCHOOLS);
    const drive = reference.calls.of('Drive.Files.get') + reference.calls.of('Drive.Files.list');
    expect(drive).toBe(SCHOOLS);
    expect((schoolReads + drive) / SCHOOLS).toBeLessThanOrEqual(2);
    expect(reference.batches).toBe(1);
    expect(reference.result.triggers).toBe(0);
    expect(reference.result.properties).toEqual([]);
    expect(Object.keys(reference.result.sheets)).toEqual(expect.arrayContaining([...OUTPUTS, 'Tổng hợp Lao động tiên tiến']));
    expect(Object.keys(reference.result.sheets)).not.toContain('_thu_thap');
    const missing = reference.result.sheets['Chưa nộp'];
    expect(missing.slice(1).map((r) => [r[0], r[3]])).toEqual([['S5', 'Không đọc được']]);
    // the schools linked by a folder were found in it (the newest spreadsheet holding the summary)
    const bySchool = reference.result.sheets['Theo trường'];
    for (const code of ['S7', 'S8'])
      expect(bySchool.some((r) => r[0] === code && r[2] === 'Lao động tiên tiến' && Number(r[3]) > 0)).toBe(true);
    // the deadline check had every file's modification time (Drive metadata)
    expect(JSON.stringify(reference.result.sheets)).not.toContain('Không đọc được thời điểm sửa tệp');
  });

  test('a short budget: continued by the time-driven trigger until done, the trigger then deleted; same result', () => {
    withProvince(OPTIONS, (p) => {
      const alert = collect(p, SHORT);
      expect(alert).toMatch(/^Thi đua – Khen thưởng\nĐã thu \d+\/30 trường; phần còn lại được tự động thu tiếp/);
      expect(p.triggerRuns).toBeGreaterThanOrEqual(2);
      expect(p.failedRuns).toEqual([]);
      expect(outcome(p)).toEqual(reference.result);
      expect(p.services.Sheets?.Spreadsheets.batches.length).toBe(1);
    });
  });

  test('a second start while a run is alive is refused with the progress; a run holding the lock makes it wait', () => {
    withProvince(OPTIONS, (p) => {
      collectFromMenu({ now: p.now, budgetMs: SHORT });
      const host = gasOfficeHost(p.now);
      expect(collectionProgress(host)).toMatch(/^Đã thu \d+\/30 trường$/);
      collectFromMenu({ now: p.now, budgetMs: SHORT });
      expect(p.services.SpreadsheetApp.ui.alerts[1]).toMatch(/^Thi đua – Khen thưởng\nĐang thu hồ sơ: đã thu \d+\/30 trường/);
      // another execution holds the document lock: the user is told to wait, the trigger tries again later
      p.services.LockService.documentLock.holder = {};
      collectFromMenu({ now: p.now, budgetMs: SHORT });
      expect(p.services.SpreadsheetApp.ui.alerts[2]).toBe(
        'Thi đua – Khen thưởng\nBảng tính đang bận (một lượt thu hồ sơ hoặc tính kết quả đang chạy). Hãy thử lại sau ít phút.',
      );
      const before = p.services.PropertiesService.document.map.get(RUN_PROPERTY);
      const due = p.scriptApp.due();
      if (!due) throw new Error('no trigger');
      p.services.clock.ms = due.dueAt;
      due.fired = true;
      continueFromTrigger({ now: p.now, budgetMs: SHORT });
      expect(p.services.PropertiesService.document.map.get(RUN_PROPERTY)).toBe(before);
      expect(p.scriptApp.triggers.filter((t) => !t.fired)).toHaveLength(1);
      p.services.LockService.documentLock.holder = null;
      p.runTriggers(SHORT);
      expect(outcome(p)).toEqual(reference.result);
    });
  });

  test('ended at every checkpoint in turn (Apps Script’s time limit), the next trigger finishes with the identical result', () => {
    const checkpoints = withProvince(OPTIONS, (p) => {
      collect(p, SHORT);
      return p.services.calls.of('Properties.setProperty');
    });
    expect(checkpoints).toBeGreaterThanOrEqual(1 + Math.ceil(SCHOOLS / CHECKPOINT_EVERY));
    for (let kill = 1; kill <= checkpoints; kill++) {
      withProvince(OPTIONS, (p) => {
        p.services.calls.failOn('Properties.setProperty', kill, 'Exceeded maximum execution time');
        // the run that meets the kill (the menu's or a trigger's) fails as Apps Script ends it
        let thrown = '';
        try {
          collectFromMenu({ now: p.now, budgetMs: SHORT });
        } catch (error) {
          thrown = error instanceof Error ? error.message : String(error);
        }
        p.runTriggers(SHORT);
        expect([thrown, ...p.failedRuns]).toContain('Exceeded maximum execution time');
        // ended before its first checkpoint, the run left nothing to continue: the user starts again
        if (kill === 1) {
          expect(p.scriptApp.triggers).toHaveLength(0);
          collect(p, SHORT);
        }
        expect(outcome(p)).toEqual(reference.result);
      });
    }
  });

  test('ended between writing the outputs and clearing its state, the next run writes the same outputs again', () => {
    withProvince(OPTIONS, (p) => {
      p.services.calls.failOn('Properties.deleteProperty', 1, 'Exceeded maximum execution time');
      expect(() => collectFromMenu({ now: p.now })).toThrow('Exceeded maximum execution time');
      p.runTriggers();
      expect(outcome(p)).toEqual(reference.result);
    });
  });

  test('the hidden staging sheet deleted mid-way: the lost schools are read again, never written as missing', () => {
    withProvince(OPTIONS, (p) => {
      collectFromMenu({ now: p.now, budgetMs: SHORT });
      const stage = p.office.sheets.findIndex((s) => s.name === '_thu_thap');
      expect(stage).toBeGreaterThanOrEqual(0);
      p.office.sheets.splice(stage, 1);
      p.runTriggers(SHORT);
      expect(outcome(p)).toEqual(reference.result);
    });
  });

  test('a passing failure reading the office’s sheets in a trigger run: the next trigger is already set and finishes', () => {
    withProvince(OPTIONS, (p) => {
      collectFromMenu({ now: p.now, budgetMs: SHORT });
      // the trigger run's first read of a range (the office's own sheets, read before any school) times out
      p.services.calls.failOn('Range.getValues', 1, 'Service Spreadsheets timed out while accessing document');
      p.runTriggers(SHORT);
      expect(p.failedRuns).toEqual(['Service Spreadsheets timed out while accessing document']);
      expect(outcome(p)).toEqual(reference.result);
    });
  });

  test('the office’s own sheets made wrong mid-way: the collection stops, says why where the progress was, and can start again', () => {
    withProvince(OPTIONS, (p) => {
      collectFromMenu({ now: p.now, budgetMs: SHORT });
      const header = p.office.sheet('Trường').cell(1, 1);
      const code = header.value;
      header.value = 'Mã số'; // `Mã trường` gone: the office's sheet is in error
      p.runTriggers(SHORT);
      expect(p.failedRuns).toHaveLength(1);
      expect(p.scriptApp.triggers).toEqual([]);
      const progress = collectionProgress(gasOfficeHost(p.now));
      expect(progress).toMatch(
        /^Đã dừng thu hồ sơ ở \d+\/30 trường: Bảng tính cơ quan có lỗi, chưa thu: .+ Hãy sửa rồi chọn lại “Thu thập hồ sơ các trường”\.$/,
      );
      // fixed, a new start is not refused as “running” and gives the full result
      header.value = code;
      expect(collect(p)).not.toMatch(/Đang thu hồ sơ/);
      expect(outcome(p)).toEqual(reference.result);
    });
  });

  test('`Trường` edited mid-way: the reading starts over on the new list', () => {
    withProvince(OPTIONS, (p) => {
      collectFromMenu({ now: p.now, budgetMs: SHORT });
      // school S2 (read in the first run) now links to a file that does not exist
      p.office.sheet('Trường').cell(3, 3).value = 'https://docs.google.com/spreadsheets/d/nothing0123456789abcdef/edit';
      p.runTriggers(SHORT);
      const missing = p.snapshot()['Chưa nộp'];
      expect(missing.slice(1).map((r) => r[0])).toEqual(['S2', 'S5']);
    });
  });

  test('a spent read quota ends the run there; the school is read again later, never reported unreadable', () => {
    withProvince(OPTIONS, (p) => {
      // the 12th batchGet: a school's (the first run reads the office twice first)
      p.services.calls.failOn(
        'Sheets.Spreadsheets.Values.batchGet',
        12,
        'Quota exceeded for quota metric Read requests per minute per user',
      );
      const alert = collect(p);
      expect(alert).toMatch(/^Thi đua – Khen thưởng\nĐã thu \d+\/30 trường; phần còn lại/);
      expect(p.triggerRuns).toBe(1);
      expect(outcome(p)).toEqual(reference.result);
    });
  });

  test('under drive.file alone (no Drive metadata scope) a folder cannot be listed and no file’s time is known', () => {
    withProvince(
      {
        ...OPTIONS,
        scopes: [
          'https://www.googleapis.com/auth/spreadsheets',
          'https://www.googleapis.com/auth/drive.file',
          'https://www.googleapis.com/auth/script.scriptapp',
        ],
      },
      (p) => {
        collect(p);
        const sheets = p.snapshot();
        const missing = sheets['Chưa nộp'].slice(1).map((r) => r[0]);
        expect(missing).toEqual(['S5', 'S7', 'S8']);
        expect(JSON.stringify(sheets['Kiểm tra'])).toContain('Không đọc được thời điểm sửa tệp');
        expect(schoolFileId(1)).toBe('school000001abcdef');
      },
    );
  });

  test('the trigger needs script.scriptapp: without it in the manifest the collection cannot even start', () => {
    const withoutIt = manifestScopes().filter((scope) => !scope.endsWith('/script.scriptapp'));
    expect(withoutIt).toHaveLength(manifestScopes().length - 1);
    withProvince({ ...OPTIONS, scopes: withoutIt }, (p) => {
      expect(() => collectFromMenu({ now: p.now, budgetMs: SHORT })).toThrow(/script\.scriptapp/);
    });
  });

  test('more schools than a new sheet has rows (1 000): the staging sheet grows', () => {
    withProvince({ schools: 1001, staff: 3 }, (p) => {
      collectFromMenu({ now: p.now, budgetMs: 1e9 });
      expect(p.services.SpreadsheetApp.ui.alerts[0]).toMatch(/^Thi đua – Khen thưởng\nXong: đã thu 1001\/1001 trường\./);
      expect(p.snapshot()['Chưa nộp']).toHaveLength(1);
    });
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
