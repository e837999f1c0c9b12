import { createScoreCards } from '../../src/gas/cards';
import { colorStyle, numberFormat, serialOf, cellData, packBatches, planSheet } from '../../src/gas/sheets-api-requests';
import { writeThroughSheetsApi } from '../../src/gas/sheets-api-write';
import { SheetsWorkbook } from '../../src/gas/sheets-workbook';
import { tallyInSheets } from '../../src/gas/tally';
import type { OutputSheet, Workbook } from '../../src/workbook/port';
import { runTally } from '../../src/workbook/service';
import { createFakeServices, dateOfSerial, FakeServices, FakeSheet, installFakeGlobals } from './fake';
import { fillMarks, smallSchool } from './school';

type Request = GoogleAppsScript.Sheets.Schema.Request;

const TEMP = '~ đang ghi ';

function scoredSchool(services: FakeServices, staff: number): FakeServices {
  smallSchool(services, staff);
  createScoreCards(services, 'D1');
  fillMarks(services, 'Chấm D1 TV01', 5);
  fillMarks(services, 'Chấm D1 TV02', 6);
  fillMarks(services, 'Chấm D1 TV03', 7);
  return services;
}

function resultsOutput(staff: number): OutputSheet {
  const services = scoredSchool(createFakeServices(), staff);
  const wb = new SheetsWorkbook(services.spreadsheet, { sheetsApi: null });
  const written: OutputSheet[] = [];
  const capture: Workbook = {
    sheetNames: () => wb.sheetNames(),
    read: (name, options) => wb.read(name, options),
    write: (sheets) => written.push(...sheets),
  };
  runTally(capture, 'D1', { write: true });
  return written[0];
}

/** Every cell of the first rows × cols as JSON: value, formula, format and style. */
function cells(sheet: FakeSheet, rows: number, cols: number): string[] {
  const out: string[] = [];
  for (let r = 1; r <= rows; r++)
    for (let c = 1; c <= cols; c++) {
      const { value, formula, format, style } = sheet.peek(r, c);
      out.push(JSON.stringify([r, c, value, formula, format, style]));
    }
  return out;
}

function withResults() {
  const services = createFakeServices({ sheetsApi: true });
  const ss = services.spreadsheet;
  ss.addSheet('Cán bộ', [['Mã CB'], ['CB001']]);
  ss.addSheet('Kết quả D1', [['cũ'], ['kết quả cũ']]);
  ss.addSheet('Nhật ký', [['Thời gian']]);
  const api = services.Sheets;
  if (!api) throw new Error('no Sheets fake');
  return { services, ss, api, id: ss.id };
}

describe('the Sheets API fake: strict, all-or-nothing', () => {
  const addTemp: Request = { addSheet: { properties: { sheetId: 777, title: 'Tạm', gridProperties: { rowCount: 10, columnCount: 5 } } } };
  const bad: [string, Request, RegExp][] = [
    ['an unknown request kind', { fooBar: {} } as unknown as Request, /does not support the request kind "fooBar"/],
    ['a kind the fake does not model', { autoFill: {} }, /does not support the request kind "autoFill"/],
    ['two kinds in one request', { deleteSheet: { sheetId: 777 }, mergeCells: {} }, /exactly one kind/],
    [
      'a fields mask naming a property the cell leaves unset',
      {
        repeatCell: {
          range: { sheetId: 777, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 1 },
          cell: { userEnteredFormat: { textFormat: { bold: true } } },
          fields: 'userEnteredFormat.textFormat.bold,userEnteredFormat.textFormat.italic',
        },
      },
      /names "userEnteredFormat.textFormat.italic", which the cell leaves unset/,
    ],
    [
      'a property set but left out of the fields mask',
      {
        repeatCell: {
          range: { sheetId: 777, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 1 },
          cell: { userEnteredFormat: { textFormat: { bold: true }, wrapStrategy: 'WRAP' } },
          fields: 'userEnteredFormat.textFormat.bold',
        },
      },
      /wrapStrategy is set but not in the fields mask/,
    ],
    [
      'an updateCells mask naming what no cell sets',
      {
        updateCells: {
          start: { sheetId: 777, rowIndex: 0, columnIndex: 0 },
          rows: [{ values: [{ userEnteredValue: { stringValue: 'x' } }] }],
          fields: 'userEnteredValue,userEnteredFormat.numberFormat',
        },
      },
      /no cell sets/,
    ],
    [
      'a sheet id not in the spreadsheet',
      { updateCells: { start: { sheetId: 778, rowIndex: 0, columnIndex: 0 }, rows: [], fields: 'userEnteredValue' } },
      /No grid with id: 778/,
    ],
    [
      'a range past the grid',
      {
        repeatCell: {
          range: { sheetId: 777, startRowIndex: 0, endRowIndex: 11, startColumnIndex: 0, endColumnIndex: 1 },
          cell: { userEnteredFormat: { wrapStrategy: 'WRAP' } },
          fields: 'userEnteredFormat.wrapStrategy',
        },
      },
      /exceeds grid limits/,
    ],
    [
      'a bad enum value',
      {
        repeatCell: {
          range: { sheetId: 777, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 1 },
          cell: { userEnteredFormat: { horizontalAlignment: 'left' } },
          fields: 'userEnteredFormat.horizontalAlignment',
        },
      },
      /Invalid value/,
    ],
    ['a sheet id in use', { addSheet: { properties: { sheetId: 777, title: 'Khác' } } }, /id 777 already exists/],
    ['a title in use (any case)', { addSheet: { properties: { title: 'kết quả d1' } } }, /already exists/],
    ['deleting a sheet that is not there', { deleteSheet: { sheetId: 12345 } }, /No grid with id/],
  ];

  test.each(bad)('rejects %s, and undoes the requests before it', (_, request, message) => {
    const { services, ss, api, id } = withResults();
    const before = ss.sheets.map((s) => [s.id, s.name, JSON.stringify(s.values())]);
    const merge: Request = {
      mergeCells: {
        range: { sheetId: 777, startRowIndex: 0, endRowIndex: 2, startColumnIndex: 0, endColumnIndex: 2 },
        mergeType: 'MERGE_ALL',
      },
    };
    const value: Request = {
      updateCells: {
        start: { sheetId: ss.sheet('Kết quả D1').id, rowIndex: 0, columnIndex: 0 },
        rows: [{ values: [{ userEnteredValue: { stringValue: 'đổi' } }] }],
        fields: 'userEnteredValue',
      },
    };
    expect(() => api.Spreadsheets.batchUpdate({ requests: [addTemp, merge, value, request] }, id)).toThrow(message);
    expect(ss.sheets.map((s) => [s.id, s.name, JSON.stringify(s.values())])).toEqual(before);
    expect(ss.sheet('Kết quả D1').merges).toEqual([]);
    expect(services.calls.of('Sheets.Spreadsheets.batchUpdate')).toBe(1);
    expect(api.Spreadsheets.batches).toEqual([]);
  });

  test('rejects overlapping merges, and merges across the frozen rows', () => {
    const { ss, api, id } = withResults();
    const sheetId = ss.sheet('Kết quả D1').id;
    const merge = (r0: number, r1: number, c0: number, c1: number): Request => ({
      mergeCells: {
        range: { sheetId, startRowIndex: r0, endRowIndex: r1, startColumnIndex: c0, endColumnIndex: c1 },
        mergeType: 'MERGE_ALL',
      },
    });
    expect(() => api.Spreadsheets.batchUpdate({ requests: [merge(0, 2, 0, 2), merge(1, 3, 1, 3)] }, id)).toThrow(/merged range/);
    expect(ss.sheet('Kết quả D1').merges).toEqual([]);
    api.Spreadsheets.batchUpdate({ requests: [merge(0, 2, 0, 2), merge(2, 3, 0, 2)] }, id);
    expect(ss.sheet('Kết quả D1').merges).toEqual(['A1:B2', 'A3:B3']);
    ss.sheet('Kết quả D1').frozenRows = 4;
    expect(() => api.Spreadsheets.batchUpdate({ requests: [merge(3, 5, 0, 1)] }, id)).toThrow(/frozen/);
  });

  test('will not delete the last visible sheet, and reads sheet properties with get', () => {
    const { ss, api, id, services } = withResults();
    const hide: Request = { addSheet: { properties: { sheetId: 9, title: 'Ẩn', hidden: true } } };
    const others = ss.sheets.map((s) => ({ deleteSheet: { sheetId: s.id } }));
    expect(() => api.Spreadsheets.batchUpdate({ requests: [hide, ...others] }, id)).toThrow(/visible sheets/);
    const listing = api.Spreadsheets.get(id, { fields: 'sheets.properties(sheetId,title,index)' });
    expect(listing.sheets?.map((s) => [s.properties?.title, s.properties?.index])).toEqual([
      ['Cán bộ', 0],
      ['Kết quả D1', 1],
      ['Nhật ký', 2],
    ]);
    expect(services.calls.of('Sheets.Spreadsheets.get')).toBe(1);
    expect(() => api.Spreadsheets.get('other-id')).toThrow(/not found/);
  });
});

describe('requests', () => {
  test('colours in [0, 1], number format types, date serials', () => {
    expect(colorStyle('#FF8000')).toEqual({ rgbColor: { red: 1, green: 128 / 255, blue: 0 } });
    expect(colorStyle('#abc')).toEqual(colorStyle('#AABBCC'));
    expect(() => colorStyle('red')).toThrow(/colour/);
    expect(['@', '0.00', '0', '0%', 'dd/mm/yyyy', 'dd/mm/yyyy hh:mm', 'hh:mm', '"ngày" 0'].map((p) => numberFormat(p).type)).toEqual([
      'TEXT',
      'NUMBER',
      'NUMBER',
      'PERCENT',
      'DATE',
      'DATE_TIME',
      'TIME',
      'NUMBER',
    ]);
    expect(serialOf(new Date(1900, 0, 1))).toBe(2);
    expect(serialOf(new Date(2026, 0, 5, 12))).toBe(46027.5);
    const day = new Date(2026, 10, 20, 7, 30);
    expect(dateOfSerial(serialOf(day))).toEqual(day);
  });

  test('cells: strings as stringValue whatever they look like, blanks empty, a Date with a date format unless styled', () => {
    expect(cellData('=SUM(A1)', false)).toEqual({ userEnteredValue: { stringValue: '=SUM(A1)' } });
    expect([cellData('', false), cellData(null, false), cellData(Number.NaN, false)]).toEqual([{}, {}, {}]);
    expect(cellData(true, false)).toEqual({ userEnteredValue: { boolValue: true } });
    expect(cellData(new Date(2026, 0, 5), false).userEnteredFormat?.numberFormat).toEqual({ type: 'DATE', pattern: 'dd/mm/yyyy' });
    expect(cellData(new Date(2026, 0, 5), true)).toEqual({ userEnteredValue: { numberValue: serialOf(new Date(2026, 0, 5)) } });
  });

  test('one small sheet is one batch; the swap comes last; big payloads split by rows under the limit', () => {
    const output = resultsOutput(300);
    const plan = planSheet(output, { sheetId: 5, tempTitle: `${TEMP}x`, old: { sheetId: 1, index: 2 } });
    expect(plan.addSheet.addSheet?.properties).toMatchObject({
      sheetId: 5,
      hidden: true,
      gridProperties: { rowCount: 1000, frozenRowCount: output.frozenRows },
    });
    const one = packBatches([plan], 2_000_000);
    expect(one).toHaveLength(1);
    // the sheet is rewritten in place (it keeps its id): clear it, paste the complete temporary sheet, drop that
    const swap = one[0].slice(one[0].findIndex((r) => r.unmergeCells)).map((r) => Object.keys(r)[0]);
    expect(swap.slice(0, 4)).toEqual(['unmergeCells', 'updateCells', 'updateSheetProperties', 'copyPaste']);
    expect(one[0].slice(-1)[0]).toEqual({ deleteSheet: { sheetId: 5 } });
    expect(one[0].some((r) => r.deleteSheet?.sheetId === 1)).toBe(false);
    const split = packBatches([plan], 40_000);
    expect(split.length).toBeGreaterThan(4);
    for (const batch of split.slice(0, -1)) expect(JSON.stringify({ requests: batch }).length).toBeLessThanOrEqual(41_000);
    // every other request as in the single batch, in the same order
    expect(split.flat().filter((r) => !r.updateCells)).toEqual(one[0].filter((r) => !r.updateCells));
    // the same rows, in order, across the chunks
    const rows = split.flat().flatMap((r) => r.updateCells?.rows ?? []);
    expect(rows).toEqual(one[0].flatMap((r) => r.updateCells?.rows ?? []));
    expect(split[split.length - 1].some((r) => r.copyPaste?.destination?.sheetId === 1)).toBe(true);
  });
});

describe('writing through the API', () => {
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  test('split into batches, the sheet is the same as written in one', () => {
    const output = resultsOutput(300);
    const one = withResults();
    writeThroughSheetsApi(one.api, one.id, [output], { tempPrefix: TEMP });
    const many = withResults();
    writeThroughSheetsApi(many.api, many.id, [output], { tempPrefix: TEMP, batchBytes: 40_000 });
    expect(one.api.Spreadsheets.batches).toHaveLength(1);
    expect(many.api.Spreadsheets.batches.length).toBeGreaterThan(4);
    expect(many.services.calls.of('Sheets.Spreadsheets.batchUpdate')).toBe(many.api.Spreadsheets.batches.length);
    // the limit holds for the UTF-8 bytes of the whole request, give or take the wrappers
    for (const batch of many.api.Spreadsheets.batches) expect(batch.bytes).toBeLessThanOrEqual(40_500);
    const a = one.ss.sheet(output.name);
    const b = many.ss.sheet(output.name);
    expect(cells(b, output.rows.length, 40)).toEqual(cells(a, output.rows.length, 40));
    expect([b.merges, [...b.widths], b.frozenRows]).toEqual([a.merges, [...a.widths], a.frozenRows]);
    expect(many.ss.sheets.map((s) => s.name)).toEqual(['Cán bộ', 'Kết quả D1', 'Nhật ký']);
  });

  test('a failure in a later batch leaves the old sheet, and removes the hidden temporary sheet', () => {
    const output = resultsOutput(300);
    for (const nth of [2, 5]) {
      const { ss, api, id, services } = withResults();
      api.Spreadsheets.failBatch(nth, 1);
      expect(() => writeThroughSheetsApi(api, id, [output], { tempPrefix: TEMP, batchBytes: 40_000 })).toThrow(/injected/);
      expect(ss.sheets.map((s) => s.name)).toEqual(['Cán bộ', 'Kết quả D1', 'Nhật ký']);
      expect(ss.sheet('Kết quả D1').values()).toEqual([['cũ'], ['kết quả cũ']]);
      // the batches before, then the failed one, then the clean-up
      expect(services.calls.of('Sheets.Spreadsheets.batchUpdate')).toBe(nth + 1);
    }
  });

  test('several sheets in one write: one batch, all replaced at once, each in its place', () => {
    const { ss, api, id, services } = withResults();
    writeThroughSheetsApi(
      api,
      id,
      [
        { name: 'Kết quả D1', rows: [['mới']] },
        { name: 'Đề nghị D1', rows: [['mới 2']] },
      ],
      { tempPrefix: TEMP },
    );
    expect(services.calls.of('Sheets.Spreadsheets.batchUpdate')).toBe(1);
    expect(ss.sheets.map((s) => [s.name, s.values()])).toEqual([
      ['Cán bộ', [['Mã CB'], ['CB001']]],
      ['Kết quả D1', [['mới']]],
      ['Nhật ký', [['Thời gian']]],
      ['Đề nghị D1', [['mới 2']]],
    ]);
  });

  test('a temporary sheet left behind by a failed write gets in the way of neither path', () => {
    const { ss, api, services } = withResults();
    ss.addSheet(`${TEMP}Kết quả D1`, [['rác']]);
    const wb = new SheetsWorkbook(ss, { sheetsApi: api, flush: () => undefined });
    wb.write([{ name: 'Kết quả D1', rows: [['mới']] }]);
    expect(ss.sheet('Kết quả D1').values()).toEqual([['mới']]);
    services.calls.failOn('Sheets.Spreadsheets.batchUpdate');
    wb.write([{ name: 'Kết quả D1', rows: [['mới nữa']] }]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(ss.sheet('Kết quả D1').values()).toEqual([['mới nữa']]);
    expect(wb.sheetNames()).toEqual(['Cán bộ', 'Kết quả D1', 'Nhật ký']);
    expect(ss.sheets.map((s) => s.name)).toEqual(['Cán bộ', 'Kết quả D1', 'Nhật ký', `${TEMP}Kết quả D1`]);
  });

  test('sheet ids: random and unused, whatever the random source gives', () => {
    const { ss, api, id } = withResults();
    const taken = ss.sheets[0].id;
    const stuck = () => (taken - 1) / (2 ** 31 - 2); // always the id of the first sheet
    writeThroughSheetsApi(api, id, [{ name: 'Kết quả D1', rows: [['mới']] }], { tempPrefix: TEMP, random: stuck });
    expect(ss.sheet('Kết quả D1').values()).toEqual([['mới']]);
    expect(ss.sheet('Kết quả D1').id).not.toBe(taken);
  });

  test('a style the requests cannot carry goes through SpreadsheetApp, before any API call', () => {
    const { ss, services } = withResults();
    const wb = new SheetsWorkbook(ss, { sheetsApi: services.Sheets, flush: () => undefined });
    wb.write([{ name: 'Kết quả D1', rows: [['mới']], styles: [{ range: { row: 1, col: 1 }, style: { fill: '' } }] }]);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/resets fill/));
    expect(services.calls.of('Sheets.Spreadsheets.batchUpdate')).toBe(0); // (the sheets were listed through the API)
    expect(ss.sheet('Kết quả D1').values()).toEqual([['mới']]);
  });

  test('the tally in Sheets with the advanced service enabled: results in one batch, then the log', () => {
    const services = scoredSchool(createFakeServices({ sheetsApi: true }), 2000);
    const restore = installFakeGlobals(services);
    try {
      tallyInSheets(services, 'D1');
      services.spreadsheet.sheet('Chấm D1 TV02').cell(2, 4).value = 1;
      services.calls.reset();
      const view = tallyInSheets(services, 'D1');
      expect(view.resultSheet).toBe('Kết quả D1');
      expect(services.calls.of('Sheets.Spreadsheets.batchUpdate')).toBe(1);
      const write = services.calls.table().filter(([name]) => /^(Sheets\.|SpreadsheetApp\.flush|Spreadsheet\.getId)/.test(name));
      expect(write.reduce((n, [, c]) => n + c, 0)).toBeLessThanOrEqual(10);
      expect(services.calls.of('Range.setValues')).toBe(0);
      expect(services.spreadsheet.sheet('Kết quả D1').values().flat()).toContain(view.participants[0].name);
      expect(services.spreadsheet.sheet('Nhật ký').values()).toHaveLength(4); // header, the cards' line, two tallies
      expect(services.spreadsheet.sheets.filter((s) => s.name.startsWith('~') || s.hidden)).toEqual([]);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      restore();
    }
    expect('Sheets' in globalThis).toBe(false);
  });
});
