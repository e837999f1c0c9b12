// Reading through the Sheets advanced service (Sheets API v4): every input sheet a tally needs in ONE
// Spreadsheets.Values.batchGet (UNFORMATTED_VALUE, SERIAL_NUMBER dates: plain numbers, free of any time zone), and
// the number formats of the sheets with percent columns in one Spreadsheets.get with a field mask (a percent-formatted
// cell stores 0.15 meaning 15 %, SPEC §8). The sheet listing comes from one Spreadsheets.get as well.
import { key } from '../core/codes';
import { SHEETS, parseCardSheetName, parseVoteSheetName } from '../workbook/schema';
import { LISTING_FIELDS } from './sheets-api-write';

type SpreadsheetsCollection = GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection;
type ValuesCollection = GoogleAppsScript.Sheets.Collection.Spreadsheets.ValuesCollection;

/** The part of the `Sheets` advanced service the reads use. */
export interface SheetsReadService {
  Spreadsheets: Pick<SpreadsheetsCollection, 'get'> & { Values: Pick<ValuesCollection, 'batchGet'> };
}

export interface SheetListing {
  /** titles in tab order */
  titles: string[];
  /** every sheet's id, title and 0-based index (what the API write needs) */
  properties: GoogleAppsScript.Sheets.Schema.SheetProperties[];
  /** the spreadsheet's time zone (File › Settings) */
  timeZone: string;
}

export function listSheets(service: SheetsReadService, spreadsheetId: string): SheetListing {
  const got = service.Spreadsheets.get(spreadsheetId, { fields: `properties.timeZone,${LISTING_FIELDS}` });
  const sheets = (got.sheets ?? []).map((s) => s.properties ?? {}).sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  return { titles: sheets.map((p) => p.title ?? ''), properties: sheets, timeZone: got.properties?.timeZone ?? '' };
}

/** A sheet title as an A1 range naming the whole sheet. */
function wholeSheet(title: string): string {
  return `'${title.replace(/'/g, "''")}'`;
}

const PERCENT_SHEETS = new Set(SHEETS.filter((spec) => spec.columns.some((c) => c.kind === 'percent')).map((spec) => key(spec.name)));
const INPUT_SHEETS = new Set(SHEETS.map((spec) => key(spec.name)));

/** The sheets the readers of src/workbook read: the input sheets of SPEC §2, score cards and vote sheets. */
export function inputSheets(titles: string[]): string[] {
  return titles.filter((t) => INPUT_SHEETS.has(key(t)) || parseCardSheetName(t) !== null || parseVoteSheetName(t) !== null);
}

/** Of these, the sheets whose readers ask for number formats (those with a percent column). */
export function percentSheets(titles: string[]): string[] {
  return titles.filter((t) => PERCENT_SHEETS.has(key(t)));
}

/** Values of whole sheets, by title, in one call; rows come ragged (trailing blanks left out), as the port allows. */
export function batchValues(
  service: SheetsReadService,
  spreadsheetId: string,
  titles: string[],
  headerRows: string[] = [],
): Map<string, unknown[][]> {
  const out = new Map<string, unknown[][]>();
  if (titles.length === 0) return out;
  const all = [...titles, ...headerRows];
  const response = service.Spreadsheets.Values.batchGet(spreadsheetId, {
    ranges: [...titles.map(wholeSheet), ...headerRows.map((t) => `${wholeSheet(t)}!1:1`)],
    valueRenderOption: 'UNFORMATTED_VALUE',
    dateTimeRenderOption: 'SERIAL_NUMBER',
    majorDimension: 'ROWS',
  });
  const ranges = response.valueRanges ?? [];
  if (ranges.length !== all.length) throw new Error(`batchGet returned ${ranges.length} ranges for ${all.length}`);
  all.forEach((title, i) => out.set(title, (ranges[i].values ?? []) as unknown[][]));
  return out;
}

/** Number formats of whole sheets ('' = automatic), by title, in one call. */
export function batchFormats(service: SheetsReadService, spreadsheetId: string, titles: string[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  if (titles.length === 0) return out;
  const got = service.Spreadsheets.get(spreadsheetId, {
    ranges: titles.map(wholeSheet),
    fields: 'sheets(properties.title,data.rowData.values.userEnteredFormat.numberFormat)',
  });
  const sheets = got.sheets ?? [];
  if (sheets.length !== titles.length) throw new Error(`Spreadsheets.get returned ${sheets.length} sheets for ${titles.length} ranges`);
  titles.forEach((title, i) => {
    const rows = sheets[i].data?.[0]?.rowData ?? [];
    out.set(
      title,
      rows.map((row) =>
        (row.values ?? []).map((cell) => {
          const format = cell.userEnteredFormat?.numberFormat;
          if (!format) return '';
          return format.pattern || (format.type === 'PERCENT' ? '0%' : '');
        }),
      ),
    );
  });
  return out;
}
