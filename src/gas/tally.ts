// The tally in Sheets: under the document lock, remove what a failed earlier run left, read every sheet once,
// compute, and only when every read succeeded and the write fits in the time left, write `Kết quả {đợt}` in one
// batch (through temporary sheets, so a failure leaves the previous results); then log the run, or its failure,
// in `Nhật ký`.
import type { TallyView } from '../workbook/api';
import type { OutputSheet } from '../workbook/port';
import { runTally } from '../workbook/service';
import { appendLog, logFailure, runLogged } from './log';
import { MSG } from './messages';
import { ReadGuard } from './read-guard';
import { BusyError, elapsedSince, GasServices, TIME_BUDGET_MS, UserError } from './services';
import { SheetsWorkbook } from './sheets-workbook';
import { estimateWriteMs } from './write-grids';

/** How long a second user waits for the lock before being told to try later. */
export const LOCK_TIMEOUT_MS = 10_000;

/**
 * Runs `fn` holding the document lock, or tells the user someone else is running an action. getDocumentLock() is
 * null outside a document (a standalone script, a web app): the script lock is the fallback.
 */
export function withDocumentLock<T>(services: GasServices, fn: () => T): T {
  const lock = (services.LockService.getDocumentLock() as GoogleAppsScript.Lock.Lock | null) ?? services.LockService.getScriptLock();
  if (!lock.tryLock(LOCK_TIMEOUT_MS)) throw new BusyError(MSG.busy);
  let result: T;
  try {
    result = fn();
  } catch (error) {
    release(lock);
    throw error;
  }
  release(lock);
  return result;
}

/**
 * A lock that cannot be released is released when the execution ends (Apps Script frees its locks then); the
 * action's own outcome, already written and logged, is what the user must hear, so this failure only goes to the
 * execution log.
 */
function release(lock: GoogleAppsScript.Lock.Lock): void {
  try {
    lock.releaseLock();
  } catch (error) {
    console.warn(`releaseLock failed (released when the execution ends): ${errorText(error)}`);
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function tallyInSheets(services: GasServices, phaseId: string): TallyView {
  const started = services.now?.() ?? Date.now();
  const phase = phaseId.trim();
  return runLogged(
    services,
    { action: MSG.log.tally, phase },
    () => withDocumentLock(services, () => tallyLocked(services, phase, started)),
    MSG.writeFailed,
  );
}

function tallyLocked(services: GasServices, phase: string, started: number): TallyView {
  const ss = services.SpreadsheetApp.getActiveSpreadsheet();
  const wb = new SheetsWorkbook(ss, { utilities: services.Utilities });
  const checkTime = (outputs: OutputSheet[]): void => {
    const elapsed = elapsedSince(services, started);
    const needed = estimateWriteMs(outputs);
    if (elapsed + needed > TIME_BUDGET_MS) throw new UserError(MSG.tallyOverBudget(elapsed, needed));
  };
  wb.removeLeftovers();
  const guarded = new ReadGuard(wb, checkTime);
  const view = runTally(guarded, phase, { write: true });
  // also when nothing was to be written: a phase "not found" because its sheet could not be read is no answer
  guarded.refuseIfAReadFailed();
  const entry = {
    action: MSG.log.tally,
    phase: view.phase.id,
    inputHash: wb.inputDigest(),
    recipients: view.awards.reduce((n, a) => n + a.recipients.length, 0),
    pending: view.awards.reduce((n, a) => n + a.pending.length, 0),
    errors: view.errors,
  };
  try {
    appendLog(services, ss, wb, entry);
  } catch (error) {
    // the results are written and complete: the council is told that only the log line is missing
    const message = MSG.logLineFailed(errorText(error));
    logFailure(services, ss, wb, entry, message);
    return withWarning(view, message);
  }
  return view;
}

/** The view with one more warning (not tied to a cell). */
function withWarning(view: TallyView, message: string): TallyView {
  const warning = { severity: 'warning' as const, cell: null, sheet: null, row: null, col: null, message };
  return { ...view, warnings: view.warnings + 1, problems: [...view.problems, warning] };
}
