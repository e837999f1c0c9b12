// Triggers and menu handlers: the add-on menu in every auth mode, prompts, dialogs and alerts around the actions.
import { key } from '../core/codes';
import { exportDocuments } from '../documents/registry';
import type { ExportView, ServerApi } from '../workbook/api';
import { createScoreCards, createVoteSheets, SheetsReport } from './cards';
import { exportPage, helpPage, problemsPage } from './html';
import { MENU, MenuEntry } from './menu';
import { EXPORT_MSG, MSG, TITLE } from './messages';
import { GasServices, UserError } from './services';
import { SETUP_PROPERTY, setupWorkbook } from './setup';
import { sharingPage } from './sharing';
import { SheetsWorkbook } from './sheets-workbook';
import { SHEET } from '../core/sheet-names';

type Ui = GoogleAppsScript.Base.Ui;
type Menu = GoogleAppsScript.Base.Menu;

/** The event Apps Script passes to onOpen/onInstall; only authMode is used. */
export interface OpenEvent {
  authMode?: GoogleAppsScript.Script.AuthMode | string;
}

function addEntries(ui: Ui, menu: Menu, entries: MenuEntry[]): Menu {
  for (const entry of entries) {
    if (entry === 'separator') menu.addSeparator();
    else if ('items' in entry) menu.addSubMenu(addEntries(ui, ui.createMenu(entry.label), entry.items));
    else menu.addItem(entry.label, entry.handler);
  }
  return menu;
}

/** Enum values of Apps Script print as their names. */
export function isAuthModeNone(e: OpenEvent | undefined): boolean {
  return e?.authMode !== undefined && String(e.authMode) === 'NONE';
}

export function onOpen(services: GasServices, e?: OpenEvent): void {
  const ui = services.SpreadsheetApp.getUi();
  addEntries(ui, ui.createAddonMenu(), MENU).addToUi();
  // AuthMode.NONE (an add-on not yet used in this document) may not read the document or its properties.
  if (isAuthModeNone(e)) return;
  try {
    if (!services.PropertiesService.getDocumentProperties().getProperty(SETUP_PROPERTY)) {
      services.SpreadsheetApp.getActiveSpreadsheet().toast(MSG.setupHint, TITLE, 10);
    }
  } catch (error) {
    // LIMITED mode without access: the menu is what matters; the reason goes to the execution log
    console.warn(`onOpen: set-up hint skipped: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export class Handlers {
  constructor(
    private readonly services: GasServices,
    private readonly api: ServerApi,
  ) {}

  private ui(): Ui {
    return this.services.SpreadsheetApp.getUi();
  }

  /** Runs a menu action; any failure becomes an alert (a UserError as is, anything else prefixed). */
  private run(action: () => void): void {
    try {
      action();
    } catch (error) {
      const message = error instanceof UserError ? error.message : MSG.unexpected(error instanceof Error ? error.message : String(error));
      this.ui().alert(TITLE, message, this.ui().ButtonSet.OK);
    }
  }

  private alert(message: string): void {
    this.ui().alert(TITLE, message, this.ui().ButtonSet.OK);
  }

  private dialog(html: string, title: string, height = 420): void {
    const out = this.services.HtmlService.createHtmlOutput(html).setWidth(560).setHeight(height);
    this.ui().showModelessDialog(out, title);
  }

  /** The phase codes of `Đợt thi đua` (one sheet read). */
  phaseIds(): string[] {
    const wb = new SheetsWorkbook(this.services.SpreadsheetApp.getActiveSpreadsheet());
    const sheet = wb.sheet(SHEET.phases);
    if (!sheet) return [];
    const values = sheet.getDataRange().getValues() as unknown[][];
    const col = (values[0] ?? []).findIndex((h) => key(String(h)) === key('Mã đợt'));
    if (col < 0) return [];
    return values
      .slice(1)
      .map((row) => String(row[col] ?? '').trim())
      .filter((id) => id !== '');
  }

  /** Asks for a phase code; null when the user cancels. */
  private askPhase(action: string): string | null {
    const ui = this.ui();
    const response = ui.prompt(TITLE, MSG.askPhase(action, this.phaseIds()), ui.ButtonSet.OK_CANCEL);
    if (String(response.getSelectedButton()) !== String(ui.Button.OK)) return null;
    const text = response.getResponseText().trim();
    return text === '' ? null : text;
  }

  showSidebar(): void {
    this.run(() => {
      const out = this.services.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(TITLE);
      this.ui().showSidebar(out);
    });
  }

  setupWorkbook(): void {
    this.run(() => {
      const report = setupWorkbook(this.services);
      this.alert(MSG.setupDone(report.created, report.addedColumns.length, report.addedParams.length, report.warnings));
    });
  }

  private sheetsAction(action: string, make: (phase: string) => SheetsReport): void {
    this.run(() => {
      const phase = this.askPhase(action);
      if (phase === null) return;
      const r = make(phase);
      const text = MSG.cardsDone(r.created, r.updated, r.addedRows, r.addedColumns, r.warnings);
      if (r.unshared?.length) this.dialog(sharingPage(r.unshared, text), MSG.sharing.title);
      else this.alert(text);
    });
  }

  createScoreCards(): void {
    this.sheetsAction(MSG.actionCards, (phase) => createScoreCards(this.services, phase));
  }

  createVoteSheets(): void {
    this.sheetsAction(MSG.actionVotes, (phase) => createVoteSheets(this.services, phase));
  }

  checkData(): void {
    this.run(() => {
      const view = this.api.validateData();
      if (view.problems.length === 0) this.alert(MSG.checkClean);
      else this.dialog(problemsPage(view.problems), MSG.checkTitle(view.errors, view.warnings));
    });
  }

  tallyPhase(): void {
    this.run(() => {
      const phase = this.askPhase(MSG.actionTally);
      if (phase === null) return;
      const view = this.api.runTally(phase);
      if (!view.resultSheet) {
        this.dialog(problemsPage(view.problems), MSG.tallyNotWritten(view.errors));
        return;
      }
      this.api.goToCell(view.resultSheet);
      const recipients = view.awards.reduce((n, a) => n + a.recipients.length, 0);
      const pending = view.awards.reduce((n, a) => n + a.pending.length, 0);
      this.alert(MSG.tallyDone(view.resultSheet, recipients, pending, view.errors, view.warnings));
    });
  }

  private showExport(view: ExportView): void {
    this.dialog(exportPage(view), MSG.exportTitle, 260);
  }

  /** Which export document (by its number in the registry's list, or its id); null when the user cancels. */
  private askDocument(): { id: string; label: string; needsPhase: boolean } | null {
    const ui = this.ui();
    const documents = exportDocuments();
    const items = documents.map((d, i) => EXPORT_MSG.documentItem(i + 1, d.label, d.needsPhase));
    const response = ui.prompt(TITLE, EXPORT_MSG.askDocument(items), ui.ButtonSet.OK_CANCEL);
    if (String(response.getSelectedButton()) !== String(ui.Button.OK)) return null;
    const text = response.getResponseText().trim();
    if (text === '') return null;
    const byNumber = /^\d+$/.test(text) ? documents[Number(text) - 1] : undefined;
    const chosen = byNumber ?? documents.find((d) => d.id === text);
    if (chosen === undefined) throw new UserError(EXPORT_MSG.unknownChoice(text, documents.length));
    return chosen;
  }

  /** Menu › Xuất văn bản…: any export document of the registry, asked for by number, then its phase if it has one. */
  exportDocumentFromMenu(): void {
    this.run(() => {
      const document = this.askDocument();
      if (document === null) return;
      if (!document.needsPhase) {
        this.showExport(this.api.exportDocument(document.id));
        return;
      }
      const phase = this.askPhase(EXPORT_MSG.actionDocument(document.label));
      if (phase !== null) this.showExport(this.api.exportDocument(document.id, phase));
    });
  }

  showHelp(): void {
    this.run(() => {
      const out = this.services.HtmlService.createHtmlOutput(helpPage()).setWidth(560).setHeight(460);
      this.ui().showModalDialog(out, MSG.helpTitle);
    });
  }
}
