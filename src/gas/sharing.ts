// Sharing before protecting: Protection.addEditor lets a member edit their card but does not share the file, so a
// council member who is not an editor of the spreadsheet cannot even open it. Before the cards are protected, the
// members' emails that are not editors are listed, and a dialog offers to share the spreadsheet with them as
// editors in one click (Spreadsheet.addEditors).
import { key } from '../core/codes';
import type { Member } from '../core/model';
import { readSchool } from '../workbook/read-school';
import { escapeHtml } from './html';
import { MSG } from './messages';
import type { GasServices } from './services';
import { SheetsWorkbook } from './sheets-workbook';

/** Functions the sharing dialog calls through google.script.run (exposed by main.ts). */
export const DIALOG_FUNCTIONS = ['shareWithCouncil'] as const;

/** The members' emails (as written in `Hội đồng`) that are not editors of the spreadsheet (owner included). */
export function councilNotEditors(services: GasServices, members: Member[]): string[] {
  const ss = services.SpreadsheetApp.getActiveSpreadsheet();
  const editors = new Set(ss.getEditors().map((user) => key(user.getEmail())));
  const emails = members.map((m) => m.email.trim()).filter((email) => email !== '');
  return [...new Map(emails.map((email) => [key(email), email])).values()].filter((email) => !editors.has(key(email)));
}

/**
 * Shares the spreadsheet as editor with every council member who is not one yet, read again from `Hội đồng` (the
 * dialog sends nothing: no address from the browser is trusted). Returns the emails shared with.
 */
export function shareWithCouncil(services: GasServices): string[] {
  const ss = services.SpreadsheetApp.getActiveSpreadsheet();
  const { data } = readSchool(new SheetsWorkbook(ss, { utilities: services.Utilities }));
  const missing = councilNotEditors(services, data.members);
  if (missing.length > 0) ss.addEditors(missing);
  return missing;
}

/** The dialog: who cannot open the spreadsheet yet, and the one-click share. */
export function sharingPage(emails: string[], report: string): string {
  const items = emails.map((email) => `<li>${escapeHtml(email)}</li>`).join('');
  const script =
    '<script>function share(b){b.disabled=true;document.getElementById("s").textContent=' +
    JSON.stringify(MSG.sharing.working) +
    ';google.script.run.withSuccessHandler(function(list){document.getElementById("s").textContent=' +
    JSON.stringify(MSG.sharing.done) +
    '+list.join(", ")}).withFailureHandler(function(e){b.disabled=false;document.getElementById("s").textContent=' +
    JSON.stringify(MSG.sharing.failed) +
    '+(e&&e.message?e.message:e)}).shareWithCouncil()}</script>';
  return (
    '<style>body{font:13px Arial,sans-serif;margin:8px}button{margin:8px 0;padding:6px 12px}</style>' +
    `<p style="white-space:pre-line">${escapeHtml(report)}</p>` +
    `<p>${escapeHtml(MSG.sharing.intro)}</p><ul>${items}</ul>` +
    `<button onclick="share(this)">${escapeHtml(MSG.sharing.button)}</button><p id="s"></p>` +
    `<p>${escapeHtml(MSG.sharing.manual)}</p>${script}`
  );
}
