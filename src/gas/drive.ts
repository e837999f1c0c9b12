// Drive behind a small adapter: the export spreadsheet (created once, then updated in place), its PDF beside it,
// and the viewer share with the receiving office. The Apps Script implementation uses SpreadsheetApp.openById and
// the Advanced Drive service (v3), whose calls work with the `drive.file` scope: only files this add-on created
// (or folders the user named and the add-on created) are touched. Tests use test/exports/fake-drive.ts.
import type { PageSetup } from '../workbook/port';
import { UserError } from './services';

export interface DriveFileRef {
  id: string;
  url: string;
}

export interface DriveAdapter<S> {
  /**
   * The folder for `Thư mục Drive`: a folder URL or id is used as is; any other text names a folder of the
   * add-on's own, created in the Drive root on first use. Throws when a URL or id cannot be opened.
   */
  resolveFolder(setting: string): string;
  /** The spreadsheet `knownId` when it still exists (renamed to `name` if needed), else a new one in the folder. */
  findOrCreateSpreadsheet(name: string, folderId: string | null, knownId: string | null): DriveFileRef & { spreadsheet: S };
  /** The spreadsheet as `{name}.pdf`: the file `knownId` gets the new content when it still exists, else a new file. */
  saveAsPdf(spreadsheetId: string, name: string, folderId: string | null, options?: { knownId?: string | null; page?: PageSetup }): DriveFileRef;
  /** Reader access for `email` (nothing happens when it has access already). */
  shareAsViewer(fileId: string, email: string): void;
}

const FOLDER_MIME = 'application/vnd.google-apps.folder';
const SHEET_MIME = 'application/vnd.google-apps.spreadsheet';
const PDF_MIME = 'application/pdf';

/** The id in a Drive folder URL, or the text itself when it looks like an id; null for a folder name. */
export function folderIdOf(setting: string): string | null {
  const text = setting.trim();
  const inUrl = /\/folders\/([A-Za-z0-9_-]{10,})/.exec(text) ?? /[?&]id=([A-Za-z0-9_-]{10,})/.exec(text);
  if (inUrl) return inUrl[1];
  return /^[A-Za-z0-9_-]{20,}$/.test(text) ? text : null;
}

/** Query string of Drive's export endpoint: A4, the sheet's orientation, fit to width, Decree 30 margins, no gridlines. */
export function pdfExportQuery(page: PageSetup | undefined): string {
  const m = page?.margins ?? { top: 0.79, bottom: 0.79, left: 1.18, right: 0.79 };
  const params: Record<string, string> = {
    format: 'pdf',
    size: 'A4',
    portrait: page?.orientation === 'landscape' ? 'false' : 'true',
    fitw: page?.fitToWidth === false ? 'false' : 'true',
    gridlines: 'false',
    printtitle: 'false',
    sheetnames: 'false',
    pagenum: 'UNDEFINED',
    top_margin: m.top.toFixed(2),
    bottom_margin: m.bottom.toFixed(2),
    left_margin: m.left.toFixed(2),
    right_margin: m.right.toFixed(2),
  };
  return Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
}

function driveService(): GoogleAppsScript.Drive {
  if (typeof Drive === 'undefined' || !Drive) throw new UserError('Chưa bật dịch vụ nâng cao Drive API cho tiện ích.');
  return Drive;
}

function pdfUrl(id: string): string {
  return `https://drive.google.com/file/d/${id}/view`;
}

export class AppsScriptDrive implements DriveAdapter<GoogleAppsScript.Spreadsheet.Spreadsheet> {
  /** the file when it exists and is not in the trash */
  private live(id: string | null | undefined): GoogleAppsScript.Drive_v3.Drive.V3.Schema.File | null {
    if (!id) return null;
    try {
      const file = driveService().Files.get(id, { fields: 'id,name,trashed,mimeType' });
      return file.trashed ? null : file;
    } catch {
      return null;
    }
  }

  resolveFolder(setting: string): string {
    const drive = driveService();
    const id = folderIdOf(setting);
    if (id) {
      const folder = this.live(id);
      if (!folder || folder.mimeType !== FOLDER_MIME) throw new Error(`folder ${id} not found`);
      return id;
    }
    const name = setting.trim().replace(/\\/g, '\\\\').replace(/'/g, "\\'");
    const found = drive.Files.list({ q: `name = '${name}' and mimeType = '${FOLDER_MIME}' and trashed = false`, fields: 'files(id)', pageSize: 1 });
    const existing = found.files?.[0]?.id;
    if (existing) return existing;
    const created = drive.Files.create({ name: setting.trim(), mimeType: FOLDER_MIME });
    return created.id as string;
  }

  findOrCreateSpreadsheet(name: string, folderId: string | null, knownId: string | null): DriveFileRef & { spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet } {
    const drive = driveService();
    const known = this.live(knownId);
    let id: string;
    if (known?.id && known.mimeType === SHEET_MIME) {
      id = known.id;
      if (known.name !== name) drive.Files.update({ name }, id);
    } else {
      const created = drive.Files.create({ name, mimeType: SHEET_MIME, ...(folderId ? { parents: [folderId] } : {}) });
      id = created.id as string;
    }
    const spreadsheet = SpreadsheetApp.openById(id);
    return { id, url: spreadsheet.getUrl(), spreadsheet };
  }

  saveAsPdf(spreadsheetId: string, name: string, folderId: string | null, options: { knownId?: string | null; page?: PageSetup } = {}): DriveFileRef {
    const drive = driveService();
    SpreadsheetApp.flush();
    const url = `https://docs.google.com/spreadsheets/d/${spreadsheetId}/export?${pdfExportQuery(options.page)}`;
    const response = UrlFetchApp.fetch(url, { headers: { Authorization: `Bearer ${ScriptApp.getOAuthToken()}` }, muteHttpExceptions: true });
    if (response.getResponseCode() !== 200) throw new Error(`PDF export failed: HTTP ${response.getResponseCode()}`);
    const fileName = `${name}.pdf`;
    const blob = response.getBlob();
    // a token the endpoint does not accept can end on a sign-in page (HTML) with status 200 after the redirects
    if (!/application\/pdf/i.test(blob.getContentType() ?? '')) throw new Error(`PDF export failed: got ${blob.getContentType() ?? 'no content type'} instead of a PDF`);
    blob.setName(fileName);
    const known = this.live(options.knownId);
    if (known?.id) {
      drive.Files.update({ name: fileName }, known.id, blob);
      return { id: known.id, url: pdfUrl(known.id) };
    }
    const created = drive.Files.create({ name: fileName, mimeType: PDF_MIME, ...(folderId ? { parents: [folderId] } : {}) }, blob);
    const id = created.id as string;
    return { id, url: pdfUrl(id) };
  }

  shareAsViewer(fileId: string, email: string): void {
    const drive = driveService();
    const wanted = email.trim().toLowerCase();
    const list = drive.Permissions.list(fileId, { fields: 'permissions(emailAddress,role)' });
    if ((list.permissions ?? []).some((p) => (p.emailAddress ?? '').toLowerCase() === wanted)) return;
    // The office is told by Drive's own e-mail: an address without a Google account cannot be shared with otherwise.
    drive.Permissions.create({ type: 'user', role: 'reader', emailAddress: email.trim() }, fileId, { sendNotificationEmail: true });
  }
}
