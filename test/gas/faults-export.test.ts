// Issue 12: a throw at every k-th service call of an export in Apps Script (Sheets, properties, Drive v3, the PDF
// fetch, the log; k = 1 … its calls): the input sheets are identical afterwards, `Nhật ký` records the failure, the
// lock is released, and after the next run Drive holds exactly one spreadsheet, one PDF and one folder (never a
// duplicate), the spreadsheet holds exactly the document, and no temporary sheet is left anywhere.
import { createScoreCards } from '../../src/gas/cards';
import { exportInSheets, propertyName } from '../../src/gas/exports';
import { fillMarks, smallSchool } from './school';
import { CountedDrive } from './drive-v3-fake';
import { callNames, failingAt, FAILURE_COLUMN, logRows, spreadsheetState, sweepKs, temporarySheets } from './sweep';

const REQUEST = { documentId: 'de-nghi', phaseId: 'D1' };
const SHEET_MIME = 'application/vnd.google-apps.spreadsheet';
const PDF_MIME = 'application/pdf';
const FOLDER_MIME = 'application/vnd.google-apps.folder';

function school() {
  const services = smallSchool();
  services.spreadsheet.sheet('Cấu hình').load(
    [
      ['Email nơi nhận', 'vanthu@ubnd.example.vn'],
      ['Thư mục Drive', 'Thi đua 2025-2026'],
    ],
    4,
  );
  createScoreCards(services, 'D1');
  fillMarks(services, 'Chấm D1 TV01', 5);
  fillMarks(services, 'Chấm D1 TV02', 6);
  return { services, drive: new CountedDrive(services) };
}

const notLog = (name: string): boolean => name !== 'Nhật ký';
const run = ({ services, drive }: ReturnType<typeof school>) => exportInSheets(services, drive.host(), REQUEST);

const clean = school();
const calls = callNames(clean.services, () => run(clean)).length;
const [cleanFile] = clean.drive.live(SHEET_MIME);
const cleanDocument = spreadsheetState(clean.drive.spreadsheets.get(cleanFile.id) ?? clean.services.spreadsheet);

test('the sweep has something to sweep: Drive, the PDF, the properties and the log are all in it', () => {
  const names = callNames(school().services, () => undefined);
  expect(names).toEqual([]);
  const again = school();
  const all = callNames(again.services, () => run(again));
  expect(all.length).toBe(calls);
  for (const name of [
    'Drive.Files.create',
    'Drive.Files.list',
    'UrlFetchApp.fetch',
    'Properties.setProperty',
    'Sheet.appendRow',
    'Drive.Permissions.create',
  ])
    expect(all).toContain(name);
  expect(clean.drive.files.size).toBe(3);
});

test.each(sweepKs(calls, 200))('a throw at service call %i: no duplicate file, inputs unchanged, logged', (k) => {
  const school1 = school();
  const { services, drive } = school1;
  const inputs = spreadsheetState(services.spreadsheet, notLog);
  const error = failingAt(services, k, () => run(school1));
  expect(spreadsheetState(services.spreadsheet, notLog)).toEqual(inputs);
  if (k < calls) expect(services.LockService.documentLock.holder).toBeNull();
  else services.LockService.documentLock.holder = null; // releaseLock itself failed: released when the execution ends
  if (error) {
    expect(error.message).toMatch(/Hãy xuất lại/);
    const last = logRows(services.spreadsheet).at(-1) ?? [];
    expect(last.slice(2, 4)).toEqual(['Xuất danh sách đề nghị khen thưởng', 'D1']);
    expect(last[FAILURE_COLUMN]).toBe(error.message);
  }
  expect(drive.live(SHEET_MIME).length).toBeLessThanOrEqual(1);
  expect(drive.live(PDF_MIME).length).toBeLessThanOrEqual(1);
  // the retry
  const view = run(school1);
  expect(drive.files.size).toBe(3);
  const [file] = drive.live(SHEET_MIME);
  const [pdf] = drive.live(PDF_MIME);
  expect(drive.live(FOLDER_MIME)).toHaveLength(1);
  expect(view.links.map((l) => l.url)).toEqual([
    `https://docs.google.com/spreadsheets/d/${file.id}/edit`,
    `https://drive.google.com/file/d/${pdf.id}/view`,
  ]);
  expect(JSON.parse(services.PropertiesService.document.map.get(propertyName('de-nghi', 'D1')) ?? '{}')).toEqual({
    spreadsheetId: file.id,
    pdfId: pdf.id,
  });
  const document = drive.spreadsheets.get(file.id);
  expect(document && spreadsheetState(document)).toEqual(cleanDocument);
  expect(document && temporarySheets(document)).toEqual([]);
  expect(temporarySheets(services.spreadsheet)).toEqual([]);
  expect(spreadsheetState(services.spreadsheet, notLog)).toEqual(inputs);
});

test('a read that fails: no document from incomplete inputs, nothing made in Drive', () => {
  const school1 = school();
  school1.services.calls.failOn('Range.getValues', 3, 'Service Spreadsheets timed out');
  expect(() => run(school1)).toThrow(
    /^Không đọc được trang tính “[^”]+” \(Service Spreadsheets timed out\) nên chưa xuất văn bản\. Hãy xuất lại/,
  );
  expect(school1.drive.files.size).toBe(0);
});
