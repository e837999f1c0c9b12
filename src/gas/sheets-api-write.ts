// Writing outputs through the Sheets advanced service (Sheets API v4): one Spreadsheets.get for the sheet ids,
// titles and positions, then one batchUpdate per ~2 MB of requests. A batchUpdate is all-or-nothing, and the swap
// (delete the old sheets, name the new ones) is in the last one, so the old sheets stay until every new one is full.
import type { OutputSheet } from '../workbook/port';
import { ApiRequest, formatOf, packBatches, planSheet } from './sheets-api-requests';

type SpreadsheetsCollection = GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection;
type ValuesCollection = GoogleAppsScript.Sheets.Collection.Spreadsheets.ValuesCollection;

/** The part of the `Sheets` advanced service the add-on uses (reads: sheets-api-read.ts). */
export interface SheetsService {
  Spreadsheets: Pick<SpreadsheetsCollection, 'get' | 'batchUpdate'> & { Values: Pick<ValuesCollection, 'batchGet'> };
}

/** What a write needs to know of every sheet. */
export const LISTING_FIELDS = 'sheets.properties(sheetId,title,index,gridProperties(rowCount,columnCount))';

/** Google's advice for a Sheets API request: at most about 2 MB. */
export const BATCH_BYTES = 2_000_000;
const MAX_SHEET_ID = 2 ** 31 - 1;

/** The global `Sheets` when appsscript.json enables the advanced service, else null. */
export function globalSheetsService(): SheetsService | null {
  return typeof Sheets === 'undefined' || !Sheets ? null : Sheets;
}

/** SpreadsheetApp.flush(), so that the API sees SpreadsheetApp's pending changes (nothing outside Apps Script). */
export function flushSpreadsheetApp(): void {
  if (typeof SpreadsheetApp !== 'undefined') SpreadsheetApp.flush();
}

export interface ApiWriteOptions {
  /** titles of temporary sheets start with this */
  tempPrefix: string;
  /** bytes of JSON per batchUpdate */
  batchBytes?: number;
  random?: () => number;
  /** the sheets' properties when the caller has just listed them (saves the listing call) */
  existing?: GoogleAppsScript.Sheets.Schema.SheetProperties[];
}

/**
 * Add or replace these sheets, all at once. Throws if a call fails (or an output holds what the requests cannot
 * carry, see NotExpressible); the spreadsheet is then as it was, but for hidden temporary sheets when even their
 * clean-up failed (their titles start with the prefix, which SheetsWorkbook leaves out of its sheet names).
 */
export function writeThroughSheetsApi(
  service: SheetsService,
  spreadsheetId: string,
  outputs: OutputSheet[],
  options: ApiWriteOptions,
): void {
  for (const output of outputs) for (const { style } of output.styles ?? []) formatOf(style); // throws before any call
  const random = options.random ?? Math.random;
  const existing =
    options.existing ??
    (service.Spreadsheets.get(spreadsheetId, { fields: LISTING_FIELDS }).sheets ?? []).map((sheet) => sheet.properties ?? {});
  const ids = new Set(existing.map((p) => p.sheetId ?? 0));
  const titles = new Set(existing.map((p) => (p.title ?? '').toLowerCase()));
  const plans = outputs.map((output) => {
    // titles are unique regardless of case: `kết quả D1` is the sheet `Kết quả D1` replaces
    const old =
      existing.find((p) => p.title === output.name) ?? existing.find((p) => (p.title ?? '').toLowerCase() === output.name.toLowerCase());
    const sheetId = freshId(ids, random);
    ids.add(sheetId);
    // unlike SpreadsheetApp's temporary name, so that a leftover of either never stops the other
    let tempTitle = `${options.tempPrefix}${output.name} #${sheetId}`;
    for (let n = 2; titles.has(tempTitle.toLowerCase()); n++) tempTitle = `${options.tempPrefix}${output.name} #${sheetId}-${n}`;
    titles.add(tempTitle.toLowerCase());
    const grid = old?.gridProperties ?? {};
    const target = old
      ? { sheetId: old.sheetId ?? 0, index: old.index ?? 0, title: old.title, rowCount: grid.rowCount, columnCount: grid.columnCount }
      : null;
    return planSheet(output, { sheetId, tempTitle, old: target });
  });
  const batches = packBatches(plans, options.batchBytes ?? BATCH_BYTES);
  const added: number[] = [];
  for (const requests of batches) {
    try {
      service.Spreadsheets.batchUpdate({ requests }, spreadsheetId);
    } catch (error) {
      removeSheets(service, spreadsheetId, added);
      throw error;
    }
    added.push(...addedIds(requests));
  }
}

/** A random id, as Sheets gives its sheets, not in use. */
function freshId(ids: Set<number>, random: () => number): number {
  for (let tries = 0; tries < 100; tries++) {
    const id = 1 + Math.floor(random() * (MAX_SHEET_ID - 1));
    if (!ids.has(id)) return id;
  }
  let id = 1;
  while (ids.has(id)) id++;
  return id;
}

function addedIds(requests: ApiRequest[]): number[] {
  return requests.flatMap((r) => (r.addSheet?.properties?.sheetId === undefined ? [] : [r.addSheet.properties.sheetId]));
}

/** Best effort: the temporary sheets that earlier batches added (hidden, and named with the temporary prefix). */
function removeSheets(service: SheetsService, spreadsheetId: string, sheetIds: number[]): void {
  if (sheetIds.length === 0) return;
  try {
    service.Spreadsheets.batchUpdate({ requests: sheetIds.map((sheetId) => ({ deleteSheet: { sheetId } })) }, spreadsheetId);
  } catch (cleanupError) {
    // the original error is the one thrown; this one is logged: a hidden leftover is harmless and replaced next time
    console.warn(
      `Could not remove the temporary sheets ${sheetIds.join(', ')}: ${cleanupError instanceof Error ? cleanupError.message : String(cleanupError)}`,
    );
  }
}
