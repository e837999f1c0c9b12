// The menu "Nhập kết quả năm trước" (issue 16): the user pastes last year's spreadsheet link (or id); its workbook is
// read through the Sheets API (one Values.batchGet of its input sheets), its year-end phase tallied again, and the
// people matched to this year's `Cán bộ` (by code, else by name + birth date with a warning); the rows not yet in
// `Lịch sử` are appended through the atomic write path, under the document lock. A re-import writes nothing.
// The logic is the Node command's (src/workbook/history-sheet.ts, src/core/history.ts).
import { HISTORY_MSG } from '../core/history';
import { planHistory, readLastYear } from '../workbook/history-sheet';
import type { HistoryAppend } from '../workbook/history-sheet';
import { parseLink } from './consolidate';
import { HISTORY_GAS_MSG, MSG, TITLE } from './messages';
import { appendLog, runLogged } from './log';
import { GasServices, UserError } from './services';
import { SheetsWorkbook } from './sheets-workbook';
import { withDocumentLock } from './tally';

/** Lines of unmatched people or warnings shown in the alert; the rest are counted. */
const SHOWN = 20;

export interface HistoryReport {
  added: number;
  year: string;
  /** warnings and unmatched people, in Vietnamese */
  notes: string[];
  message: string;
}

function report(added: number, year: string, notes: string[]): HistoryReport {
  const head = added > 0 ? HISTORY_GAS_MSG.added(added, year) : HISTORY_GAS_MSG.nothingNew(year);
  const shown = notes.slice(0, SHOWN).map((n) => `• ${n}`);
  if (notes.length > SHOWN) shown.push(HISTORY_GAS_MSG.more(notes.length - SHOWN));
  const message = notes.length > 0 ? [head, '', HISTORY_GAS_MSG.warnings, ...shown].join('\n') : head;
  return { added, year, notes, message };
}

/** Import last year's final results from the spreadsheet that `link` names into this spreadsheet's `Lịch sử`. */
export function importLastYear(services: GasServices, link: string): HistoryReport {
  const target = parseLink(link.trim());
  if (!target || target.folder) throw new UserError(HISTORY_GAS_MSG.badLink(link.trim()));
  // logged in `Nhật ký` like every action that changes the workbook, a failure too
  return runLogged(services, { action: MSG.log.history, phase: '' }, () => importUnderLock(services, target.id), HISTORY_GAS_MSG.failed);
}

function importUnderLock(services: GasServices, id: string): HistoryReport {
  return withDocumentLock(services, () => {
    const active = services.SpreadsheetApp.getActiveSpreadsheet();
    if (id === active.getId()) throw new UserError(HISTORY_GAS_MSG.sameFile);
    let last: GoogleAppsScript.Spreadsheet.Spreadsheet;
    try {
      last = services.SpreadsheetApp.openById(id);
    } catch (error) {
      throw new UserError(HISTORY_GAS_MSG.cannotOpen(error instanceof Error ? error.message : String(error)));
    }
    let lastYear: ReturnType<typeof readLastYear>;
    try {
      lastYear = readLastYear(new SheetsWorkbook(last, { utilities: services.Utilities }), last.getName());
    } catch (error) {
      // opened, but its sheets cannot be read (a file shared for commenting only, a service failure)
      throw new UserError(HISTORY_GAS_MSG.cannotOpen(error instanceof Error ? error.message : String(error)));
    }
    if ('error' in lastYear) throw new UserError(lastYear.error);
    const book = new SheetsWorkbook(active, { utilities: services.Utilities });
    const plan = planHistory(book, lastYear.year, lastYear.results);
    if ('error' in plan) throw new UserError(plan.error);
    const notes = [...plan.imported.warnings, ...plan.imported.unmatched.map((u) => HISTORY_MSG.unmatched(u.name, u.id))];
    try {
      // below the rows already there, in one setValues (all or nothing): `Lịch sử` is an input sheet, so it keeps its
      // notes, drop-downs, protection and the references to it; a new sheet goes through the atomic write
      if (plan.append) appendRows(active, plan.append);
      else if (plan.sheet) book.write([plan.sheet]);
    } catch (error) {
      throw new UserError(HISTORY_GAS_MSG.writeFailed(error instanceof Error ? error.message : String(error)));
    }
    const done = report(plan.imported.added.length, lastYear.year, notes);
    try {
      appendLog(services, active, book, { action: MSG.log.history, phase: lastYear.year });
    } catch (error) {
      done.message += `\n\n${MSG.logLineMissing(error instanceof Error ? error.message : String(error))}`;
    }
    return done;
  });
}

function appendRows(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, append: HistoryAppend): void {
  const sheet = ss.getSheetByName(append.sheet);
  if (!sheet) throw new Error(append.sheet);
  const { afterRow, rows } = append;
  const width = rows[0].length;
  const room = sheet.getMaxRows() - afterRow;
  if (room < rows.length) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - room);
  sheet.getRange(afterRow + 1, 1, rows.length, width).setValues(rows.map((r) => r.map((v) => v ?? '')));
  // shown as dates, not serials; only the look: the values are already in
  sheet.getRange(afterRow + 1, append.dateColumn, rows.length, 1).setNumberFormat('dd/mm/yyyy');
}

/** The menu item: ask for the link, import, tell the user in an alert. */
export function importHistoryFromMenu(services: GasServices): void {
  const ui = services.SpreadsheetApp.getUi();
  const response = ui.prompt(TITLE, HISTORY_GAS_MSG.ask, ui.ButtonSet.OK_CANCEL);
  if (String(response.getSelectedButton()) !== String(ui.Button.OK)) return;
  const text = response.getResponseText().trim();
  if (text === '') return;
  let message: string;
  try {
    message = importLastYear(services, text).message;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    message = error.message;
  }
  ui.alert(TITLE, message, ui.ButtonSet.OK);
}
