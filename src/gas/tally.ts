// The tally in Sheets: under the document lock, read every sheet once, compute, write `Kết quả {đợt}` in one
// batch (through a temporary sheet, so a failure leaves the previous results), then log the run in `Nhật ký`.
import type { TallyView } from '../workbook/api';
import { runTally } from '../workbook/service';
import { appendLog } from './log';
import { MSG } from './messages';
import { GasServices, UserError } from './services';
import { SheetsWorkbook } from './sheets-workbook';

/** How long a second user waits for the lock before being told to try later. */
export const LOCK_TIMEOUT_MS = 10_000;

/**
 * Runs `fn` holding the document lock, or tells the user someone else is tallying. getDocumentLock() is null
 * outside a document (a standalone script, a web app): the script lock is the fallback.
 */
export function withDocumentLock<T>(services: GasServices, fn: () => T): T {
  const lock = (services.LockService.getDocumentLock() as GoogleAppsScript.Lock.Lock | null) ?? services.LockService.getScriptLock();
  if (!lock.tryLock(LOCK_TIMEOUT_MS)) throw new UserError(MSG.busy);
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}

export function tallyInSheets(services: GasServices, phaseId: string): TallyView {
  return withDocumentLock(services, () => {
    const ss = services.SpreadsheetApp.getActiveSpreadsheet();
    const wb = new SheetsWorkbook(ss, { utilities: services.Utilities });
    let view: TallyView;
    try {
      view = runTally(wb, phaseId.trim(), { write: true });
    } catch (error) {
      throw new UserError(MSG.writeFailed(error instanceof Error ? error.message : String(error)));
    }
    appendLog(services, ss, wb, {
      action: MSG.log.tally,
      phase: view.phase.id,
      inputHash: wb.inputDigest(),
      recipients: view.awards.reduce((n, a) => n + a.recipients.length, 0),
      pending: view.awards.reduce((n, a) => n + a.pending.length, 0),
      errors: view.errors,
    });
    return view;
  });
}
