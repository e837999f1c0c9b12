// The Advanced Drive service (v3) as AppsScriptDrive calls it, in memory: every call recorded with its optional
// arguments (to check `supportsAllDrives` on each), files that can be made missing or failing, and a PDF export
// endpoint whose answer a test chooses.
import type { DriveHost, DriveV3Api } from '../../src/gas/drive';

type Blob = GoogleAppsScript.Base.Blob;
type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
}

/** A Blob with a content type and a name: what the code reads and sets. */
export function fakeBlob(contentType: string): Blob {
  let name = '';
  const blob = {
    getContentType: () => contentType,
    getBytes: () => [],
    getName: () => name,
    setName: (n: string) => {
      name = n;
      return blob;
    },
  };
  return blob as unknown as Blob;
}

export class FakeDriveV3 {
  readonly calls: RecordedCall[] = [];
  readonly files = new Map<string, DriveFile & { content?: Blob }>();
  /** ids whose get() throws this message (e.g. a 500) */
  readonly failing = new Map<string, string>();
  /** what the `…/export?format=pdf` URL answers; a string is thrown (a time-out) */
  pdfAnswer: { status: number; contentType: string } | string = { status: 200, contentType: 'application/pdf' };
  /** what files.export answers */
  exportAnswer: unknown = fakeBlob('application/pdf');
  readonly logs: string[] = [];
  private next = 1;

  private record(method: string, args: Record<string, unknown>): void {
    this.calls.push({ method, args });
  }

  readonly api: DriveV3Api = {
    Files: {
      get: (fileId, args) => {
        this.record('Files.get', args);
        const failure = this.failing.get(fileId);
        if (failure) throw new Error(failure);
        const file = this.files.get(fileId);
        if (!file) throw new Error(`API call to drive.files.get failed with error: File not found: ${fileId}.`);
        return file;
      },
      list: (args) => {
        this.record('Files.list', args);
        const name = /name = '([^']*)'/.exec(String(args.q))?.[1];
        const files = [...this.files.values()].filter(
          (f) => f.name === name && f.mimeType === 'application/vnd.google-apps.folder' && !f.trashed,
        );
        return { files };
      },
      create: (resource, media, args) => {
        this.record('Files.create', args);
        const id = `file-${this.next++}`;
        this.files.set(id, { ...resource, id, trashed: false, ...(media ? { content: media } : {}) });
        return { ...resource, id };
      },
      update: (resource, fileId, media, args) => {
        this.record('Files.update', args);
        const file = this.files.get(fileId);
        if (!file) throw new Error(`File not found: ${fileId}`);
        Object.assign(file, resource, media ? { content: media } : {});
        return file;
      },
      export: (_fileId, _mimeType, args) => {
        this.record('Files.export', args);
        return this.exportAnswer;
      },
    },
    Permissions: {
      list: (_fileId, args) => {
        this.record('Permissions.list', args);
        return { permissions: [] };
      },
      create: (resource, _fileId, args) => {
        this.record('Permissions.create', args);
        return resource;
      },
    },
  };

  host(): DriveHost<{ id: string }> {
    return {
      drive: () => this.api,
      openSpreadsheet: (id) => ({ spreadsheet: { id }, url: `https://docs.google.com/spreadsheets/d/${id}/edit` }),
      flush: () => undefined,
      fetch: () => {
        const answer = this.pdfAnswer;
        if (typeof answer === 'string') throw new Error(answer);
        return { status: answer.status, blob: fakeBlob(answer.contentType) };
      },
      log: (text) => void this.logs.push(text),
    };
  }

  ofMime(mimeType: string): DriveFile[] {
    return [...this.files.values()].filter((f) => f.mimeType === mimeType);
  }
}
