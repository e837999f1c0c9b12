// AppsScriptDrive over a fake Advanced Drive service: shared drives, the PDF fallback, and which Drive failures
// mean "make the file anew" (not found) and which must stop the export (anything else: never a second file).
import { AppsScriptDrive, appsScriptHost } from '../../src/gas/drive';
import { FakeDriveV3, fakeBlob } from './fake-drive-v3';

const SHEET_MIME = 'application/vnd.google-apps.spreadsheet';
const FOLDER_MIME = 'application/vnd.google-apps.folder';

function setup() {
  const fake = new FakeDriveV3();
  return { fake, drive: new AppsScriptDrive(fake.host()) };
}

/** Every step of an export: folder by name, spreadsheet, rename, PDF (new and updated), share. */
function wholeExport(fake: FakeDriveV3, drive: AppsScriptDrive<{ id: string }>): void {
  const folder = drive.resolveFolder('Thi đua');
  const sheet = drive.findOrCreateSpreadsheet('Báo cáo', folder.id, null);
  drive.findOrCreateSpreadsheet('Báo cáo mới', folder.id, sheet.id);
  const pdf = drive.saveAsPdf(sheet.id, 'Báo cáo', folder.id);
  drive.saveAsPdf(sheet.id, 'Báo cáo', folder.id, { knownId: pdf.id });
  fake.pdfAnswer = { status: 500, contentType: 'text/html' };
  drive.saveAsPdf(sheet.id, 'Báo cáo', folder.id, { knownId: pdf.id });
  drive.shareAsViewer(pdf.id, 'vp@example.org');
  drive.resolveFolder(folder.id);
}

describe('Drive v3 calls (Apps Script)', () => {
  test('every Drive v3 call passes supportsAllDrives: true (files.export takes no such parameter)', () => {
    const { fake, drive } = setup();
    wholeExport(fake, drive);
    const methods = new Set(fake.calls.map((c) => c.method));
    expect([...methods].sort()).toEqual([
      'Files.create',
      'Files.export',
      'Files.get',
      'Files.list',
      'Files.update',
      'Permissions.create',
      'Permissions.list',
    ]);
    for (const call of fake.calls) {
      if (call.method === 'Files.export') expect(call.args).toEqual({ alt: 'media' });
      else
        expect({ method: call.method, supportsAllDrives: call.args.supportsAllDrives }).toEqual({
          method: call.method,
          supportsAllDrives: true,
        });
    }
    expect(fake.calls.find((c) => c.method === 'Files.list')?.args.includeItemsFromAllDrives).toBe(true);
  });

  test('a folder name: found when the add-on made it, else created and said so', () => {
    const { fake, drive } = setup();
    expect(drive.resolveFolder('Thi đua')).toEqual({ id: 'file-1', created: true });
    expect(drive.resolveFolder('Thi đua')).toEqual({ id: 'file-1', created: false });
    expect(fake.ofMime(FOLDER_MIME)).toHaveLength(1);
  });

  test('a folder id or URL the add-on cannot open is an error (the export warns), never a new folder', () => {
    const { fake, drive } = setup();
    expect(() => drive.resolveFolder('https://drive.google.com/drive/folders/1AbCdEfGhIjKlMnOpQrStUv')).toThrow('not found');
    expect(fake.ofMime(FOLDER_MIME)).toHaveLength(0);
  });
});

describe('the PDF', () => {
  test('from the export URL when it answers a PDF: the page layout is applied', () => {
    const { fake, drive } = setup();
    const pdf = drive.saveAsPdf('ss1', 'Báo cáo', null);
    expect(pdf.fallbackReason).toBeNull();
    expect(fake.calls.some((c) => c.method === 'Files.export')).toBe(false);
    expect(fake.files.get(pdf.id)?.name).toBe('Báo cáo.pdf');
  });

  test.each([
    [{ status: 500, contentType: 'text/html' }, 'HTTP 500'],
    [{ status: 429, contentType: 'application/json' }, 'HTTP 429'],
    [{ status: 200, contentType: 'text/html; charset=utf-8' }, 'got text/html; charset=utf-8 instead of a PDF'],
    ['Timeout: https://docs.google.com/spreadsheets/d/ss1/export', 'Timeout: https://docs.google.com/spreadsheets/d/ss1/export'],
  ])('the export URL answering %p: Drive files.export makes it, and says why', (answer, reason) => {
    const { fake, drive } = setup();
    fake.pdfAnswer = answer;
    const pdf = drive.saveAsPdf('ss1', 'Báo cáo', null);
    expect(pdf.fallbackReason).toBe(reason);
    expect(fake.calls.filter((c) => c.method === 'Files.export')).toHaveLength(1);
    expect(fake.ofMime('application/pdf')).toHaveLength(1);
    expect(fake.logs).toEqual([`PDF export URL failed (${reason}); using Drive files.export`]);
  });

  test('when files.export gives nothing either, no file is made and the error says both', () => {
    const { fake, drive } = setup();
    fake.pdfAnswer = { status: 500, contentType: 'text/html' };
    fake.exportAnswer = undefined;
    expect(() => drive.saveAsPdf('ss1', 'Báo cáo', null)).toThrow('PDF export failed: HTTP 500; Drive files.export returned no file');
    expect(fake.ofMime('application/pdf')).toHaveLength(0);
  });
});

describe('known files', () => {
  test('a known file Drive no longer finds is made anew, and the log keeps Drive’s message', () => {
    const { fake, drive } = setup();
    const made = drive.findOrCreateSpreadsheet('Báo cáo', null, 'gone-id');
    expect(made.id).not.toBe('gone-id');
    expect(fake.ofMime(SHEET_MIME)).toHaveLength(1);
    expect(fake.logs[0]).toMatch(/^Drive file gone-id not found, a new one is made: .*File not found: gone-id/);
  });

  test('any other failure to look a known file up stops the export: no second file', () => {
    const { fake, drive } = setup();
    const first = drive.findOrCreateSpreadsheet('Báo cáo', null, null);
    fake.failing.set(first.id, 'API call to drive.files.get failed with error: Internal Error');
    expect(() => drive.findOrCreateSpreadsheet('Báo cáo', null, first.id)).toThrow('Internal Error');
    expect(fake.ofMime(SHEET_MIME)).toHaveLength(1);
  });
});

describe('the real host', () => {
  type Globals = Record<string, unknown>;
  const names = ['Drive', 'UrlFetchApp', 'ScriptApp', 'SpreadsheetApp'];
  function withGlobals(values: Globals, run: () => void): void {
    const target = globalThis as Globals;
    const saved = names.map((n) => [n, target[n]] as const);
    Object.assign(target, values);
    try {
      run();
    } finally {
      for (const [n, v] of saved) {
        if (v === undefined) delete target[n];
        else target[n] = v;
      }
    }
  }

  test('asks the export URL with the script’s token, muted HTTP errors, and falls back on a sign-in page', () => {
    const fake = new FakeDriveV3();
    const requests: { url: string; params: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions }[] = [];
    const UrlFetchApp = {
      fetch: (url: string, params: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions) => {
        requests.push({ url, params });
        return { getResponseCode: () => 200, getBlob: () => fakeBlob('text/html') };
      },
    };
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      withGlobals(
        { Drive: fake.api, UrlFetchApp, ScriptApp: { getOAuthToken: () => 'token' }, SpreadsheetApp: { flush: () => undefined } },
        () => {
          const pdf = new AppsScriptDrive(appsScriptHost()).saveAsPdf('ss1', 'Báo cáo', null);
          expect(pdf.fallbackReason).toBe('got text/html instead of a PDF');
        },
      );
      // the execution log keeps why the layout was not applied
      expect(warn).toHaveBeenCalledWith('PDF export URL failed (got text/html instead of a PDF); using Drive files.export');
    } finally {
      warn.mockRestore();
    }
    expect(requests[0].url).toMatch(/^https:\/\/docs\.google\.com\/spreadsheets\/d\/ss1\/export\?format=pdf&size=A4/);
    expect(requests[0].params).toEqual({ headers: { Authorization: 'Bearer token' }, muteHttpExceptions: true });
  });

  test('without the Advanced Drive service: a Vietnamese error', () => {
    withGlobals({ Drive: undefined }, () => {
      expect(() => new AppsScriptDrive(appsScriptHost()).resolveFolder('Thi đua')).toThrow('Chưa bật dịch vụ nâng cao Drive API');
    });
  });
});
