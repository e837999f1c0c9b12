// The office's reader of a school's `Tổng hợp đăng ký`: tables found by their header texts, typed or display values.
import { readSummaryValues } from '../../src/workbook/office/read-summary';
import { registrationSummary } from '../../src/documents/summary';
import { demoData, TODAY } from './fixture';

describe('readSummaryValues', () => {
  const { sheet } = registrationSummary(demoData(), TODAY);

  test('reads the header facts and every registrant with titles and birth dates', () => {
    const read = readSummaryValues(sheet.rows, 'a.xlsx');
    if (!('report' in read)) throw new Error(read.error);
    expect(read.report).toMatchObject({
      schoolName: 'TRƯỜNG TIỂU HỌC HOA SEN',
      schoolCode: 'THHS',
      schoolYear: '2025-2026',
      managingBody: 'UBND PHƯỜNG AN PHÚ',
    });
    expect(read.report.entries[0]).toMatchObject({
      kind: 'staff',
      name: 'Huỳnh Thị Mỹ Dung',
      birthDate: '1976-01-05',
      titles: ['Lao động tiên tiến', 'Chiến sĩ thi đua cơ sở'],
    });
    expect(read.report.notes).toEqual([]);
  });

  test('moved down and right, as display text (batchGet), gives the same registrants', () => {
    const base = readSummaryValues(sheet.rows, 'a.xlsx');
    const shifted = [[], [], ...sheet.rows.map((r) => ['', ...r.map((v) => (v === null ? '' : String(v)))])];
    const read = readSummaryValues(shifted, 'a.xlsx');
    if (!('report' in read) || !('report' in base)) throw new Error('unreadable');
    expect(read.report.entries.map((e) => [e.name, e.birthDate, e.titles])).toEqual(
      base.report.entries.map((e) => [e.name, e.birthDate, e.titles]),
    );
  });

  test('a staff table whose totals row was deleted still ends at the units’ header', () => {
    const base = readSummaryValues(sheet.rows, 'a.xlsx');
    const read = readSummaryValues(
      sheet.rows.filter((r) => !String(r[0]).startsWith('Tổng cộng')),
      'a.xlsx',
    );
    if (!('report' in read) || !('report' in base)) throw new Error('unreadable');
    expect(read.report.entries.map((e) => [e.kind, e.name, e.titles])).toEqual(base.report.entries.map((e) => [e.kind, e.name, e.titles]));
  });

  test('a total that disagrees with the marks is a note; no table or no year is a clear error', () => {
    const rows = sheet.rows.map((r) => [...r]);
    const total = rows.find((r) => String(r[0]).startsWith('Tổng cộng'));
    if (!total) throw new Error('no total');
    const c = total.findIndex((v) => typeof v === 'number');
    total[c] = Number(total[c]) + 1;
    const read = readSummaryValues(rows, 'a.xlsx');
    expect('report' in read && read.report.notes[0]).toMatch(
      /^Tệp “a.xlsx”, ô Tổng hợp đăng ký!\w+\d+: dòng tổng ghi \d+ “Lao động tiên tiến” nhưng đếm được \d+ dấu x/,
    );
    expect(readSummaryValues([['x']], 'b.xlsx')).toEqual({ error: expect.stringContaining('không tìm thấy bảng “I. CÁ NHÂN”') });
  });
});
