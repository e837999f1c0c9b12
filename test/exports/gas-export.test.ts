import { runExport, propertyName } from '../../src/gas/exports';
import type { ExportRequest, ExportServices, LogEntry } from '../../src/gas/exports';
import { folderIdOf, pdfExportQuery } from '../../src/gas/drive';
import { UserError } from '../../src/gas/services';
import { DOCUMENTS, exportDocuments } from '../../src/documents/registry';
import type { DocumentDef } from '../../src/documents/registry';
import type { SchoolData } from '../../src/core/model';
import { FakeDrive } from './fake-drive';
import type { FakeSpreadsheet } from './fake-drive';
import { school } from './fixture';
import { tallyPhase as tallyOf } from '../../src/core/tally';
import { join } from 'node:path';
import { openXlsx } from '../../src/node/xlsx/index';
import { readSchool } from '../../src/workbook/read-school';

const SUMMARY: ExportRequest = { documentId: 'tong-hop-dang-ky' };

function setup(data: SchoolData = school()) {
  const drive = new FakeDrive();
  const props = new Map<string, string>();
  const logs: LogEntry[] = [];
  const services: ExportServices<FakeSpreadsheet> = {
    readSchool: () => ({ data, problems: [] }),
    writeSheets: (spreadsheet, sheets) => {
      spreadsheet.sheets = [...sheets];
    },
    drive,
    properties: { get: (n) => props.get(n) ?? null, set: (n, v) => void props.set(n, v) },
    log: (e) => void logs.push(e),
    userEmail: () => 'hieutruong@example.com',
    now: () => new Date(2026, 8, 15),
  };
  return { drive, props, logs, services, data };
}

describe('export to Drive (Sheets)', () => {
  test('the summary: a spreadsheet named after year and school, a PDF beside it, both shared with the office', () => {
    const { drive, services, logs, data } = setup();
    const view = runExport(services, SUMMARY);
    const [sheetFile] = drive.ofKind('spreadsheet');
    const [pdf] = drive.ofKind('pdf');
    expect(sheetFile.name).toBe('2025-2026 - Trường Tiểu học Hoa Sen - Tổng hợp đăng ký thi đua');
    expect(pdf.name).toBe(`${sheetFile.name}.pdf`);
    expect(drive.spreadsheets.get(sheetFile.id)?.sheets.map((s) => s.name)).toEqual(['Tổng hợp đăng ký']);
    expect(drive.shares).toEqual([
      { fileId: sheetFile.id, email: data.config.recipientEmail },
      { fileId: pdf.id, email: data.config.recipientEmail },
    ]);
    expect(view.kind).toBe('tong-hop-dang-ky');
    expect(view.links.map((l) => l.url)).toEqual([
      `https://docs.google.com/spreadsheets/d/${sheetFile.id}/edit`,
      `https://drive.google.com/file/d/${pdf.id}/view`,
    ]);
    expect(view.warnings.some((w) => w.cell === 'Đăng ký!B3' && w.message.includes('Chiến sĩ thi đua cơ sở'))).toBe(true);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({
      email: 'hieutruong@example.com',
      action: 'Xuất tổng hợp đăng ký thi đua',
      phase: '',
      links: view.links.map((l) => l.url),
    });
    expect(pdf.page?.paper).toBe('A4');
  });

  test('exporting again updates the same files (ids kept in the document properties)', () => {
    const { drive, services, props } = setup();
    const first = runExport(services, SUMMARY);
    const second = runExport(services, SUMMARY);
    expect(second.links).toEqual(first.links);
    expect(drive.ofKind('spreadsheet')).toHaveLength(1);
    expect(drive.ofKind('pdf')).toHaveLength(1);
    expect(drive.ofKind('pdf')[0].versions).toBe(2);
    expect(drive.shares).toHaveLength(2);
    expect(JSON.parse(props.get(propertyName('tong-hop-dang-ky', null)) ?? '{}')).toEqual({
      spreadsheetId: drive.ofKind('spreadsheet')[0].id,
      pdfId: drive.ofKind('pdf')[0].id,
    });
  });

  test('a deleted export file is created again', () => {
    const { drive, services } = setup();
    runExport(services, SUMMARY);
    drive.ofKind('spreadsheet')[0].trashed = true;
    runExport(services, SUMMARY);
    expect(drive.ofKind('spreadsheet').filter((f) => !f.trashed)).toHaveLength(1);
    expect(drive.ofKind('spreadsheet')).toHaveLength(2);
  });

  test('the proposals of each phase have their own files; the recipient comes from Cấu hình', () => {
    const data = school();
    data.config.recipientEmail = 'ubnd.xa@example.org';
    const { drive, services, logs } = setup(data);
    runExport(services, SUMMARY);
    const view = runExport(services, { documentId: 'de-nghi', phaseId: 'cn' });
    expect(view.title).toBe('2025-2026 - Trường Tiểu học Hoa Sen - Đề nghị khen thưởng Cả năm');
    expect(drive.ofKind('spreadsheet')).toHaveLength(2);
    expect(new Set(drive.shares.map((s) => s.email))).toEqual(new Set(['ubnd.xa@example.org']));
    expect(drive.shares).toHaveLength(4);
    expect(logs[1]).toMatchObject({ action: 'Xuất danh sách đề nghị khen thưởng', phase: 'CN' });
  });

  test('the file goes into Thư mục Drive; a folder that cannot be opened falls back to the root with a warning', () => {
    const { drive, services, data } = setup();
    const folder = drive.addFolder('Thi đua 2025-2026');
    data.config.driveFolder = folder;
    runExport(services, SUMMARY);
    expect(drive.ofKind('spreadsheet')[0].folderId).toBe(folder);
    expect(drive.ofKind('pdf')[0].folderId).toBe(folder);

    const other = setup();
    other.drive.forbidden.add('1AbCdEfGhIjKlMnOpQrStUvWxYz');
    other.data.config.driveFolder = '1AbCdEfGhIjKlMnOpQrStUvWxYz';
    const view = runExport(other.services, SUMMARY);
    expect(other.drive.ofKind('spreadsheet')[0].folderId).toBeNull();
    const warning = view.warnings
      .map((w) => w.message)
      .find((m) => m.startsWith('Không mở được Thư mục Drive “1AbCdEfGhIjKlMnOpQrStUvWxYz” (File not found)'));
    expect(warning).toContain('hãy ghi một tên thư mục');
    expect(other.drive.ofKind('folder')).toEqual([]);
  });

  test('without Email nơi nhận nothing is shared, and the sidebar is told', () => {
    const data = school();
    data.config.recipientEmail = '';
    const { drive, services } = setup(data);
    const view = runExport(services, SUMMARY);
    expect(drive.shares).toEqual([]);
    expect(view.warnings.map((w) => w.message)).toContain(
      'Chưa nhập Email nơi nhận ở trang tính Cấu hình: tệp chưa được chia sẻ. Hãy nhập email rồi xuất lại.',
    );
  });

  test('a failed share is a warning, not a failed export', () => {
    const { drive, services } = setup();
    drive.shareError = 'Invalid email';
    const view = runExport(services, SUMMARY);
    expect(view.links).toHaveLength(2);
    expect(
      view.warnings
        .map((w) => w.message)
        .some((m) => m.startsWith('Không chia sẻ được với vhxh.anphu@example.com (Invalid email): hãy kiểm tra')),
    ).toBe(true);
  });

  test('an unknown phase is a user error', () => {
    const { services } = setup();
    expect(() => runExport(services, { documentId: 'de-nghi', phaseId: 'D9' })).toThrow('Không có đợt thi đua “D9”. Các đợt hiện có:');
  });

  test('folder settings: URL or id used as is, anything else is a name', () => {
    expect(folderIdOf('https://drive.google.com/drive/folders/1AbCdEfGhIjKlMnOpQrStUv?usp=sharing')).toBe('1AbCdEfGhIjKlMnOpQrStUv');
    expect(folderIdOf('1AbCdEfGhIjKlMnOpQrStUvWxYz')).toBe('1AbCdEfGhIjKlMnOpQrStUvWxYz');
    expect(folderIdOf('Thi đua 2025-2026')).toBeNull();
  });

  test('the PDF is asked for on A4, in the sheet orientation, fit to width, without gridlines', () => {
    const q = pdfExportQuery({
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: true,
      margins: { top: 0.79, bottom: 0.79, left: 1.18, right: 0.79 },
    });
    expect(q).toContain('size=A4');
    expect(q).toContain('portrait=false');
    expect(q).toContain('fitw=true');
    expect(q).toContain('gridlines=false');
    expect(q).toContain('left_margin=1.18');
  });

  test('every export document of the registry exports, each (and each phase) with files of its own', () => {
    const { drive, services, props, data } = setup();
    let expected = 0;
    for (const def of exportDocuments()) {
      const phases = def.needsPhase ? data.phases.map((p) => p.id) : [undefined];
      for (const phaseId of phases) {
        const view = runExport(services, { documentId: def.id, phaseId });
        expected += 1;
        expect(view.kind).toBe(def.id);
        expect(view.title).toBe(def.fileTitle(data, data.phases.find((p) => p.id === phaseId) ?? null));
        expect(props.has(propertyName(def.id, phaseId ?? null))).toBe(true);
      }
    }
    expect(expected).toBeGreaterThan(exportDocuments().length);
    expect(drive.ofKind('spreadsheet')).toHaveLength(expected);
    expect(drive.ofKind('pdf')).toHaveLength(expected);
    expect(exportDocuments().some((d) => d.target !== 'export')).toBe(false);
    expect(() => runExport(services, { documentId: 'ket-qua', phaseId: 'CN' })).toThrow(UserError);
  });

  test('a document of several sheets writes them all into its one spreadsheet', () => {
    const made: DocumentDef = {
      id: 'thu-nghiem',
      needsPhase: false,
      target: 'export',
      label: 'Văn bản thử nghiệm',
      fileTitle: () => 'Văn bản thử nghiệm',
      build: () => ({
        sheets: [
          { name: 'Trang 1', rows: [['a']] },
          { name: 'Trang 2', rows: [['b']] },
        ],
        warnings: [],
      }),
    };
    const registry = DOCUMENTS as DocumentDef[];
    registry.push(made);
    try {
      const { drive, services } = setup();
      const view = runExport(services, { documentId: 'thu-nghiem' });
      expect(view.kind).toBe('thu-nghiem');
      const [file] = drive.ofKind('spreadsheet');
      expect(drive.spreadsheets.get(file.id)?.sheets.map((s) => s.name)).toEqual(['Trang 1', 'Trang 2']);
    } finally {
      registry.splice(registry.indexOf(made), 1);
    }
  });

  test('an unknown document is a user error naming the ones there are', () => {
    const { services } = setup();
    expect(() => runExport(services, { documentId: 'khong-co' })).toThrow(
      /Không có văn bản “khong-co”. Các văn bản xuất được: tong-hop-dang-ky, de-nghi/,
    );
    expect(() => runExport(services, { documentId: 'de-nghi' })).toThrow('lập theo đợt: hãy chọn một đợt thi đua');
  });

  test.each([1, 2, 3])('the PDF step failing %i time(s), then the retries: exactly one spreadsheet and one PDF', (k) => {
    const { drive, services } = setup();
    drive.pdfFailures = k;
    for (let i = 0; i < k; i++) expect(() => runExport(services, SUMMARY)).toThrow('HTTP 429');
    const view = runExport(services, SUMMARY);
    expect(drive.ofKind('spreadsheet')).toHaveLength(1);
    expect(drive.ofKind('pdf')).toHaveLength(1);
    expect(view.links[0].url).toContain(drive.ofKind('spreadsheet')[0].id);
  });

  test('a failure after the PDF is made (the log) and a retry: the same two files', () => {
    const { drive, services } = setup();
    const log = services.log;
    let failLog = true;
    services.log = (entry) => {
      if (failLog) {
        failLog = false;
        throw new Error('Service Spreadsheets timed out');
      }
      log(entry);
    };
    expect(() => runExport(services, SUMMARY)).toThrow('timed out');
    runExport(services, SUMMARY);
    expect(drive.ofKind('spreadsheet')).toHaveLength(1);
    expect(drive.ofKind('pdf')).toHaveLength(1);
    expect(drive.ofKind('pdf')[0].versions).toBe(2);
  });

  test('ids of an earlier export that cannot be read: new files, and the council is told', () => {
    const { services, props } = setup();
    props.set(propertyName('tong-hop-dang-ky', null), '{not json');
    const view = runExport(services, SUMMARY);
    expect(view.warnings.some((w) => w.message.startsWith('Không đọc được mã các tệp đã xuất lần trước'))).toBe(true);
  });

  test('a PDF made by the fallback carries a warning that the page layout was not applied', () => {
    const { drive, services } = setup();
    drive.pdfFallback = 'HTTP 500';
    const view = runExport(services, SUMMARY);
    expect(view.warnings.map((w) => w.message)).toContainEqual(
      expect.stringContaining('Google không xuất được PDF theo khổ A4 và lề của văn bản (HTTP 500)'),
    );
    drive.pdfFallback = null;
    expect(runExport(services, SUMMARY).warnings.some((w) => w.message.startsWith('Google không xuất được PDF'))).toBe(false);
  });

  test('a folder named in Thư mục Drive and made by the add-on: said once, used afterwards', () => {
    const { drive, services, data } = setup();
    data.config.driveFolder = 'Thi đua 2025-2026';
    const first = runExport(services, SUMMARY);
    expect(first.warnings.map((w) => w.message)).toContainEqual(
      expect.stringContaining('Đã tạo thư mục “Thi đua 2025-2026” trong Drive của bạn'),
    );
    const second = runExport(services, SUMMARY);
    expect(second.warnings.some((w) => w.message.startsWith('Đã tạo thư mục'))).toBe(false);
    expect(drive.ofKind('folder')).toHaveLength(1);
  });
});

describe('certificates in Google Sheets', () => {
  test('Google’s PDF ignores page breaks: the export spreadsheet holds one sheet per certificate', () => {
    const { data } = readSchool(openXlsx(join(__dirname, '../../sheets-templates/demo.xlsx')));
    const { drive, services } = setup(data);
    const phase = data.phases[0];
    runExport(services, { documentId: 'giay-khen', phaseId: phase.id });
    const [file] = drive.ofKind('spreadsheet');
    const sheets = drive.spreadsheets.get(file.id)?.sheets ?? [];
    const asFile = DOCUMENTS.find((d) => d.id === 'giay-khen')?.build({
      data,
      phase,
      tally: (id) => tallyOf(data, id),
      today: new Date(2026, 8, 15),
    });
    const breaks = asFile?.sheets[0].page?.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(0);
    expect(sheets.length).toBe(breaks.length + 1); // the file's one sheet breaks after every certificate but the last
    for (const sheet of sheets) expect(sheet.page?.rowBreaks ?? []).toEqual([]);
  });
});
