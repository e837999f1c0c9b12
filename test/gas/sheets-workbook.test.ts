import { createScoreCards } from '../../src/gas/cards';
import { SheetsWorkbook } from '../../src/gas/sheets-workbook';
import { borderGroups, extent, mergeBlocks, widthRuns } from '../../src/gas/write-grids';
import type { OutputSheet, Workbook } from '../../src/workbook/port';
import { runTally } from '../../src/workbook/service';
import { createFakeServices, FakeCell, FakeSheet, rangeA1 } from './fake';
import { fillMarks, smallSchool } from './school';

function setup() {
  const services = createFakeServices();
  const ss = services.spreadsheet;
  ss.addSheet('Cán bộ', [
    ['Mã CB', 'Họ và tên'],
    ['CB001', 'An'],
    ['CB002', 'Bình'],
  ]);
  ss.addSheet('Kết quả D1', [['cũ'], ['kết quả cũ']]);
  ss.addSheet('Nhật ký', [['Thời gian']]);
  return { services, ss, wb: new SheetsWorkbook(ss) };
}

describe('SheetsWorkbook', () => {
  test('reads a sheet with one getDataRange and one getValues (plus getNumberFormats when asked)', () => {
    const { services, wb } = setup();
    expect(wb.sheetNames()).toEqual(['Cán bộ', 'Kết quả D1', 'Nhật ký']);
    services.calls.reset();
    const data = wb.read('Cán bộ');
    expect(data?.values).toEqual([
      ['Mã CB', 'Họ và tên'],
      ['CB001', 'An'],
      ['CB002', 'Bình'],
    ]);
    expect(services.calls.table()).toEqual([
      ['Range.getValues', 1],
      ['Sheet.getDataRange', 1],
    ]);
    services.calls.reset();
    expect(wb.read('Cán bộ', { formats: true })?.formats).toEqual([
      ['', ''],
      ['', ''],
      ['', ''],
    ]);
    expect(services.calls.of('Range.getNumberFormats')).toBe(1);
    expect(services.calls.total).toBe(3);
    expect(wb.read('Không có')).toBeNull();
  });

  test('the input digest changes when a value read changes', () => {
    const a = setup();
    a.wb.read('Cán bộ');
    const b = setup();
    b.ss.sheet('Cán bộ').cell(3, 2).value = 'Bình!';
    b.wb.read('Cán bộ');
    expect(a.wb.inputDigest()).toMatch(/^[0-9a-f]{16}$/);
    expect(a.wb.inputDigest()).not.toBe(b.wb.inputDigest());
  });

  test('replaces a sheet in place, writes formula-like and numeric-looking text literally', () => {
    const { services, ss, wb } = setup();
    wb.write([
      {
        name: 'Kết quả D1',
        rows: [
          ['Mã', 'Tên', 'Điểm'],
          ['001', '=HYPERLINK("x")', 8.5],
          ['-CB', '+1', null],
          ['@a', '20/11', 7],
        ],
        styles: [
          { range: { row: 1, col: 1, cols: 3 }, style: { bold: true, fill: '#eeeeee' } },
          { range: { row: 2, col: 3, rows: 3 }, style: { numberFormat: '0.00' } },
        ],
        columnWidths: [80, 200, 200],
        frozenRows: 1,
      },
    ]);
    expect(ss.sheets.map((s) => s.name)).toEqual(['Cán bộ', 'Kết quả D1', 'Nhật ký']);
    const sheet = ss.sheet('Kết quả D1');
    expect(sheet.values()).toEqual([
      ['Mã', 'Tên', 'Điểm'],
      ['001', '=HYPERLINK("x")', 8.5],
      ['-CB', '+1', ''],
      ['@a', '20/11', 7],
    ]);
    expect(sheet.cell(1, 1).style.fontWeight).toBe('bold');
    expect(sheet.cell(3, 3).format).toBe('0.00');
    expect(sheet.frozenRows).toBe(1);
    expect([...sheet.widths.entries()]).toEqual([
      [1, 80],
      [2, 200],
      [3, 200],
    ]);
    expect(services.calls.of('Range.setValues')).toBe(1);
  });

  test('a failure mid-way leaves the previous sheets and removes the temporary ones', () => {
    const { services, ss, wb } = setup();
    wb.sheetNames();
    services.calls.failOn('Range.setValues', 2);
    expect(() =>
      wb.write([
        { name: 'Kết quả D1', rows: [['mới']] },
        { name: 'Đề nghị D1', rows: [['mới']] },
      ]),
    ).toThrow(/injected/);
    expect(ss.sheets.map((s) => s.name)).toEqual(['Cán bộ', 'Kết quả D1', 'Nhật ký']);
    expect(ss.sheet('Kết quả D1').values()).toEqual([['cũ'], ['kết quả cũ']]);
  });

  test('grows the sheet for more than 1000 rows', () => {
    const { ss, wb } = setup();
    const rows = Array.from({ length: 2500 }, (_, i) => [`CB${i}`, i]);
    wb.write([{ name: 'Kết quả D2', rows }]);
    expect(ss.sheet('Kết quả D2').values()).toHaveLength(2500);
  });
});

// ——— the write: calls per sheet, and every style on its cells ———

/** The `Kết quả D1` sheet a tally of a school of this many staff writes (captured, not written). */
function resultsOutput(staffCount: number): OutputSheet {
  const services = smallSchool(createFakeServices(), staffCount);
  createScoreCards(services, 'D1');
  fillMarks(services, 'Chấm D1 TV01', 5);
  fillMarks(services, 'Chấm D1 TV02', 6);
  fillMarks(services, 'Chấm D1 TV03', 7);
  const wb = new SheetsWorkbook(services.spreadsheet);
  const written: OutputSheet[] = [];
  const capture: Workbook = {
    sheetNames: () => wb.sheetNames(),
    read: (name, options) => wb.read(name, options),
    write: (sheets) => written.push(...sheets),
  };
  runTally(capture, 'D1', { write: true });
  expect(written.map((s) => s.name)).toEqual(['Kết quả D1', 'Thống kê chấm D1']);
  return written[0];
}

/**
 * Writes one output over an existing sheet of that name; the calls it took, by name. `api`: with the Sheets
 * advanced service (the batch path), as in a project whose appsscript.json enables it.
 */
function writeCounted(output: OutputSheet, options: { api?: boolean } = {}) {
  const services = createFakeServices({ sheetsApi: options.api });
  const ss = services.spreadsheet;
  ss.addSheet('Cán bộ', [['Mã CB']]);
  ss.addSheet(output.name, [['cũ']]);
  const wb = new SheetsWorkbook(ss, { sheetsApi: services.Sheets ?? null, flush: () => services.SpreadsheetApp.flush() });
  wb.sheetNames();
  services.calls.reset();
  wb.write([output]);
  return { calls: services.calls, sheet: ss.sheet(output.name), services };
}

/** A cell's look, with every property at its default spelled out the same way for the fake's cell and the output. */
interface Look {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  fontFamily: string | null;
  fontSize: number;
  color: string | null;
  fill: string | null;
  align: string | null;
  valign: string | null;
  wrap: boolean;
  numberFormat: string;
  border: string | null;
}

function lookOf(cell: FakeCell): Look {
  const s = cell.style;
  const border = s.border as Record<string, boolean | null> | undefined;
  const edges = border ? ['top', 'left', 'bottom', 'right', 'vertical', 'horizontal'].filter((e) => border[e] === true).join(',') : '';
  return {
    bold: s.fontWeight === 'bold',
    italic: s.fontStyle === 'italic',
    underline: s.fontLine === 'underline',
    fontFamily: (s.fontFamily as string | undefined) ?? null,
    fontSize: (s.fontSize as number | undefined) ?? 10,
    color: (s.fontColor as string | undefined)?.toLowerCase() ?? null,
    fill: (s.background as string | undefined)?.toLowerCase() ?? null,
    align: (s.horizontalAlignment as string | undefined) ?? null,
    valign: (s.verticalAlignment as string | undefined) ?? null,
    wrap: s.wrap === true,
    numberFormat: cell.format === 'General' ? '' : cell.format,
    border: edges === 'top,left,bottom,right,vertical,horizontal' ? 'all' : edges === 'bottom' ? 'bottom' : edges || null,
  };
}

/** What the output asks of cell (row, col): later style entries win, property by property. */
function expectedLook(output: OutputSheet, row: number, col: number): Look {
  const look: Look = {
    bold: false,
    italic: false,
    underline: false,
    fontFamily: null,
    fontSize: 10,
    color: null,
    fill: null,
    align: null,
    valign: null,
    wrap: false,
    numberFormat: '',
    border: null,
  };
  for (const { range, style } of output.styles ?? []) {
    if (row < range.row || row >= range.row + (range.rows ?? 1) || col < range.col || col >= range.col + (range.cols ?? 1)) continue;
    if (style.bold !== undefined) look.bold = style.bold;
    if (style.italic !== undefined) look.italic = style.italic;
    if (style.underline !== undefined) look.underline = style.underline;
    if (style.fontFamily !== undefined) look.fontFamily = style.fontFamily;
    if (style.fontSize !== undefined) look.fontSize = style.fontSize;
    if (style.color !== undefined) look.color = style.color.toLowerCase();
    if (style.fill !== undefined) look.fill = style.fill.toLowerCase();
    if (style.align !== undefined) look.align = style.align;
    if (style.valign !== undefined) look.valign = style.valign;
    if (style.wrap !== undefined) look.wrap = style.wrap;
    if (style.numberFormat !== undefined) look.numberFormat = style.numberFormat;
    if (style.border !== undefined) look.border = style.border;
  }
  return look;
}

function expectEveryLook(sheet: FakeSheet, output: OutputSheet): void {
  const { height, width } = extent(output);
  const wrong: string[] = [];
  for (let r = 1; r <= height; r++) {
    for (let c = 1; c <= width; c++) {
      const want = expectedLook(output, r, c);
      const got = lookOf(sheet.peek(r, c));
      // an unformatted Date gets a date format of the adapter's choosing (asserted on its own)
      if (output.rows[r - 1]?.[c - 1] instanceof Date && want.numberFormat === '') got.numberFormat = '';
      if (JSON.stringify(got) !== JSON.stringify(want))
        wrong.push(`${rangeA1(r, c, 1, 1)}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
    }
  }
  expect(wrong.slice(0, 5)).toEqual([]);
}

/** Every style property, later entries over earlier ones, a merge, a formula-like string and two Dates. */
function everyPropertyOutput(): OutputSheet {
  const day = new Date(2026, 0, 5);
  return {
    name: 'Tài liệu',
    rows: [
      ['Tiêu đề', null, null, null],
      ['TT', 'Tên', 'Ngày', 'Điểm'],
      [1, '=không phải công thức', day, 8.5],
      [2, 'B', new Date(2026, 0, 5, 7, 30), 9],
      [3, 'C', null, 10],
    ],
    styles: [
      {
        range: { row: 1, col: 1, cols: 4 },
        style: { bold: true, fontSize: 14, align: 'center', fontFamily: 'Times New Roman', underline: true },
      },
      { range: { row: 2, col: 1, rows: 4, cols: 4 }, style: { border: 'all', valign: 'middle', fontFamily: 'Times New Roman' } },
      { range: { row: 2, col: 1, cols: 4 }, style: { bold: true, fill: '#CFE2F3', wrap: true } },
      { range: { row: 3, col: 2 }, style: { numberFormat: '@', italic: true, color: '#990000' } },
      { range: { row: 3, col: 4, rows: 3 }, style: { numberFormat: '0.00', align: 'right' } },
      // a later entry wins, property by property
      { range: { row: 5, col: 1, cols: 4 }, style: { fill: '#D9EAD3', valign: 'top' } },
      { range: { row: 7, col: 1, cols: 3 }, style: { border: 'bottom' } },
    ],
    merges: [{ row: 1, col: 1, cols: 4 }],
    columnWidths: [40, 100, 100, 120],
  };
}

const GRID_SETTERS = [
  'setNumberFormats',
  'setFontWeights',
  'setFontStyles',
  'setFontLines',
  'setFontFamilies',
  'setFontSizes',
  'setFontColors',
  'setBackgrounds',
  'setHorizontalAlignments',
  'setVerticalAlignments',
  'setWraps',
];

describe('SheetsWorkbook.write: calls per sheet', () => {
  const small = resultsOutput(50);
  const large = resultsOutput(2000);

  test('a results sheet costs the same calls for 50 and 2 000 staff, but one to add rows past 1 000', () => {
    expect(small.rows.length).toBeLessThan(1000);
    expect(large.rows.length).toBeGreaterThan(2000);
    const a = writeCounted(small).calls;
    const b = writeCounted(large).calls;
    expect(a.of('Sheet.insertRowsAfter')).toBe(0);
    expect(b.of('Sheet.insertRowsAfter')).toBe(1);
    expect(b.total).toBe(a.total + 1);
    for (const calls of [a, b]) {
      // swap 4 (insertSheet, getIndex, deleteSheet, setName) + grow ≤ 2 + getRange/setValues 2 + grids ≤ 11
      // + borders 2 per kind (2 kinds) + widths 11 (runs of the 32 columns) + frozen 2
      expect(calls.total).toBeLessThanOrEqual(34);
      expect(calls.of('Range.setValues')).toBe(1);
      for (const setter of GRID_SETTERS) expect(calls.of(`Range.${setter}`)).toBeLessThanOrEqual(1);
      expect(
        calls.table().filter(([name]) => name.startsWith('RangeList.') && name !== 'RangeList.setBorder' && name !== 'RangeList.getRanges'),
      ).toEqual([]);
      expect(calls.of('Sheet.getRange') + calls.of('Sheet.getRangeList')).toBeLessThanOrEqual(3);
      expect(calls.of('Sheet.getMaxRows') + calls.of('Sheet.getMaxColumns')).toBe(0);
    }
  });

  test('every style of the results sheet ends up on its cells, and the values, widths and frozen panes with it', () => {
    const { sheet } = writeCounted(small);
    expectEveryLook(sheet, small);
    expect(sheet.values()).toEqual(small.rows.map((row) => row.map((v) => v ?? '')));
    expect([...sheet.widths.entries()]).toEqual(small.columnWidths?.map((px, i) => [i + 1, px]));
    expect([sheet.frozenRows, sheet.frozenCols]).toEqual([small.frozenRows, small.frozenCols]);
  });

  test('every property, merges and a date: styles on their cells, grids only for the properties used', () => {
    const output = everyPropertyOutput();
    const { calls, sheet } = writeCounted(output);
    expectEveryLook(sheet, output);
    expect(sheet.cell(3, 2).value).toBe('=không phải công thức');
    expect(sheet.cell(3, 2).format).toBe('@');
    expect(sheet.cell(3, 4).format).toBe('0.00');
    // a Date the sheet leaves unformatted shows as a date, not as the serial number 'General' would show
    expect([sheet.cell(3, 3).format, sheet.cell(4, 3).format]).toEqual(['dd/mm/yyyy', 'dd/mm/yyyy hh:mm']);
    expect(sheet.cell(1, 1).format).toBe('General');
    expect(sheet.merges).toEqual(['A1:D1']);
    // 100 px is the width of a new column: no call for columns 2 and 3
    expect([...sheet.widths.entries()]).toEqual([
      [1, 40],
      [4, 120],
    ]);
    for (const setter of GRID_SETTERS) expect(calls.of(`Range.${setter}`)).toBe(1);
    expect(calls.of('Range.setBorder') + calls.of('RangeList.setBorder')).toBe(2);
  });

  test('a sheet without styles writes no style grid', () => {
    const { calls, sheet } = writeCounted({
      name: 'Trơn',
      rows: [
        ['a', 1],
        [new Date(2026, 0, 5), null],
      ],
    });
    expect(calls.table().map(([name]) => name)).toEqual([
      'Range.setValues',
      'Sheet.getIndex',
      'Sheet.getRange',
      'Sheet.setName',
      'Spreadsheet.deleteSheet',
      'Spreadsheet.insertSheet',
    ]);
    expect(sheet.cell(2, 1).format).toBe('');
  });

  test('the same columns merged in every row of a table cost one call, whatever the number of rows', () => {
    const table = (n: number): OutputSheet => ({
      name: 'Bảng',
      rows: [['Tiêu đề'], ...Array.from({ length: n }, (_, i) => [i + 1, `Tên ${i + 1}`, null, `Ghi chú ${i + 1}`, null])],
      merges: [
        { row: 1, col: 1, cols: 5 },
        ...Array.from({ length: n }, (_, i) => [
          { row: i + 2, col: 2, cols: 2 },
          { row: i + 2, col: 4, cols: 2 },
        ]).flat(),
      ],
    });
    const few = writeCounted(table(3));
    const many = writeCounted(table(300));
    expect(many.calls.total).toBe(few.calls.total);
    expect(few.calls.of('Range.mergeAcross')).toBe(2);
    expect(new Set(many.sheet.merges)).toEqual(new Set(table(300).merges?.map((m) => rangeA1(m.row, m.col, m.rows ?? 1, m.cols ?? 1))));
  });
});

describe('SheetsWorkbook.write through the Sheets API (advanced service)', () => {
  const small = resultsOutput(50);
  const large = resultsOutput(2000);
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  test('a results sheet of 50 or 2 000 staff costs one batchUpdate once the workbook has listed its sheets through the API', () => {
    for (const output of [small, large]) {
      const { calls, services } = writeCounted(output, { api: true });
      // the listing (getId + Spreadsheets.get) came before; nothing went through SpreadsheetApp, so no flush
      expect(calls.table()).toEqual([['Sheets.Spreadsheets.batchUpdate', 1]]);
      expect(calls.total).toBeLessThanOrEqual(10);
      const [batch] = services.Sheets?.Spreadsheets.batches ?? [];
      expect(batch.bytes).toBeLessThan(2_000_000);
    }
    expect(warn).not.toHaveBeenCalled();
  });

  test('every style of the results sheet ends up on its cells, and the values, widths and frozen panes with it', () => {
    for (const output of [small, large]) {
      const { sheet, services } = writeCounted(output, { api: true });
      expectEveryLook(sheet, output);
      expect(sheet.values()).toEqual(output.rows.map((row) => row.map((v) => v ?? '')));
      expect([...sheet.widths.entries()]).toEqual(output.columnWidths?.map((px, i) => [i + 1, px]));
      expect([sheet.frozenRows, sheet.frozenCols]).toEqual([output.frozenRows, output.frozenCols]);
      expect(services.spreadsheet.sheets.map((s) => [s.name, s.hidden])).toEqual([
        ['Cán bộ', false],
        [output.name, false],
      ]);
    }
  });

  test('every property, merges and dates land as through SpreadsheetApp', () => {
    const output = everyPropertyOutput();
    const { sheet } = writeCounted(output, { api: true });
    expectEveryLook(sheet, output);
    expect(sheet.cell(3, 2).value).toBe('=không phải công thức');
    expect(sheet.cell(3, 2).formula).toBe('');
    expect(sheet.cell(3, 2).format).toBe('@');
    expect(sheet.cell(3, 4).format).toBe('0.00');
    expect([sheet.cell(3, 3).format, sheet.cell(4, 3).format]).toEqual(['dd/mm/yyyy', 'dd/mm/yyyy hh:mm']);
    expect(sheet.cell(3, 3).value).toEqual(output.rows[2][2]);
    expect(sheet.cell(4, 3).value).toEqual(output.rows[3][2]);
    expect(sheet.merges).toEqual(['A1:D1']);
    expect([...sheet.widths.entries()]).toEqual([
      [1, 40],
      [4, 120],
    ]);
    // same look as the SpreadsheetApp path, cell by cell
    const other = writeCounted(output).sheet;
    for (let r = 1; r <= 7; r++)
      for (let c = 1; c <= 4; c++) expect([r, c, lookOf(sheet.peek(r, c))]).toEqual([r, c, lookOf(other.peek(r, c))]);
  });

  test('formula-like and number-like strings stay text, as typed', () => {
    const texts = ['=HYPERLINK("x")', '+1', '-CB', '@a', "'quoted", '001', '20/11', '7:30', 'TRUE', '1,5', '50%'];
    const { sheet } = writeCounted({ name: 'Kết quả D1', rows: [texts, [1, true, null, 2.5]] }, { api: true });
    expect(sheet.values()).toEqual([texts, [1, true, '', 2.5, '', '', '', '', '', '', '']]);
    for (let c = 1; c <= texts.length; c++) expect(sheet.peek(1, c).formula).toBe('');
  });

  test('row heights go in too (the SpreadsheetApp path leaves them to Sheets)', () => {
    const { sheet } = writeCounted(
      { name: 'Tài liệu', rows: [['a'], ['b'], ['c'], ['d']], rowHeights: [30, 30, null, 21, 45] },
      { api: true },
    );
    expect([...sheet.heights.entries()]).toEqual([
      [1, 30],
      [2, 30],
      [5, 45],
    ]);
  });

  test('a failed batch changes nothing, and the write falls back to SpreadsheetApp with a warning', () => {
    const services = createFakeServices({ sheetsApi: true });
    const ss = services.spreadsheet;
    ss.addSheet('Cán bộ', [['Mã CB']]);
    ss.addSheet('Kết quả D1', [['cũ']]);
    const wb = new SheetsWorkbook(ss, { sheetsApi: services.Sheets, flush: () => undefined });
    services.Sheets?.Spreadsheets.failBatch(1, 3); // after applying addSheet and some cells
    wb.write([small]);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/^Sheets API write failed, writing through SpreadsheetApp instead: .*injected/),
    );
    expect(services.calls.of('Sheets.Spreadsheets.batchUpdate')).toBe(1);
    expect(services.calls.of('Range.setValues')).toBe(1);
    expect(ss.sheets.map((s) => s.name)).toEqual(['Cán bộ', 'Kết quả D1']);
    expectEveryLook(ss.sheet('Kết quả D1'), small);
  });

  test('when the fallback fails too, the old results stay and the error reaches the caller', () => {
    const services = createFakeServices({ sheetsApi: true });
    const ss = services.spreadsheet;
    ss.addSheet('Cán bộ', [['Mã CB']]);
    ss.addSheet('Kết quả D1', [['cũ'], ['kết quả cũ']]);
    const wb = new SheetsWorkbook(ss, { sheetsApi: services.Sheets, flush: () => undefined });
    services.calls.failOn('Sheets.Spreadsheets.batchUpdate');
    services.calls.failOn('Range.setValues');
    expect(() => wb.write([small])).toThrow('Service error (injected) on Range.setValues');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(ss.sheets.map((s) => s.name)).toEqual(['Cán bộ', 'Kết quả D1']);
    expect(ss.sheet('Kết quả D1').values()).toEqual([['cũ'], ['kết quả cũ']]);
  });

  test('after the write the workbook finds the new sheet (looked up by name, once)', () => {
    const { services } = writeCounted(small, { api: true });
    const wb = new SheetsWorkbook(services.spreadsheet, { sheetsApi: services.Sheets, flush: () => undefined });
    wb.write([small]);
    services.calls.reset();
    expect(wb.sheetNames()).toEqual(['Cán bộ', 'Kết quả D1']);
    expect(wb.read('Kết quả D1')?.values).toEqual(small.rows.map((row) => row.map((v) => v ?? '')));
    expect(wb.sheet('kết quả d1')).toBe(services.spreadsheet.sheet('Kết quả D1'));
    expect(services.calls.of('Spreadsheet.getSheetByName')).toBe(1);
  });
});

describe('write-grids', () => {
  test('widthRuns joins equal neighbours and leaves out the default width', () => {
    expect(widthRuns([60, 90, 90, 100, 100, 70, 70, 0, 70])).toEqual([
      [1, 1, 60],
      [2, 2, 90],
      [6, 2, 70],
      [9, 1, 70],
    ]);
  });

  test('borderGroups joins "all" rectangles that share a whole edge, and keeps "bottom" rules apart', () => {
    const groups = borderGroups([
      { range: { row: 2, col: 1, cols: 5 }, style: { border: 'all' } },
      { range: { row: 3, col: 1, rows: 10, cols: 5 }, style: { border: 'all' } },
      { range: { row: 20, col: 1, cols: 7 }, style: { border: 'bottom' } },
      { range: { row: 21, col: 1, cols: 7 }, style: { border: 'bottom' } },
      { range: { row: 3, col: 1, rows: 10, cols: 5 }, style: { bold: true } },
    ]);
    expect(groups).toEqual([
      { kind: 'all', rects: [{ row: 2, col: 1, rows: 11, cols: 5 }] },
      {
        kind: 'bottom',
        rects: [
          { row: 20, col: 1, rows: 1, cols: 7 },
          { row: 21, col: 1, rows: 1, cols: 7 },
        ],
      },
    ]);
  });

  test('mergeBlocks stacks single-row merges over the same columns in consecutive rows', () => {
    const blocks = mergeBlocks([
      { row: 1, col: 1, cols: 3 },
      { row: 2, col: 1, cols: 3 },
      { row: 4, col: 1, cols: 3 },
      { row: 5, col: 2, rows: 2, cols: 2 },
    ]);
    expect(blocks).toEqual([
      { range: { row: 5, col: 2, rows: 2, cols: 2 }, across: false },
      { range: { row: 1, col: 1, rows: 2, cols: 3 }, across: true },
      { range: { row: 4, col: 1, rows: 1, cols: 3 }, across: false },
    ]);
  });
});

describe('row heights (documents with wrapped text)', () => {
  const output = (rows: number): OutputSheet => ({
    name: 'Tài liệu',
    rows: Array.from({ length: rows }, (_, i) => [`dòng ${i + 1}`]),
    rowHeights: Array.from({ length: rows }, (_, i) => (i === 0 ? 40 : 24.4)),
  });

  test.each([false, true])('are applied in runs of equal height, whatever the length (Sheets API: %s)', (sheetsApi) => {
    const counts = [10, 300].map((rows) => {
      const services = createFakeServices({ sheetsApi });
      const wb = new SheetsWorkbook(services.spreadsheet);
      services.calls.reset();
      wb.write([output(rows)]);
      const sheet = services.spreadsheet.sheet('Tài liệu');
      expect(sheet.heights.get(1)).toBe(40);
      expect(sheet.heights.get(rows)).toBe(24);
      return services.calls.total;
    });
    expect(counts[1]).toBe(counts[0]);
  });
});

describe('sheet titles are unique regardless of case', () => {
  test.each([
    ['SpreadsheetApp', false],
    ['the Sheets API', true],
  ])('through %s, `Kết quả D1` replaces a sheet the user renamed `kết quả D1`', (_path, api) => {
    const services = createFakeServices({ sheetsApi: api });
    const ss = services.spreadsheet;
    ss.addSheet('Cán bộ', [['Mã CB']]);
    ss.addSheet('kết quả D1', [['cũ']]);
    ss.addSheet('Nhật ký', [['Thời gian']]);
    const wb = new SheetsWorkbook(ss, { sheetsApi: api ? services.Sheets : null, flush: () => undefined });
    wb.write([{ name: 'Kết quả D1', rows: [['mới']] }]);
    expect(ss.sheets.map((s) => s.name)).toEqual(['Cán bộ', 'Kết quả D1', 'Nhật ký']);
    expect(ss.sheet('Kết quả D1').values()).toEqual([['mới']]);
    expect(wb.sheetNames()).toContain('Kết quả D1');
    expect(wb.sheetNames()).not.toContain('kết quả D1');
    expect(services.calls.of('Spreadsheet.insertSheet')).toBe(api ? 0 : 1); // the API path did not fall back
  });
});
