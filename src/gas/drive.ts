// Drive behind a small adapter: the export spreadsheet (created once, then updated in place), its PDF beside it,
// and the viewer share with the receiving office. The Apps Script implementation uses SpreadsheetApp.openById and
// the Advanced Drive service (v3), whose calls work with the `drive.file` scope: only files this add-on created
// (or folders the user named and the add-on created) are touched. Every Drive v3 call passes
// `supportsAllDrives: true`, so that a folder the add-on created and the user then moved into a shared drive still
// works. Its Apps Script surroundings come in through DriveHost, so that tests can hand in a fake Drive v3
// (test/exports/fake-drive-v3.ts); the export itself is tested over the whole adapter (test/exports/fake-drive.ts).
import type { PageSetup } from '../workbook/port';
import { EXPORT_MSG } from './messages';
import { UserError } from './services';

export interface DriveFileRef {
  id: string;
  url: string;
}

/** The folder for `Thư mục Drive`; `created` when it was made just now (a folder of that name was not found). */
export interface FolderRef {
  id: string;
  created: boolean;
}

/** The PDF saved; `fallbackReason` says why Drive's plain export was used (the page layout options were not applied). */
export interface PdfRef extends DriveFileRef {
  fallbackReason: string | null;
}

export interface DriveAdapter<S> {
  /**
   * The folder for `Thư mục Drive`: a folder URL or id is used as is; any other text names a folder of the
   * add-on's own, created in the Drive root on first use. Throws when a URL or id cannot be opened.
   */
  resolveFolder(setting: string): FolderRef;
  /**
   * The spreadsheet `knownId` when it still exists (renamed to `name` if needed), else the one an earlier run made
   * with this `tag` (its id lost to a failure before it was saved), else a new one in the folder, carrying the tag.
   */
  findOrCreateSpreadsheet(name: string, folderId: string | null, knownId: string | null, tag?: string): DriveFileRef & { spreadsheet: S };
  /**
   * The spreadsheet as `{name}.pdf`: the file `knownId` (else the PDF carrying `tag`) gets the new content when it
   * still exists, else a new file carrying the tag.
   */
  saveAsPdf(
    spreadsheetId: string,
    name: string,
    folderId: string | null,
    options?: { knownId?: string | null; page?: PageSetup; tag?: string },
  ): PdfRef;
  /** Reader access for `email` (nothing happens when it has access already). */
  shareAsViewer(fileId: string, email: string): void;
}

const FOLDER_MIME = 'application/vnd.google-apps.folder';
const SHEET_MIME = 'application/vnd.google-apps.spreadsheet';
const PDF_MIME = 'application/pdf';

type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type Blob = GoogleAppsScript.Base.Blob;
type DriveArgs = Record<string, unknown>;

/**
 * The part of the Advanced Drive service (v3) used here, each call with its optional arguments (a null media
 * argument is how Apps Script takes optional arguments without content).
 */
export interface DriveV3Api {
  Files: {
    get(fileId: string, optionalArgs: DriveArgs): DriveFile;
    list(optionalArgs: DriveArgs): GoogleAppsScript.Drive_v3.Drive.V3.Schema.FileList;
    create(resource: DriveFile, mediaData: Blob | null, optionalArgs: DriveArgs): DriveFile;
    update(resource: DriveFile, fileId: string, mediaData: Blob | null, optionalArgs: DriveArgs): DriveFile;
    /** with `alt: 'media'` the exported content (Apps Script's advanced service needs it, though the reference omits it) */
    export(fileId: string, mimeType: string, optionalArgs: DriveArgs): unknown;
  };
  Permissions: {
    list(fileId: string, optionalArgs: DriveArgs): GoogleAppsScript.Drive_v3.Drive.V3.Schema.PermissionList;
    create(
      resource: GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission,
      fileId: string,
      optionalArgs: DriveArgs,
    ): GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;
  };
}

/** What AppsScriptDrive needs around Drive v3; appsScriptHost() gives the real services. */
export interface DriveHost<S> {
  drive(): DriveV3Api;
  openSpreadsheet(id: string): { spreadsheet: S; url: string };
  /** writes pending spreadsheet changes before the PDF is asked for */
  flush(): void;
  /** GET with the script's OAuth token; HTTP errors are answered, not thrown (a network failure or timeout throws) */
  fetch(url: string): { status: number; blob: Blob };
  /** a line in the execution log (Apps Script: Executions) */
  log(text: string): void;
}

/** Every Drive v3 call carries these: files in shared drives are found and written too. */
const ALL_DRIVES = { supportsAllDrives: true } as const;

/**
 * The key of the private app property that marks an export file with the document (and workbook) it is for, so
 * that a file whose id was lost (a failure between Drive making it and the id being saved) is found again, not
 * made twice. App properties are private to the add-on and searchable (`appProperties has { … }`).
 */
export const TAG_KEY = 'thiduaExport';

function tagged(tag: string | undefined): { appProperties?: Record<string, string> } {
  return tag ? { appProperties: { [TAG_KEY]: tag } } : {};
}

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

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Drive's answer for an id that does not exist or that the `drive.file` scope does not reach. */
function isNotFound(error: unknown): boolean {
  return /not ?found|404/i.test(message(error));
}

function pdfUrl(id: string): string {
  return `https://drive.google.com/file/d/${id}/view`;
}

function isBlob(value: unknown): value is Blob {
  return typeof value === 'object' && value !== null && typeof (value as Partial<Blob>).getBytes === 'function';
}

export class AppsScriptDrive<S> implements DriveAdapter<S> {
  constructor(private readonly host: DriveHost<S>) {}

  /**
   * The file when it exists and is not in the trash. A file Drive does not find (deleted for good, or out of the
   * scope's reach) is null: the caller creates it anew, and the log keeps Drive's message. Any other failure
   * (a 500, a quota) is thrown: treating it as "gone" would make a second file.
   */
  private live(id: string | null | undefined): DriveFile | null {
    if (!id) return null;
    try {
      const file = this.host.drive().Files.get(id, { fields: 'id,name,trashed,mimeType', ...ALL_DRIVES });
      return file.trashed ? null : file;
    } catch (error) {
      if (!isNotFound(error)) throw error;
      this.host.log(`Drive file ${id} not found, a new one is made: ${message(error)}`);
      return null;
    }
  }

  resolveFolder(setting: string): FolderRef {
    const drive = this.host.drive();
    const id = folderIdOf(setting);
    if (id) {
      const folder = this.live(id);
      if (!folder || folder.mimeType !== FOLDER_MIME) throw new Error(`folder ${id} not found`);
      return { id, created: false };
    }
    const name = setting.trim().replace(/\\/g, '\\\\').replace(/'/g, "\\'");
    const found = drive.Files.list({
      q: `name = '${name}' and mimeType = '${FOLDER_MIME}' and trashed = false`,
      fields: 'files(id)',
      pageSize: 1,
      includeItemsFromAllDrives: true,
      ...ALL_DRIVES,
    });
    const existing = found.files?.[0]?.id;
    if (existing) return { id: existing, created: false };
    const created = drive.Files.create({ name: setting.trim(), mimeType: FOLDER_MIME }, null, ALL_DRIVES);
    return { id: created.id as string, created: true };
  }

  /** The live file of this type carrying `tag`, made by an earlier run of the add-on; null when there is none. */
  private byTag(tag: string | undefined, mimeType: string): DriveFile | null {
    if (!tag) return null;
    const found = this.host.drive().Files.list({
      q: `appProperties has { key='${TAG_KEY}' and value='${tag.replace(/[\\']/g, '')}' } and mimeType = '${mimeType}' and trashed = false`,
      fields: 'files(id,name,mimeType)',
      pageSize: 1,
      includeItemsFromAllDrives: true,
      ...ALL_DRIVES,
    });
    return found.files?.[0] ?? null;
  }

  findOrCreateSpreadsheet(name: string, folderId: string | null, knownId: string | null, tag?: string): DriveFileRef & { spreadsheet: S } {
    const drive = this.host.drive();
    const known = this.live(knownId) ?? this.byTag(tag, SHEET_MIME);
    let id: string;
    if (known?.id && known.mimeType === SHEET_MIME) {
      id = known.id;
      if (known.name !== name) drive.Files.update({ name }, id, null, ALL_DRIVES);
    } else {
      const created = drive.Files.create(
        { name, mimeType: SHEET_MIME, ...(folderId ? { parents: [folderId] } : {}), ...tagged(tag) },
        null,
        ALL_DRIVES,
      );
      id = created.id as string;
    }
    const { spreadsheet, url } = this.host.openSpreadsheet(id);
    return { id, url, spreadsheet };
  }

  /**
   * The PDF through the spreadsheet's export URL (A4, margins, orientation: what Decree 30 asks for). When that
   * answers anything but a PDF (an error status, a sign-in page, a failed fetch), Drive v3's documented
   * `files.export` makes it instead, without those page options: the caller warns.
   */
  private pdfBlob(spreadsheetId: string, page: PageSetup | undefined): { blob: Blob; fallbackReason: string | null } {
    this.host.flush();
    const url = `https://docs.google.com/spreadsheets/d/${spreadsheetId}/export?${pdfExportQuery(page)}`;
    let reason: string;
    try {
      const { status, blob } = this.host.fetch(url);
      const type = blob.getContentType() ?? '';
      if (status === 200 && /application\/pdf/i.test(type)) return { blob, fallbackReason: null };
      // a token the endpoint does not accept can end on a sign-in page (HTML) with status 200 after the redirects
      reason = status === 200 ? `got ${type || 'no content type'} instead of a PDF` : `HTTP ${status}`;
    } catch (error) {
      reason = message(error);
    }
    this.host.log(`PDF export URL failed (${reason}); using Drive files.export`);
    // files.export takes no supportsAllDrives (its only parameters are the id and the MIME type): it reaches a
    // shared drive's file by id anyway.
    const exported = this.host.drive().Files.export(spreadsheetId, PDF_MIME, { alt: 'media' });
    if (!isBlob(exported)) throw new Error(`PDF export failed: ${reason}; Drive files.export returned no file`);
    return { blob: exported, fallbackReason: reason };
  }

  saveAsPdf(
    spreadsheetId: string,
    name: string,
    folderId: string | null,
    options: { knownId?: string | null; page?: PageSetup; tag?: string } = {},
  ): PdfRef {
    const drive = this.host.drive();
    const { blob, fallbackReason } = this.pdfBlob(spreadsheetId, options.page);
    const fileName = `${name}.pdf`;
    blob.setName(fileName);
    const known = this.live(options.knownId) ?? this.byTag(options.tag, PDF_MIME);
    if (known?.id) {
      drive.Files.update({ name: fileName }, known.id, blob, ALL_DRIVES);
      return { id: known.id, url: pdfUrl(known.id), fallbackReason };
    }
    const created = drive.Files.create(
      { name: fileName, mimeType: PDF_MIME, ...(folderId ? { parents: [folderId] } : {}), ...tagged(options.tag) },
      blob,
      ALL_DRIVES,
    );
    const id = created.id as string;
    return { id, url: pdfUrl(id), fallbackReason };
  }

  shareAsViewer(fileId: string, email: string): void {
    const drive = this.host.drive();
    const wanted = email.trim().toLowerCase();
    const list = drive.Permissions.list(fileId, { fields: 'permissions(emailAddress,role)', ...ALL_DRIVES });
    if ((list.permissions ?? []).some((p) => (p.emailAddress ?? '').toLowerCase() === wanted)) return;
    // The office is told by Drive's own e-mail: an address without a Google account cannot be shared with otherwise.
    drive.Permissions.create({ type: 'user', role: 'reader', emailAddress: email.trim() }, fileId, {
      sendNotificationEmail: true,
      ...ALL_DRIVES,
    });
  }
}

/** The real Apps Script services behind DriveHost. */
export function appsScriptHost(): DriveHost<GoogleAppsScript.Spreadsheet.Spreadsheet> {
  return {
    drive: () => {
      if (typeof Drive === 'undefined' || !Drive) throw new UserError(EXPORT_MSG.driveServiceOff);
      // the typings declare no optional arguments where Apps Script takes them (a null media argument)
      return Drive;
    },
    openSpreadsheet: (id) => {
      const spreadsheet = SpreadsheetApp.openById(id);
      return { spreadsheet, url: spreadsheet.getUrl() };
    },
    flush: () => SpreadsheetApp.flush(),
    fetch: (url) => {
      const response = UrlFetchApp.fetch(url, {
        headers: { Authorization: `Bearer ${ScriptApp.getOAuthToken()}` },
        muteHttpExceptions: true,
      });
      return { status: response.getResponseCode(), blob: response.getBlob() };
    },
    log: (text) => console.warn(text),
  };
}
