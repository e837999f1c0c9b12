// The exports in Google Sheets (SPEC §6), for every export document of the registry (src/documents/registry.ts):
// the document's sheets are written into a spreadsheet of its own in `Thư mục Drive` (updated in place on every
// export: its id is kept in the document properties, one entry per document and phase), a PDF beside it, both
// shared as viewer with `Email nơi nhận`; the links go back to the sidebar and into `Nhật ký`.
//
// Idempotent under failure: each file's id is saved the moment the file exists (the spreadsheet right after it is
// created, the PDF right after it is made), so that a retry after any failure (the PDF fetch answering 429/500, a
// time-out) reuses them and never makes a second file.
import { key } from '../core/codes';
import type { Problem, SchoolData } from '../core/model';
import { CONFIG_SHEET } from '../documents/common';
import { files } from '../documents/messages';
import { DocumentRequestError, exportDocuments, prepareDocument } from '../documents/registry';
import type { PreparedDocument } from '../documents/registry';
import type { ExportView } from '../workbook/api';
import type { OutputSheet } from '../workbook/port';
import { problemView } from '../workbook/problems';
import { readSchool } from '../workbook/read-school';
import { InputDigest } from './digest';
import { AppsScriptDrive, appsScriptHost } from './drive';
import type { DriveAdapter, DriveHost } from './drive';
import { appendLog, runLogged, userEmail } from './log';
import { EXPORT_MSG } from './messages';
import { ReadGuard } from './read-guard';
import { GasServices, globalServices, UserError } from './services';
import { SheetsWorkbook } from './sheets-workbook';
import { withDocumentLock } from './tally';

/** Which document, and for a document made per phase, which phase. */
export interface ExportRequest {
  documentId: string;
  phaseId?: string;
}

export interface LogEntry {
  time: Date;
  email: string;
  action: string;
  phase: string;
  links: string[];
}

/** What an export needs from its surroundings; the Apps Script ones below, fakes in tests. */
export interface ExportServices<S> {
  readSchool(): { data: SchoolData; problems: Problem[] };
  /** replaces the content of the export spreadsheet with these sheets (every other sheet removed) */
  writeSheets(spreadsheet: S, sheets: OutputSheet[]): void;
  drive: DriveAdapter<S>;
  properties: { get(name: string): string | null; set(name: string, value: string): void };
  log(entry: LogEntry): void;
  userEmail(): string;
  now(): Date;
  /**
   * A tag for the files of one property (document and phase) of this workbook, put on them when made, so that a
   * file whose id was lost to a failure is found again rather than made twice; without it, no tag.
   */
  fileTag?(property: string): string;
}

/** Where the ids of a document's files are kept: one entry per document id, and per phase for a phase's document. */
export function propertyName(documentId: string, phaseId: string | null): string {
  return phaseId === null ? `thidua.export.${documentId}` : `thidua.export.${documentId}.${key(phaseId)}`;
}

interface KnownFiles {
  spreadsheetId: string | null;
  pdfId: string | null;
}

const NO_FILES: KnownFiles = { spreadsheetId: null, pdfId: null };

/** The ids saved by an earlier export; text that is not ours to read is reported (and new files are made). */
function knownFiles(text: string | null, warn: (message: string) => void): KnownFiles {
  if (!text) return NO_FILES;
  try {
    const parsed = JSON.parse(text) as Partial<KnownFiles>;
    return {
      spreadsheetId: typeof parsed.spreadsheetId === 'string' ? parsed.spreadsheetId : null,
      pdfId: typeof parsed.pdfId === 'string' ? parsed.pdfId : null,
    };
  } catch (error) {
    warn(EXPORT_MSG.knownFilesUnreadable(message(error)));
    return NO_FILES;
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function prepare(data: SchoolData, request: ExportRequest, today: Date): PreparedDocument {
  try {
    return prepareDocument(data, request.documentId, request.phaseId, { today, medium: 'google-sheets' });
  } catch (error) {
    if (error instanceof DocumentRequestError) throw new UserError(error.message);
    throw error;
  }
}

/** One export, start to end. Throws UserError for an unknown document or phase; folder and share failures are warnings. */
export function runExport<S>(services: ExportServices<S>, request: ExportRequest): ExportView {
  const { data } = services.readSchool();
  const today = services.now();
  const config = data.config;
  const { def, phase, title, built } = prepare(data, request, today);
  const warnings = [...built.warnings];
  const warn = (text: string): void => {
    warnings.push({ severity: 'warning', where: { sheet: CONFIG_SHEET }, message: text });
  };

  let folderId: string | null = null;
  const folderSetting = config.driveFolder.trim();
  if (folderSetting !== '') {
    try {
      const folder = services.drive.resolveFolder(folderSetting);
      folderId = folder.id;
      if (folder.created) warn(EXPORT_MSG.folderCreated(folderSetting));
    } catch (error) {
      warn(EXPORT_MSG.folderUnavailable(folderSetting, message(error)));
    }
  }

  const property = propertyName(def.id, phase?.id ?? null);
  const known = knownFiles(services.properties.get(property), warn);
  const tag = services.fileTag?.(property);
  const target = services.drive.findOrCreateSpreadsheet(title, folderId, known.spreadsheetId, tag);
  services.properties.set(property, JSON.stringify({ spreadsheetId: target.id, pdfId: known.pdfId }));
  services.writeSheets(target.spreadsheet, built.sheets);
  // one PDF of the whole spreadsheet, laid out as the document's first sheet asks
  const pdf = services.drive.saveAsPdf(target.id, title, folderId, {
    knownId: known.pdfId,
    page: built.sheets[0]?.page,
    ...(tag ? { tag } : {}),
  });
  services.properties.set(property, JSON.stringify({ spreadsheetId: target.id, pdfId: pdf.id }));
  if (pdf.fallbackReason !== null) warn(EXPORT_MSG.pdfLayoutNotApplied(pdf.fallbackReason));

  const email = config.recipientEmail.trim();
  if (email === '') warn(EXPORT_MSG.missingRecipientEmail);
  else {
    for (const id of [target.id, pdf.id]) {
      try {
        services.drive.shareAsViewer(id, email);
      } catch (error) {
        warn(EXPORT_MSG.shareFailed(email, message(error)));
        break;
      }
    }
  }

  const links = [
    { label: files.spreadsheetLabel, url: target.url },
    { label: files.pdfLabel, url: pdf.url },
  ];
  services.log({
    time: today,
    email: services.userEmail(),
    action: EXPORT_MSG.logAction(def.label),
    phase: phase?.id ?? '',
    links: links.map((l) => l.url),
  });
  return { kind: def.id, title, links, warnings: warnings.map(problemView) };
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The export spreadsheet holds just the document: written through SheetsWorkbook, every other sheet removed (a
 * temporary sheet a failed export left there too). It gets the script's time zone first: a spreadsheet created
 * through Drive has its owner's, and SpreadsheetApp (the fallback writer) would show a date at midnight here as the
 * day before in a time zone west of it.
 */
function writeExportSheets(services: GasServices, spreadsheet: Spreadsheet, sheets: OutputSheet[]): void {
  spreadsheet.setSpreadsheetTimeZone(services.Session.getScriptTimeZone());
  new SheetsWorkbook(spreadsheet, { utilities: services.Utilities }).write(sheets);
  const names = new Set(sheets.map((s) => s.name));
  for (const other of spreadsheet.getSheets()) if (!names.has(other.getName())) spreadsheet.deleteSheet(other);
  for (const sheet of sheets) spreadsheet.getSheetByName(sheet.name)?.setHiddenGridlines(true);
  spreadsheet.setSpreadsheetLocale('vi_VN');
}

/**
 * The export's surroundings in Apps Script over these services and this Drive; the workbook is read through a
 * ReadGuard (readSchool below throws when a sheet could not be read: no document from incomplete inputs).
 */
export function gasExportServices(
  services: GasServices,
  host: DriveHost<Spreadsheet>,
  wb: SheetsWorkbook = new SheetsWorkbook(services.SpreadsheetApp.getActive(), { utilities: services.Utilities }),
): ExportServices<Spreadsheet> {
  const active = wb.spreadsheet;
  const properties = services.PropertiesService.getDocumentProperties();
  return {
    readSchool: () => {
      const guard = new ReadGuard(wb, undefined, EXPORT_MSG.readFailed);
      const read = readSchool(guard);
      guard.refuseIfAReadFailed();
      return read;
    },
    writeSheets: (spreadsheet, sheets) => writeExportSheets(services, spreadsheet, sheets),
    drive: new AppsScriptDrive(host),
    properties: { get: (name) => properties.getProperty(name), set: (name, value) => void properties.setProperty(name, value) },
    // the same `Nhật ký` layout as the tally's (src/gas/log.ts): the links go to its `Liên kết` column
    log: (entry) => appendLog(services, active, wb, { action: entry.action, phase: entry.phase, links: entry.links }),
    userEmail: () => userEmail(services),
    now: () => new Date(services.now?.() ?? Date.now()),
    fileTag: (property) => new InputDigest().add(`${wb.spreadsheet.getId()}\n${property}`).hex(),
  };
}

export function appsScriptExportServices(): ExportServices<Spreadsheet> {
  return gasExportServices(globalServices(), appsScriptHost());
}

/**
 * An export from the sidebar or the menu: under the document lock (two exports at once would both make the files),
 * with leftovers of a failed run removed first; a failure is a line of `Nhật ký` and a message saying what to do.
 */
export function exportInSheets(services: GasServices, host: DriveHost<Spreadsheet>, request: ExportRequest): ExportView {
  return runLogged(
    services,
    { action: exportAction(request.documentId), phase: request.phaseId?.trim() ?? '' },
    () =>
      withDocumentLock(services, () => {
        const wb = new SheetsWorkbook(services.SpreadsheetApp.getActive(), { utilities: services.Utilities });
        wb.removeLeftovers();
        return runExport(gasExportServices(services, host, wb), request);
      }),
    EXPORT_MSG.failed,
  );
}

/** The `Nhật ký` action of an export, as a successful export writes it (by id for an unknown document). */
function exportAction(documentId: string): string {
  const def = exportDocuments().find((d) => d.id === documentId);
  return def ? EXPORT_MSG.logAction(def.label) : EXPORT_MSG.logActionOf(documentId);
}

/** The server function `exportDocument` in Apps Script. */
export function exportDocumentGas(documentId: string, phaseId?: string): ExportView {
  return exportInSheets(globalServices(), appsScriptHost(), {
    documentId: String(documentId),
    phaseId: phaseId === undefined || phaseId === null ? undefined : String(phaseId),
  });
}
