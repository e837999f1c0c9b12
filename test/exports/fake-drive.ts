// An in-memory Drive for the export tests: files with names, folders and content, and a record of every share.
import type { DriveAdapter, DriveFileRef, FolderRef, PdfRef } from '../../src/gas/drive';
import type { OutputSheet, PageSetup } from '../../src/workbook/port';

/** The export spreadsheet as the fake holds it: the sheets written into it. */
export interface FakeSpreadsheet {
  id: string;
  sheets: OutputSheet[];
}

export interface FakeFile {
  id: string;
  name: string;
  kind: 'folder' | 'spreadsheet' | 'pdf';
  folderId: string | null;
  /** PDFs: how many times content was saved, and the page setup asked for */
  versions: number;
  page?: PageSetup;
  trashed: boolean;
}

export class FakeDrive implements DriveAdapter<FakeSpreadsheet> {
  readonly files = new Map<string, FakeFile>();
  readonly spreadsheets = new Map<string, FakeSpreadsheet>();
  /** every share, in order: which file, with whom */
  readonly shares: { fileId: string; email: string }[] = [];
  /** folder ids that exist but the add-on may not open (drive.file) */
  readonly forbidden = new Set<string>();
  shareError: string | null = null;
  /** how many of the next PDF requests fail (as a 429/500 or a time-out would), before any file is made */
  pdfFailures = 0;
  /** when set, PDFs are made by the fallback (files.export), for this reason */
  pdfFallback: string | null = null;
  private next = 1;

  private add(name: string, kind: FakeFile['kind'], folderId: string | null): FakeFile {
    const id = `${kind}-${this.next++}`;
    const file: FakeFile = { id, name, kind, folderId, versions: 0, trashed: false };
    this.files.set(id, file);
    return file;
  }

  addFolder(name: string): string {
    return this.add(name, 'folder', null).id;
  }

  resolveFolder(setting: string): FolderRef {
    const text = setting.trim();
    if (this.forbidden.has(text)) throw new Error('File not found');
    const byId = this.files.get(text);
    if (byId?.kind === 'folder') return { id: byId.id, created: false };
    const byName = [...this.files.values()].find((f) => f.kind === 'folder' && f.name === text && !f.trashed);
    return byName ? { id: byName.id, created: false } : { id: this.addFolder(text), created: true };
  }

  findOrCreateSpreadsheet(name: string, folderId: string | null, knownId: string | null): DriveFileRef & { spreadsheet: FakeSpreadsheet } {
    const known = knownId ? this.files.get(knownId) : undefined;
    const file = known && !known.trashed && known.kind === 'spreadsheet' ? known : this.add(name, 'spreadsheet', folderId);
    file.name = name;
    let spreadsheet = this.spreadsheets.get(file.id);
    if (!spreadsheet) {
      spreadsheet = { id: file.id, sheets: [] };
      this.spreadsheets.set(file.id, spreadsheet);
    }
    return { id: file.id, url: `https://docs.google.com/spreadsheets/d/${file.id}/edit`, spreadsheet };
  }

  saveAsPdf(
    spreadsheetId: string,
    name: string,
    folderId: string | null,
    options: { knownId?: string | null; page?: PageSetup } = {},
  ): PdfRef {
    if (!this.spreadsheets.has(spreadsheetId)) throw new Error(`no spreadsheet ${spreadsheetId}`);
    if (this.pdfFailures > 0) {
      this.pdfFailures -= 1;
      throw new Error('PDF export failed: HTTP 429');
    }
    const known = options.knownId ? this.files.get(options.knownId) : undefined;
    const file = known && !known.trashed && known.kind === 'pdf' ? known : this.add(`${name}.pdf`, 'pdf', folderId);
    file.name = `${name}.pdf`;
    file.versions += 1;
    file.page = options.page;
    return { id: file.id, url: `https://drive.google.com/file/d/${file.id}/view`, fallbackReason: this.pdfFallback };
  }

  shareAsViewer(fileId: string, email: string): void {
    if (this.shareError) throw new Error(this.shareError);
    if (!this.files.has(fileId)) throw new Error(`no file ${fileId}`);
    if (!this.shares.some((s) => s.fileId === fileId && s.email === email)) this.shares.push({ fileId, email });
  }

  ofKind(kind: FakeFile['kind']): FakeFile[] {
    return [...this.files.values()].filter((f) => f.kind === kind);
  }
}
