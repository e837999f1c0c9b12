// `Nhật ký`: one row per action that changed the workbook (who, when, what, on which inputs, with what outcome).
import { LOG_SHEET } from '../workbook/schema';
import { cellInput } from './cell-text';
import { MSG } from './messages';
import { BusyError, GasServices, UserError } from './services';
import { SheetsWorkbook, ensureSize } from './sheets-workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface LogEntry {
  action: string;
  phase: string;
  /** hash of the inputs read (a tally) */
  inputHash?: string;
  recipients?: number;
  pending?: number;
  errors?: number;
  /** the files written (an export) */
  links?: string[];
  /** what went wrong, when the action failed (the message the user was shown) */
  failure?: string;
}

/**
 * The log sheet, created with its header row when missing; an older one narrower than today's header row (one
 * call to find out) gets the missing header cells at its end.
 */
export function ensureLogSheet(ss: Spreadsheet, wb: SheetsWorkbook = new SheetsWorkbook(ss)): Sheet {
  const headers = [...MSG.log.headers];
  // a log made earlier in this run through SpreadsheetApp is not in the workbook's index: asked for by name
  const existing = wb.sheet(LOG_SHEET) ?? ss.getSheetByName(LOG_SHEET);
  if (existing) {
    const header = wb.headerAhead(LOG_SHEET);
    const last = header ? header.length : existing.getLastColumn();
    if (last < headers.length) {
      ensureSize(existing, 1, headers.length, 1, last);
      existing.getRange(1, last + 1, 1, headers.length - last).setValues([headers.slice(last)]);
    }
    return existing;
  }
  const sheet = ss.insertSheet(LOG_SHEET);
  const header = sheet.getRange(1, 1, 1, headers.length);
  header.setValues([headers]);
  header.setFontWeight('bold');
  sheet.setFrozenRows(1);
  return sheet;
}

/** The user's email when Apps Script gives it (it may not, e.g. for a consumer account in another domain). */
export function userEmail(services: GasServices): string {
  try {
    return services.Session.getActiveUser().getEmail();
  } catch (error) {
    // the log line is still written, without the email; the execution log says why
    console.warn(`Session.getActiveUser().getEmail() failed: ${error instanceof Error ? error.message : String(error)}`);
    return '';
  }
}

export function appendLog(services: GasServices, ss: Spreadsheet, wb: SheetsWorkbook, entry: LogEntry): void {
  const sheet = ensureLogSheet(ss, wb);
  const row = [
    new Date(),
    userEmail(services),
    entry.action,
    entry.phase,
    entry.inputHash,
    entry.recipients,
    entry.pending,
    entry.errors,
    entry.links?.join('\n'),
    entry.failure,
  ];
  sheet.appendRow(row.map(cellInput));
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A failed action's line in `Nhật ký`, written on the way out of the failure. When even this line cannot be
 * written (the spreadsheet is out of reach), the execution log keeps both errors and the caller still throws the
 * original one: the user is told either way.
 */
export function logFailure(
  services: GasServices,
  ss: Spreadsheet,
  wb: SheetsWorkbook,
  entry: Omit<LogEntry, 'failure'>,
  failure: string,
): void {
  try {
    appendLog(services, ss, wb, { ...entry, failure });
  } catch (logError) {
    console.warn(`Nhật ký: could not record the failure "${failure}": ${errorText(logError)}`);
  }
}

/**
 * Runs an action that changes the workbook. When it fails, `Nhật ký` gets a line saying what failed (written after
 * the lock is released: appendRow adds its line whole) and the user gets the message as a UserError: their own
 * message for a UserError, else `otherwise(error)`. A run refused because another holds the lock did nothing and
 * is not logged.
 */
export function runLogged<T>(
  services: GasServices,
  entry: Omit<LogEntry, 'failure'>,
  run: () => T,
  otherwise: (detail: string) => string,
): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof BusyError) throw error;
    const message = error instanceof UserError ? error.message : otherwise(errorText(error));
    try {
      const ss = services.SpreadsheetApp.getActiveSpreadsheet();
      appendLog(services, ss, new SheetsWorkbook(ss, { sheetsApi: null, utilities: null }), { ...entry, failure: message });
    } catch (logError) {
      // the user is still told (below); the execution log keeps why the line is missing
      console.warn(`Nhật ký: could not record the failure "${message}": ${errorText(logError)}`);
    }
    throw new UserError(message);
  }
}
