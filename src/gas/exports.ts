// The exports in Google Sheets (SPEC §6): the document is written into its own spreadsheet in `Thư mục Drive`
// (updated in place on every export: its id is kept in the document properties), a PDF beside it, both shared as
// viewer with `Email nơi nhận`; the links go back to the sidebar and into `Nhật ký`.
import { key } from '../core/codes';
import type { Problem, SchoolData } from '../core/model';
import { tallyPhase } from '../core/tally';
import { files, log, problem, proposals, summary } from '../documents/messages';
import { CONFIG_SHEET } from '../documents/common';
import { awardProposals } from '../documents/proposals';
import { registrationSummary } from '../documents/summary';
import type { ExportView } from '../workbook/api';
import type { OutputSheet } from '../workbook/port';
import { problemView } from '../workbook/problems';
import { readSchool } from '../workbook/read-school';
import { AppsScriptDrive } from './drive';
import type { DriveAdapter } from './drive';
import { appendLog, userEmail } from './log';
import { globalServices, UserError } from './services';
import { SheetsWorkbook } from './sheets-workbook';

export type ExportRequest = { kind: 'summary' } | { kind: 'proposals'; phaseId: string };

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
  /** replaces the content of the export spreadsheet with this one sheet */
  writeSheet(spreadsheet: S, sheet: OutputSheet): void;
  drive: DriveAdapter<S>;
  properties: { get(name: string): string | null; set(name: string, value: string): void };
  log(entry: LogEntry): void;
  userEmail(): string;
  now(): Date;
}

/** Where the ids of an export's files are kept: one entry per kind, and per phase for the proposals. */
export function propertyName(request: ExportRequest): string {
  return request.kind === 'summary' ? 'thidua.export.summary' : `thidua.export.proposals.${key(request.phaseId)}`;
}

interface KnownFiles {
  spreadsheetId: string | null;
  pdfId: string | null;
}

function knownFiles(text: string | null): KnownFiles {
  if (!text) return { spreadsheetId: null, pdfId: null };
  try {
    const parsed = JSON.parse(text) as Partial<KnownFiles>;
    return { spreadsheetId: typeof parsed.spreadsheetId === 'string' ? parsed.spreadsheetId : null, pdfId: typeof parsed.pdfId === 'string' ? parsed.pdfId : null };
  } catch {
    return { spreadsheetId: null, pdfId: null };
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One export, start to end. Throws UserError for an unknown phase; Drive failures of folder and share are warnings. */
export function runExport<S>(services: ExportServices<S>, request: ExportRequest): ExportView {
  const { data } = services.readSchool();
  const today = services.now();
  const config = data.config;
  let built: { sheet: OutputSheet; warnings: Problem[] };
  let fileTitle: string;
  let phaseId = '';
  if (request.kind === 'summary') {
    built = registrationSummary(data, today);
    fileTitle = summary.fileTitle;
  } else {
    const phase = data.phases.find((p) => key(p.id) === key(request.phaseId));
    if (!phase) throw new UserError(problem.unknownPhase(request.phaseId));
    phaseId = phase.id;
    built = awardProposals(data, tallyPhase(data, phase.id), today);
    fileTitle = proposals.fileTitle(phase.name);
  }
  const warnings = [...built.warnings];
  const warn = (text: string): void => {
    warnings.push({ severity: 'warning', where: { sheet: CONFIG_SHEET }, message: text });
  };
  const title = files.name(config.schoolYear, config.schoolName, fileTitle);

  let folderId: string | null = null;
  if (config.driveFolder.trim() !== '') {
    try {
      folderId = services.drive.resolveFolder(config.driveFolder);
    } catch {
      warn(problem.folderUnavailable(config.driveFolder.trim()));
    }
  }

  const property = propertyName(request);
  const known = knownFiles(services.properties.get(property));
  const target = services.drive.findOrCreateSpreadsheet(title, folderId, known.spreadsheetId);
  services.writeSheet(target.spreadsheet, built.sheet);
  const pdf = services.drive.saveAsPdf(target.id, title, folderId, { knownId: known.pdfId, page: built.sheet.page });
  services.properties.set(property, JSON.stringify({ spreadsheetId: target.id, pdfId: pdf.id }));

  const email = config.recipientEmail.trim();
  if (email === '') warn(problem.missingRecipientEmail);
  else {
    for (const id of [target.id, pdf.id]) {
      try {
        services.drive.shareAsViewer(id, email);
      } catch (error) {
        warn(problem.shareFailed(email, message(error)));
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
    action: request.kind === 'summary' ? log.summaryAction : log.proposalsAction,
    phase: phaseId,
    links: links.map((l) => l.url),
  });
  return { kind: request.kind, title, links, warnings: warnings.map(problemView) };
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The export spreadsheet holds just the document: written through SheetsWorkbook, every other sheet removed. It
 * gets the script's time zone first: a spreadsheet created through Drive has its owner's, and SpreadsheetApp (the
 * fallback writer) would show a date at midnight here as the day before in a time zone west of it.
 */
function writeExportSheet(spreadsheet: Spreadsheet, sheet: OutputSheet): void {
  spreadsheet.setSpreadsheetTimeZone(Session.getScriptTimeZone());
  new SheetsWorkbook(spreadsheet).write([sheet]);
  for (const other of spreadsheet.getSheets()) if (other.getName() !== sheet.name) spreadsheet.deleteSheet(other);
  const written = spreadsheet.getSheetByName(sheet.name);
  written?.setHiddenGridlines(true);
  spreadsheet.setSpreadsheetLocale('vi_VN');
}

export function appsScriptExportServices(): ExportServices<Spreadsheet> {
  const services = globalServices();
  const active = SpreadsheetApp.getActive();
  const wb = new SheetsWorkbook(active);
  const properties = PropertiesService.getDocumentProperties();
  return {
    readSchool: () => readSchool(wb),
    writeSheet: writeExportSheet,
    drive: new AppsScriptDrive(),
    properties: { get: (name) => properties.getProperty(name), set: (name, value) => void properties.setProperty(name, value) },
    // the same `Nhật ký` layout as the tally's (src/gas/log.ts): the links go to its `Liên kết` column
    log: (entry) => appendLog(services, active, wb, { action: entry.action, phase: entry.phase, links: entry.links }),
    userEmail: () => userEmail(services),
    now: () => new Date(),
  };
}

export function exportSummaryGas(): ExportView {
  return runExport(appsScriptExportServices(), { kind: 'summary' });
}

export function exportProposalsGas(phaseId: string): ExportView {
  return runExport(appsScriptExportServices(), { kind: 'proposals', phaseId });
}
