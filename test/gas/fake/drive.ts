// In-memory Advanced Drive service (Drive API v3), the part the office's collection uses: Files.get and Files.list
// over a set of files, with the OAuth scope deciding what the script may see, as Drive does: under `drive.file`
// alone only files the app created or the user opened with it are visible (others answer "File not found", a folder
// lists none of them); `drive.metadata.readonly`, `drive.readonly` or `drive` see every file shared with the user.
// Each call counts one on the shared CallCounter (`Drive.Files.get`, `Drive.Files.list`).
import type { FakeEnv } from './spreadsheet';

export interface FakeDriveFile {
  id: string;
  name: string;
  mimeType: string;
  /** folder ids */
  parents: string[];
  /** RFC 3339, e.g. 2026-01-05T01:00:00.000Z */
  modifiedTime: string;
  trashed?: boolean;
  /** created or opened by the app (what `drive.file` grants) */
  appAccess?: boolean;
  /** not shared with the user at all */
  denied?: boolean;
}

export const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';
export const FOLDER_MIME = 'application/vnd.google-apps.folder';

/** Scopes under which Drive shows every file the user can see, not only the app's own. */
const WIDE_SCOPES = [
  'https://www.googleapis.com/auth/drive',
  'https://www.googleapis.com/auth/drive.readonly',
  'https://www.googleapis.com/auth/drive.metadata',
  'https://www.googleapis.com/auth/drive.metadata.readonly',
];
const ANY_DRIVE_SCOPE = [...WIDE_SCOPES, 'https://www.googleapis.com/auth/drive.file'];

type Picked = Record<string, unknown>;

function pick(file: FakeDriveFile, fields: string[]): Picked {
  const out: Picked = {};
  for (const f of fields) {
    if (!/^[a-zA-Z]+$/.test(f)) throw new Error(`the fake Drive supports plain field names only (got "${f}")`);
    if (f in file) out[f] = file[f as keyof FakeDriveFile];
  }
  return out;
}

/** `'ID' in parents`, `mimeType = '…'`, `name = '…'`, `trashed = false`, joined by `and`. */
function matcher(q: string): (file: FakeDriveFile) => boolean {
  const tests: ((file: FakeDriveFile) => boolean)[] = [];
  for (const clause of q.split(/\s+and\s+/)) {
    const c = clause.trim();
    let m: RegExpExecArray | null;
    if ((m = /^'([^']+)' in parents$/.exec(c))) {
      const id = m[1];
      tests.push((f) => f.parents.includes(id));
    } else if ((m = /^mimeType\s*=\s*'([^']+)'$/.exec(c))) {
      const mime = m[1];
      tests.push((f) => f.mimeType === mime);
    } else if ((m = /^name\s*=\s*'([^']*)'$/.exec(c))) {
      const name = m[1];
      tests.push((f) => f.name === name);
    } else if ((m = /^trashed\s*=\s*(true|false)$/.exec(c))) {
      const trashed = m[1] === 'true';
      tests.push((f) => (f.trashed ?? false) === trashed);
    } else throw new Error(`Invalid Value (the fake Drive does not support the query clause "${c}")`);
  }
  return (file) => tests.every((t) => t(file));
}

export class FakeDrive {
  readonly files = new Map<string, FakeDriveFile>();
  /** the script's OAuth scopes (appsscript.json `oauthScopes`) */
  scopes: string[];

  constructor(
    private readonly env: FakeEnv,
    scopes: string[],
  ) {
    this.scopes = scopes;
  }

  /** test helper (not counted) */
  add(file: FakeDriveFile): FakeDriveFile {
    this.files.set(file.id, file);
    return file;
  }

  private wide(): boolean {
    return this.scopes.some((s) => WIDE_SCOPES.includes(s));
  }

  private visible(file: FakeDriveFile): boolean {
    if (file.denied) return false;
    return this.wide() || file.appAccess === true;
  }

  private authorised(method: string): void {
    if (!this.scopes.some((s) => ANY_DRIVE_SCOPE.includes(s)))
      throw new Error(`API call to drive.files.${method} failed with error: Request had insufficient authentication scopes.`);
  }

  readonly Files = {
    get: (fileId: string, args: { fields?: string } = {}): Picked => {
      this.env.calls.count('Drive.Files.get');
      this.authorised('get');
      const file = this.files.get(fileId);
      if (!file || !this.visible(file)) throw new Error(`API call to drive.files.get failed with error: File not found: ${fileId}.`);
      const fields = (args.fields ?? 'id,name,mimeType').split(',').map((f) => f.trim());
      return pick(file, fields);
    },
    list: (args: { q?: string; orderBy?: string; fields?: string; pageSize?: number }): { files: Picked[]; nextPageToken?: string } => {
      this.env.calls.count('Drive.Files.list');
      this.authorised('list');
      const match = matcher(args.q ?? 'trashed = false');
      let found = [...this.files.values()].filter((f) => this.visible(f) && match(f));
      if (args.orderBy !== undefined) {
        if (args.orderBy !== 'modifiedTime desc') throw new Error(`the fake Drive supports orderBy "modifiedTime desc" only`);
        found = found.sort((a, b) => Date.parse(b.modifiedTime) - Date.parse(a.modifiedTime));
      }
      const size = Math.min(args.pageSize ?? 100, 1000);
      const inner = /^(?:nextPageToken,)?files\(([^)]*)\)$/.exec(args.fields ?? 'files(id,name,mimeType)');
      if (!inner) throw new Error(`the fake Drive supports fields "files(…)" only (got "${args.fields}")`);
      const fields = inner[1].split(',').map((f) => f.trim());
      return {
        files: found.slice(0, size).map((f) => pick(f, fields)),
        ...(found.length > size ? { nextPageToken: `page-${size}` } : {}),
      };
    },
  };
}
