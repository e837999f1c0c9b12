// "Thu thập hồ sơ các trường" (issue 16): the office spreadsheet collects every school's `Tổng hợp đăng ký`.
// Per school: one Drive call (the file's modification time, or the newest spreadsheet of a Drive folder) and one
// Sheets API batchGet of the summary sheet: 2 service calls. Each school's reading is staged (a hidden sheet, one
// append per checkpoint) and the cursor kept in document properties, so a run stops cleanly before Apps Script's
// 6-minute limit and a time-driven trigger continues it until done, then removes itself. Each run first deletes the
// trigger that started it (a one-off trigger stays listed after it ran) and sets the next one, 7 minutes on: a run
// that Apps Script kills is then continued from its last checkpoint too. The output sheets are computed in full from
// the staged readings and written once, through the atomic SheetsWorkbook.write. Runs hold the document lock.
import { consolidate } from '../core/office/consolidate';
import type { Collected, OfficeSchool } from '../core/office/model';
import type { OutputSheet, Workbook } from '../workbook/port';
import { OFFICE_SHEET } from '../workbook/office/messages';
import { officeSheets } from '../workbook/office/output';
import { readOffice } from '../workbook/office/read-office';
import { readSummaryValues } from '../workbook/office/read-summary';
import { TITLE } from './messages';
import { UserError } from './services';
import { SheetsWorkbook } from './sheets-workbook';
import { LOCK_TIMEOUT_MS } from './tally';

/** Document property holding the run's state (JSON of RunState). */
export const RUN_PROPERTY = 'thidua.office.run';
/** The time-driven trigger's handler (a global of src/gas/main.ts). */
const CONTINUE_HANDLER = 'continueConsolidation';
/** Apps Script stops a run at 6 minutes; we stop taking schools at 4.5 to leave room for the checkpoint and the write. */
export const RUN_BUDGET_MS = 270_000;
/** Schools read between two checkpoints (one staging append + one property write each). */
export const CHECKPOINT_EVERY = 25;
/** The next run's trigger, set when a run starts: after Apps Script's 6-minute limit, so it never meets a live run. */
export const NEXT_RUN_AFTER_MS = 7 * 60_000;
/** A run not heard of for this long is taken as dead: a new start may replace it. */
const STALE_MS = 10 * 60_000;
/** A cell holds at most 50 000 characters: a school's reading is cut into pieces of this size. */
const PIECE = 45_000;

const CONSOLIDATE_MSG = {
  running: (done: number, total: number): string =>
    `Đang thu hồ sơ: đã thu ${done}/${total} trường. Việc thu tự tiếp tục cho đến khi xong; chờ rồi xem trang tính “Theo trường”.`,
  progress: (done: number, total: number): string => `Đã thu ${done}/${total} trường`,
  stopped: (done: number, total: number, why: string): string => `Đã dừng thu hồ sơ ở ${done}/${total} trường: ${why}`,
  continuing: (done: number, total: number): string =>
    `Đã thu ${done}/${total} trường; phần còn lại được tự động thu tiếp trong vòng một giờ (không cần bấm lại).`,
  done: (received: number, total: number, checks: number): string =>
    `Xong: đã thu ${received}/${total} trường. Xem “Chưa nộp” và “Kiểm tra” (${checks} mục).`,
  noLink: 'Chưa có liên kết ở cột “Liên kết” của trang tính “Trường”. Hãy điền đường liên kết bảng tính hoặc thư mục Drive của trường.',
  badLink: (link: string): string => `Liên kết “${link}” không phải bảng tính hay thư mục Google Drive. Hãy sửa ở trang tính “Trường”.`,
  emptyFolder:
    'Không thấy bảng tính nào trong thư mục Drive của trường (thư mục trống, hoặc chưa chia sẻ quyền xem cho cơ quan). Hãy đề nghị trường nộp “Tổng hợp đăng ký” vào thư mục và chia sẻ quyền xem.',
  cannotOpen: (detail: string): string =>
    `Không mở được tệp của trường (${detail}). Hãy kiểm tra đường liên kết ở trang tính “Trường” và đề nghị trường chia sẻ quyền xem cho cơ quan.`,
  noModified: (detail: string): string =>
    `Không đọc được thời điểm sửa tệp trên Drive (${detail}), nên chưa kiểm tra được hạn nộp. Hãy cấp quyền xem thông tin tệp trên Drive cho tiện ích, hoặc kiểm tra hạn nộp bằng tay.`,
  officeErrors: (lines: string): string =>
    `Bảng tính cơ quan có lỗi, chưa thu: ${lines}. Hãy sửa rồi chọn lại “Thu thập hồ sơ các trường”.`,
  busy: 'Bảng tính đang bận (một lượt thu hồ sơ hoặc tính kết quả đang chạy). Hãy thử lại sau ít phút.',
};

/** The Sheets or Drive quota is spent for now: the run ends at its last school and the trigger continues later. */
export class QuotaPause extends Error {
  override name = 'QuotaPause';
}

/** Sheets API's default read quota is 60 requests per minute per user: one school per second at most. */
const READ_INTERVAL_MS = 1_000;
const QUOTA_ERROR = /quota|rate limit|429|too many requests/i;

/** What a school's link gave: the summary sheet's values (display text), or why not. */
export type Fetched = { file: string; modified: string; values: unknown[][]; note?: string } | { file: string; error: string };

/** The services the collection needs; the real ones are bound in gasOfficeHost, tests and the bench hand in fakes. */
export interface OfficeHost {
  now(): number;
  /** the office spreadsheet (inputs read from it, outputs written to it atomically) */
  office(): Workbook;
  fetchSchool(link: string): Fetched;
  properties: { get(key: string): string | null; set(key: string, value: string): void; remove(key: string): void };
  /** the staging area: rows of text appended, read back, cleared */
  stage: { append(rows: string[][]): void; read(): string[][]; clear(): void };
  /** schedule: a one-off trigger of `handler` after `afterMs`; cancel: delete every trigger of `handler` */
  triggers: { schedule(handler: string, afterMs: number): void; cancel(handler: string): void };
}

interface RunState {
  next: number;
  total: number;
  heartbeat: number;
  /** the `Trường` list the staged readings belong to (codes and links): an edit mid-way starts the reading over */
  schools?: string;
  /** why a run stopped for good (the office's own sheets are wrong): shown instead of the progress until a new start */
  stopped?: string;
}

/** A short fingerprint of the schools' codes and links (FNV-1a, 32 bits, hex). */
function fingerprint(schools: OfficeSchool[]): string {
  let h = 0x811c9dc5;
  for (const ch of schools.map((s) => `${s.code}\t${s.link}`).join('\n')) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16);
}

export type RunOutcome =
  { status: 'continuing'; done: number; total: number; message: string } | { status: 'done'; message: string; sheets: OutputSheet[] };

function loadState(host: OfficeHost): RunState | null {
  const text = host.properties.get(RUN_PROPERTY);
  return text === null ? null : (JSON.parse(text) as RunState);
}

function saveState(host: OfficeHost, state: RunState): void {
  host.properties.set(RUN_PROPERTY, JSON.stringify({ ...state, heartbeat: host.now() }));
}

/** The sidebar's line: "Đã thu 320/500 trường", or null when no collection runs. */
export function collectionProgress(host: Pick<OfficeHost, 'properties'>): string | null {
  const text = host.properties.get(RUN_PROPERTY);
  if (text === null) return null;
  const state = JSON.parse(text) as RunState;
  return state.stopped === undefined
    ? CONSOLIDATE_MSG.progress(state.next, state.total)
    : CONSOLIDATE_MSG.stopped(state.next, state.total, state.stopped);
}

/** Whether the collection stopped for good (the office's own sheets are wrong): the sidebar then stops asking. */
export function collectionStopped(host: Pick<OfficeHost, 'properties'>): boolean {
  const text = host.properties.get(RUN_PROPERTY);
  return text !== null && (JSON.parse(text) as RunState).stopped !== undefined;
}

function toCollected(school: OfficeSchool, fetched: Fetched): Collected {
  if ('error' in fetched) return { school, file: fetched.file, error: fetched.error };
  const read = readSummaryValues(fetched.values, fetched.file, fetched.modified);
  if ('report' in read && fetched.note) read.report.notes.push(fetched.note);
  return 'report' in read ? { school, file: fetched.file, report: read.report } : { school, file: fetched.file, error: read.error };
}

/** A staged row: the school's index in `Trường`, then its reading as JSON in pieces. */
function stageRow(index: number, collected: Collected): string[] {
  const json = JSON.stringify({ ...collected, school: null });
  const pieces: string[] = [];
  for (let i = 0; i < json.length; i += PIECE) pieces.push(json.slice(i, i + PIECE));
  return [String(index), ...pieces];
}

/** Staged readings by school index; a school staged twice (a run killed after its append) counts once, the last. */
function unstage(rows: string[][], schools: OfficeSchool[]): Map<number, Collected> {
  const byIndex = new Map<number, Collected>();
  for (const row of rows) {
    const index = Number(row[0]);
    if (!Number.isInteger(index) || index < 0 || index >= schools.length) continue;
    const collected = JSON.parse(row.slice(1).join('')) as Collected;
    byIndex.set(index, { ...collected, school: schools[index] });
  }
  return byIndex;
}

function officeInputs(host: OfficeHost): ReturnType<typeof readOffice> {
  // a read that throws (a time-out) is not the office's data being wrong: rethrown as it is, so that the run fails
  // and the trigger already set tries again, instead of stopping the collection for a sheet “in error”
  const book = host.office();
  const seen: { failure: Error | null } = { failure: null };
  const guarded: Workbook = {
    sheetNames: () => book.sheetNames(),
    read: (name, options) => {
      try {
        return book.read(name, options);
      } catch (error) {
        seen.failure ??= error instanceof Error ? error : new Error(String(error));
        throw error;
      }
    },
    write: (sheets) => book.write(sheets),
  };
  const inputs = readOffice(guarded);
  if (seen.failure !== null) throw seen.failure;
  const errors = inputs.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0)
    throw new UserError(CONSOLIDATE_MSG.officeErrors(errors.map((p) => `${p.where?.sheet ?? ''} ${p.message}`).join('; ')));
  return inputs;
}

/**
 * The menu's start: refused while another run is alive; else a fresh run (stage cleared) taking schools until the
 * budget is spent.
 */
export function startCollection(host: OfficeHost, budgetMs = RUN_BUDGET_MS): RunOutcome {
  const state = loadState(host);
  if (state && state.stopped === undefined && host.now() - state.heartbeat < STALE_MS)
    throw new UserError(CONSOLIDATE_MSG.running(state.next, state.total));
  host.triggers.cancel(CONTINUE_HANDLER);
  host.stage.clear();
  const { schools } = officeInputs(host);
  saveState(host, { next: 0, total: schools.length, heartbeat: host.now(), schools: fingerprint(schools) });
  return continueCollection(host, budgetMs);
}

/** One run: from the saved cursor, checkpointing every CHECKPOINT_EVERY schools; the last run writes the outputs. */
export function continueCollection(host: OfficeHost, budgetMs = RUN_BUDGET_MS): RunOutcome {
  const started = host.now();
  const state = loadState(host);
  if (!state || state.stopped !== undefined) {
    host.triggers.cancel(CONTINUE_HANDLER);
    return { status: 'done', message: state?.stopped ?? '', sheets: [] };
  }
  // the trigger that started this run stays listed once it ran: delete it, then set the next run first, which
  // continues from the last checkpoint if Apps Script ends this one or a passing failure (a time-out) stops it
  host.triggers.cancel(CONTINUE_HANDLER);
  host.triggers.schedule(CONTINUE_HANDLER, NEXT_RUN_AFTER_MS);
  let inputs: ReturnType<typeof readOffice>;
  try {
    inputs = officeInputs(host);
  } catch (error) {
    // the office's own sheets are wrong: retrying cannot help, so no trigger is left; the state keeps why, which the
    // sidebar shows in place of the progress (never a silent end that looks like “done”) until a new start
    if (error instanceof UserError) {
      host.triggers.cancel(CONTINUE_HANDLER);
      host.stage.clear();
      saveState(host, { ...state, stopped: error.message });
    }
    throw error;
  }
  const { config, schools, lastYear } = inputs;
  const print = fingerprint(schools);
  if (state.schools === undefined) state.schools = print;
  else if (state.schools !== print) {
    // `Trường` was edited since the reading began: the staged readings may belong to other rows; read again
    host.stage.clear();
    Object.assign(state, { next: 0, total: schools.length, schools: print });
  }
  let pending: string[][] = [];
  const checkpoint = (next: number): void => {
    if (pending.length > 0) host.stage.append(pending);
    pending = [];
    state.next = next;
    saveState(host, state);
  };
  let i = state.next;
  for (; i < schools.length; i++) {
    if (host.now() - started >= budgetMs) break;
    const school = schools[i];
    let fetched: Fetched;
    try {
      fetched = school.link === '' ? { file: school.name, error: CONSOLIDATE_MSG.noLink } : host.fetchSchool(school.link);
    } catch (error) {
      // a spent quota is not the school's fault: stop here, the next run reads this school again
      if (error instanceof QuotaPause) break;
      throw error;
    }
    pending.push(stageRow(i, toCollected(school, fetched)));
    if (pending.length >= CHECKPOINT_EVERY) checkpoint(i + 1);
  }
  if (i < schools.length) {
    checkpoint(i);
    return { status: 'continuing', done: i, total: schools.length, message: CONSOLIDATE_MSG.continuing(i, schools.length) };
  }
  checkpoint(i);
  const staged = unstage(host.stage.read(), schools);
  const lost = schools.findIndex((_, k) => !staged.has(k));
  if (lost >= 0) {
    // a staged reading is gone (the hidden sheet edited or deleted): never write a school as missing for that;
    // read again from the first one lost (the trigger set at this run's start continues)
    state.next = lost;
    saveState(host, state);
    return { status: 'continuing', done: lost, total: schools.length, message: CONSOLIDATE_MSG.continuing(lost, schools.length) };
  }
  const result = consolidate(
    config,
    schools,
    schools.map((_, k) => staged.get(k) as Collected),
    lastYear,
  );
  const sheets = officeSheets(result);
  host.office().write(sheets);
  // the run's state goes before the staged readings: a run ended between the two leaves no state pointing at an
  // empty stage (which would write every school as missing)
  host.properties.remove(RUN_PROPERTY);
  host.stage.clear();
  host.triggers.cancel(CONTINUE_HANDLER);
  return { status: 'done', sheets, message: CONSOLIDATE_MSG.done(result.received.length, schools.length, result.checks.length) };
}

/** Link → Drive id and kind: a spreadsheet (…/d/ID…, ?id=ID) or a folder (…/folders/ID), or a bare id. */
export function parseLink(link: string): { id: string; folder: boolean } | null {
  const folder = /\/folders\/([A-Za-z0-9_-]{10,})/.exec(link);
  if (folder) return { id: folder[1], folder: true };
  const file =
    /\/d\/([A-Za-z0-9_-]{10,})/.exec(link) ?? /[?&]id=([A-Za-z0-9_-]{10,})/.exec(link) ?? /^([A-Za-z0-9_-]{20,})$/.exec(link.trim());
  return file ? { id: file[1], folder: false } : null;
}

/** The hidden sheet where readings wait between runs. */
const STAGE_SHEET = '_thu_thap';

/** The few Drive v3 calls used here (the advanced service's typings differ between versions). */
interface DriveV3 {
  Files: {
    get(id: string, params: { fields: string }): { name?: string; modifiedTime?: string };
    list(params: { q: string; orderBy: string; fields: string; pageSize: number }): {
      files?: { id?: string; name?: string; modifiedTime?: string }[];
    };
  };
}

interface SheetsValues {
  Spreadsheets: {
    Values: {
      batchGet(
        id: string,
        params: { ranges: string[]; valueRenderOption: string; dateTimeRenderOption: string },
      ): { valueRanges?: { values?: unknown[][] }[] };
    };
  };
}

/**
 * The real services: Drive and Sheets advanced services, ScriptApp triggers, document properties, a hidden sheet.
 * `now`: the clock (tests and the bench hand in a simulated one; Utilities.sleep must advance it).
 */
export function gasOfficeHost(now: () => number = Date.now): OfficeHost {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const zone = spreadsheet.getSpreadsheetTimeZone();
  const drive = Drive as unknown as DriveV3;
  const sheets = Sheets as unknown as SheetsValues;
  const properties = PropertiesService.getDocumentProperties();
  const localTime = (rfc3339: string | undefined): string =>
    rfc3339 ? Utilities.formatDate(new Date(rfc3339), zone, "yyyy-MM-dd'T'HH:mm") : '';
  let lastRead = 0;
  const read = (id: string, name: string, modified: string): Fetched => {
    const wait = lastRead + READ_INTERVAL_MS - now();
    if (wait > 0) Utilities.sleep(wait);
    lastRead = now();
    // typed values (numbers as numbers, dates as serial numbers): free of the reader's locale and of display formats
    const got = sheets.Spreadsheets.Values.batchGet(id, {
      ranges: [`'${OFFICE_SHEET.summary}'`],
      valueRenderOption: 'UNFORMATTED_VALUE',
      dateTimeRenderOption: 'SERIAL_NUMBER',
    });
    return { file: name, modified, values: got.valueRanges?.[0]?.values ?? [] };
  };
  const stageSheet = (): GoogleAppsScript.Spreadsheet.Sheet => {
    const found = spreadsheet.getSheetByName(STAGE_SHEET);
    if (found) return found;
    const made = spreadsheet.insertSheet(STAGE_SHEET);
    made.hideSheet();
    return made;
  };
  return {
    now,
    office: () => new SheetsWorkbook(spreadsheet),
    fetchSchool(link) {
      const target = parseLink(link);
      if (!target) return { file: link, error: CONSOLIDATE_MSG.badLink(link) };
      try {
        if (target.folder) {
          const q = `'${target.id}' in parents and mimeType = 'application/vnd.google-apps.spreadsheet' and trashed = false`;
          const files =
            drive.Files.list({ q, orderBy: 'modifiedTime desc', fields: 'files(id,name,modifiedTime)', pageSize: 20 }).files ?? [];
          const file = files.find((f) => (f.name ?? '').includes(OFFICE_SHEET.summary)) ?? files[0];
          if (!file?.id) return { file: link, error: CONSOLIDATE_MSG.emptyFolder };
          return read(file.id, file.name ?? file.id, localTime(file.modifiedTime));
        }
        let meta: { name?: string; modifiedTime?: string };
        try {
          meta = drive.Files.get(target.id, { fields: 'name,modifiedTime' });
        } catch (error) {
          // without Drive metadata (scope, sharing) the sheet may still be readable: read it, and say what is missing
          if (error instanceof Error && QUOTA_ERROR.test(error.message)) throw new QuotaPause(error.message);
          const fetched = read(target.id, target.id, '');
          return 'values' in fetched
            ? { ...fetched, note: CONSOLIDATE_MSG.noModified(error instanceof Error ? error.message : String(error)) }
            : fetched;
        }
        return read(target.id, meta.name ?? target.id, localTime(meta.modifiedTime));
      } catch (error) {
        if (error instanceof Error && QUOTA_ERROR.test(error.message)) throw new QuotaPause(error.message);
        return { file: link, error: CONSOLIDATE_MSG.cannotOpen(error instanceof Error ? error.message : String(error)) };
      }
    },
    properties: {
      get: (k) => properties.getProperty(k),
      set: (k, v) => void properties.setProperty(k, v),
      remove: (k) => void properties.deleteProperty(k),
    },
    stage: {
      append(rows) {
        const sheet = stageSheet();
        const width = Math.max(...rows.map((r) => r.length));
        if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
        const last = sheet.getLastRow();
        // a new sheet has 1 000 rows: a province of more schools needs more
        if (sheet.getMaxRows() < last + rows.length) sheet.insertRowsAfter(sheet.getMaxRows(), last + rows.length - sheet.getMaxRows());
        const padded = rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
        const range = sheet.getRange(last + 1, 1, padded.length, width);
        range.setNumberFormat('@');
        range.setValues(padded);
      },
      read() {
        const sheet = spreadsheet.getSheetByName(STAGE_SHEET);
        if (!sheet || sheet.getLastRow() === 0) return [];
        return sheet
          .getDataRange()
          .getValues()
          .map((r) => r.map((v) => String(v)).filter((v, c) => c === 0 || v !== ''));
      },
      clear() {
        const sheet = spreadsheet.getSheetByName(STAGE_SHEET);
        if (sheet) spreadsheet.deleteSheet(sheet);
      },
    },
    triggers: {
      schedule(handler, afterMs) {
        ScriptApp.newTrigger(handler).timeBased().after(afterMs).create();
      },
      cancel(handler) {
        for (const t of ScriptApp.getProjectTriggers()) if (t.getHandlerFunction() === handler) ScriptApp.deleteTrigger(t);
      },
    },
  };
}

/** The document lock (the script lock outside a document), or null when another run holds it. */
function takeLock(): GoogleAppsScript.Lock.Lock | null {
  const lock = (LockService.getDocumentLock() as GoogleAppsScript.Lock.Lock | null) ?? LockService.getScriptLock();
  return lock.tryLock(LOCK_TIMEOUT_MS) ? lock : null;
}

/** Tests and the bench run the collection on a simulated clock, and may shorten the run budget. */
export interface RunOptions {
  now?: () => number;
  budgetMs?: number;
}

/** The menu item: start (or be refused), then tell the user where things stand, in an alert. */
export function collectFromMenu({ now = Date.now, budgetMs = RUN_BUDGET_MS }: RunOptions = {}): void {
  const ui = SpreadsheetApp.getUi();
  let message: string;
  const lock = takeLock();
  if (!lock) message = CONSOLIDATE_MSG.busy;
  else
    try {
      message = startCollection(gasOfficeHost(now), budgetMs).message;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      message = error.message;
    } finally {
      lock.releaseLock();
    }
  ui.alert(TITLE, message, ui.ButtonSet.OK);
}

/** The trigger's handler: the next run (no user to tell; the sidebar shows the progress). */
export function continueFromTrigger({ now = Date.now, budgetMs = RUN_BUDGET_MS }: RunOptions = {}): void {
  const host = gasOfficeHost(now);
  const lock = takeLock();
  if (!lock) {
    // someone else holds the document (a tally): try again later rather than lose the collection
    host.triggers.cancel(CONTINUE_HANDLER);
    host.triggers.schedule(CONTINUE_HANDLER, NEXT_RUN_AFTER_MS);
    return;
  }
  try {
    continueCollection(host, budgetMs);
  } finally {
    lock.releaseLock();
  }
}
