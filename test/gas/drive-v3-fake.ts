// Drive v3 and the rest of DriveHost for the export's fault sweep: files kept in memory (app properties included,
// searchable as Drive searches them), every call counted on the Apps Script fake's counter, so that a throw at the
// k-th service call can land on a Drive call too. Export spreadsheets are fake spreadsheets opened by id.
import type { DriveHost, DriveV3Api } from '../../src/gas/drive';
import { fakeBlob } from '../exports/fake-drive-v3';
import { FakeServices, FakeSpreadsheet } from './fake';

type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

export interface StoredFile extends DriveFile {
  id: string;
  trashed: boolean;
  versions: number;
}

/** `appProperties has { key='k' and value='v' }`, `name = '…'`, `mimeType = '…'`, `trashed = false`, joined by `and`. */
function matches(file: StoredFile, q: string): boolean {
  const app = /appProperties has \{ key='([^']*)' and value='([^']*)' \}/.exec(q);
  if (app && file.appProperties?.[app[1]] !== app[2]) return false;
  const rest = q.replace(/appProperties has \{[^}]*\}/, '');
  const name = /name = '((?:[^'\\]|\\.)*)'/.exec(rest);
  if (name && file.name !== name[1].replace(/\\(.)/g, '$1')) return false;
  const mime = /mimeType = '([^']*)'/.exec(rest);
  if (mime && file.mimeType !== mime[1]) return false;
  if (/trashed = false/.test(rest) && file.trashed) return false;
  return true;
}

export class CountedDrive {
  readonly files = new Map<string, StoredFile>();
  readonly spreadsheets = new Map<string, FakeSpreadsheet>();
  private next = 1;

  constructor(private readonly services: FakeServices) {}

  private count(name: string): void {
    this.services.calls.count(name);
  }

  private add(resource: DriveFile): StoredFile {
    const id = `drive-file-${this.next++}`;
    const file: StoredFile = { ...resource, id, trashed: false, versions: resource.mimeType === 'application/pdf' ? 1 : 0 };
    this.files.set(id, file);
    if (resource.mimeType === 'application/vnd.google-apps.spreadsheet') {
      const spreadsheet = new FakeSpreadsheet(this.services.env, id, resource.name ?? '');
      spreadsheet.addSheet('Trang tính1');
      this.spreadsheets.set(id, spreadsheet);
    }
    return file;
  }

  readonly api: DriveV3Api = {
    Files: {
      get: (fileId) => {
        this.count('Drive.Files.get');
        const file = this.files.get(fileId);
        if (!file) throw new Error(`API call to drive.files.get failed with error: File not found: ${fileId}.`);
        return { ...file };
      },
      list: (args) => {
        this.count('Drive.Files.list');
        const q = String(args.q ?? '');
        const found = [...this.files.values()].filter((f) => matches(f, q));
        return { files: found.slice(0, Number(args.pageSize ?? 100)).map((f) => ({ ...f })) };
      },
      create: (resource) => {
        this.count('Drive.Files.create');
        return { ...this.add(resource) };
      },
      update: (resource, fileId, media) => {
        this.count('Drive.Files.update');
        const file = this.files.get(fileId);
        if (!file) throw new Error(`File not found: ${fileId}`);
        Object.assign(file, resource);
        if (media) file.versions += 1;
        return { ...file };
      },
      export: () => {
        this.count('Drive.Files.export');
        return fakeBlob('application/pdf');
      },
    },
    Permissions: {
      list: () => {
        this.count('Drive.Permissions.list');
        return { permissions: [] };
      },
      create: (resource) => {
        this.count('Drive.Permissions.create');
        return resource;
      },
    },
  };

  host(): DriveHost<GoogleAppsScript.Spreadsheet.Spreadsheet> {
    return {
      drive: () => this.api,
      openSpreadsheet: (id) => {
        this.count('SpreadsheetApp.openById');
        const spreadsheet = this.spreadsheets.get(id);
        if (!spreadsheet) throw new Error(`Unexpected error while getting the method or property openById on object SpreadsheetApp.`);
        return { spreadsheet, url: `https://docs.google.com/spreadsheets/d/${id}/edit` };
      },
      flush: () => this.count('SpreadsheetApp.flush'),
      fetch: () => {
        this.count('UrlFetchApp.fetch');
        return { status: 200, blob: fakeBlob('application/pdf') };
      },
      log: () => undefined,
    };
  }

  /** the files Drive holds that are not in the trash, by MIME type */
  live(mimeType: string): StoredFile[] {
    return [...this.files.values()].filter((f) => f.mimeType === mimeType && !f.trashed);
  }
}
