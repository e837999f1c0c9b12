import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { readXlsx } from '../../src/node/xlsx/index';
import type { OutputSheet } from '../../src/workbook/port';
import { arrayBuffer, unzipText } from './xlsx-fixtures';

async function sourceWorkbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Hội đồng';
  const staff = book.addWorksheet('Cán bộ');
  staff.addRow(['Mã CB', 'Họ và tên', 'Ngày sinh']);
  staff.addRow(['CB001', 'Nguyễn Văn An', new Date(Date.UTC(1980, 1, 2))]);
  staff.getCell('C2').numFmt = 'dd/mm/yyyy';
  staff.getRow(1).font = { bold: true, color: { argb: 'FF0000FF' } };
  const card = book.addWorksheet('Chấm D1 TV01');
  card.addRow(['Mã', 'TC01']);
  card.addRow(['CB001', 9.5]);
  card.getCell('C2').value = { formula: 'B2*2', result: 19 };
  book.definedNames.add("'Cán bộ'!$A$1:$C$2", 'DanhSach');
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  // add a calculation chain, as Excel writes one
  const files = unzipSync(bytes);
  files['xl/calcChain.xml'] = strToU8(
    '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="C2" i="2"/></calcChain>',
  );
  const rels = new TextDecoder().decode(files['xl/_rels/workbook.xml.rels']);
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
    ),
  );
  const types = new TextDecoder().decode(files['[Content_Types].xml']);
  files['[Content_Types].xml'] = strToU8(
    types.replace(
      '</Types>',
      '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
    ),
  );
  return zipSync(files);
}

const results: OutputSheet = {
  name: 'Kết quả D1',
  rows: [
    ['Hạng', 'Mã CB', 'Điểm'],
    [1, 'CB001', 95],
  ],
  styles: [{ range: { row: 1, col: 1, cols: 3 }, style: { bold: true, fill: '#FFF2CC' } }],
  page: {
    paper: 'A4',
    orientation: 'portrait',
    fitToWidth: true,
    margins: { top: 0.5, bottom: 0.5, left: 0.5, right: 0.5 },
    repeatRows: { first: 1, last: 1 },
  },
};

describe('patching an existing workbook', () => {
  let source: Uint8Array;
  beforeAll(async () => {
    source = await sourceWorkbook();
  });

  test('without changes, the bytes are the input bytes', () => {
    expect(Buffer.from(readXlsx(source).toBuffer()).equals(Buffer.from(source))).toBe(true);
  });

  test('adding a sheet keeps every other part byte for byte and only appends styles', async () => {
    const wb = readXlsx(source);
    wb.write([results]);
    const out = wb.toBuffer();
    const before = unzipSync(source);
    const after = unzipSync(out);
    const patched = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'docProps/app.xml', 'xl/styles.xml'];
    for (const [name, data] of Object.entries(before)) {
      if (patched.includes(name)) continue;
      expect([name, Buffer.from(after[name] ?? []).equals(Buffer.from(data))]).toEqual([name, true]);
    }
    const newParts = Object.keys(after).filter((name) => !(name in before));
    expect(newParts).toHaveLength(1);
    const stylesBefore = new TextDecoder().decode(before['xl/styles.xml']);
    const stylesAfter = new TextDecoder().decode(after['xl/styles.xml']);
    const xfs = (xml: string) => /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
    expect(xfs(stylesAfter).startsWith(xfs(stylesBefore))).toBe(true);
    expect(xfs(stylesAfter).length).toBeGreaterThan(xfs(stylesBefore).length);
    expect(new TextDecoder().decode(after['docProps/app.xml'])).toContain('<vt:lpstr>Kết quả D1</vt:lpstr>');

    // an independent reader sees the old sheets as they were, and the new one
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(arrayBuffer(out));
    expect(book.worksheets.map((w) => w.name)).toEqual(['Cán bộ', 'Chấm D1 TV01', 'Kết quả D1']);
    expect(book.getWorksheet('Cán bộ')?.getCell('A1').font).toMatchObject({ bold: true, color: { argb: 'FF0000FF' } });
    expect(book.getWorksheet('Chấm D1 TV01')?.getCell('C2').value).toMatchObject({ formula: 'B2*2', result: 19 });
    const res = book.getWorksheet('Kết quả D1');
    expect(res?.getCell('B2').text).toBe('CB001');
    expect(res?.getCell('A1').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } });
    expect(res?.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    const workbookXml = new TextDecoder().decode(after['xl/workbook.xml']);
    expect(workbookXml).toContain('DanhSach');
    expect(workbookXml).toContain('localSheetId="2"');

    // and our reader too, in the same object and from the bytes
    expect(wb.read('Kết quả D1')?.values).toEqual(results.rows);
    const again = readXlsx(out);
    expect(again.read('Cán bộ', { formats: true })).toEqual(readXlsx(source).read('Cán bộ', { formats: true }));
    expect(again.read('Kết quả D1')?.values).toEqual(results.rows);
  });

  test('writing a sheet again replaces it in place; the calculation chain is dropped', async () => {
    const wb = readXlsx(source);
    wb.write([results]);
    wb.write([
      { ...results, rows: [['Hạng'], [2]] },
      { name: 'chấm d1 tv01', rows: [['Mã'], ['CB009']] },
    ]);
    const out = wb.toBuffer();
    const parts = unzipText(out);
    expect(parts['xl/calcChain.xml']).toBeUndefined();
    expect(parts['[Content_Types].xml']).not.toContain('calcChain');
    expect(parts['xl/_rels/workbook.xml.rels']).not.toContain('calcChain');
    expect((parts['xl/workbook.xml'].match(/_xlnm\.Print_Titles/g) ?? []).length).toBe(1);
    const again = readXlsx(out);
    expect(again.sheetNames()).toEqual(['Cán bộ', 'chấm d1 tv01', 'Kết quả D1']);
    expect(again.read('Kết quả D1')?.values).toEqual([['Hạng'], [2]]);
    expect(again.read('chấm d1 tv01')?.values).toEqual([['Mã'], ['CB009']]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(arrayBuffer(out));
    expect(book.worksheets.map((w) => w.name)).toEqual(['Cán bộ', 'chấm d1 tv01', 'Kết quả D1']);
  });
});
