// Issue 10 item 8: `Kết quả {đợt}` keeps its sheetId from one tally to the next (through the Sheets service), so a
// formula elsewhere such as ='Kết quả D1'!A1 keeps working; the fake breaks such formulas when a sheet is deleted.
import { createScoreCards } from '../../src/gas/cards';
import { tallyInSheets } from '../../src/gas/tally';
import { createFakeServices, FakeServices, installFakeGlobals } from './fake';
import { fillMarks, smallSchool } from './school';

function tallied(services: FakeServices): void {
  const restore = installFakeGlobals(services);
  try {
    expect(tallyInSheets(services, 'D1').resultSheet).toBe('Kết quả D1');
  } finally {
    restore();
  }
}

describe('Kết quả D1 rewritten in place', () => {
  function school(): FakeServices {
    const services = smallSchool(createFakeServices({ sheetsApi: true }));
    createScoreCards(services, 'D1');
    fillMarks(services, 'Chấm D1 TV01', 5);
    return services;
  }

  test('a second tally keeps the sheet, its id and a formula pointing at it', () => {
    const services = school();
    tallied(services);
    const ss = services.spreadsheet;
    const first = ss.sheet('Kết quả D1');
    const summary = ss.addSheet('Báo cáo riêng');
    summary.cell(1, 1).formula = "='Kết quả D1'!A1";
    summary.cell(1, 1).value = first.peek(1, 1).value;
    first.cell(40, 20).value = 'dòng cũ ngoài vùng mới';
    first.merges.push('T40:U40');
    fillMarks(services, 'Chấm D1 TV02', 7);
    tallied(services);
    const second = ss.sheet('Kết quả D1');
    expect(second).toBe(first);
    expect(second.id).toBe(first.id);
    expect(summary.peek(1, 1).formula).toBe("='Kết quả D1'!A1");
    expect(summary.peek(1, 1).value).not.toBe('#REF!');
    expect(second.peek(40, 20).value).toBe(''); // the old content is cleared
    expect(second.merges).not.toContain('T40:U40');
    expect(ss.sheets.filter((s) => s.name.startsWith('~'))).toEqual([]); // no temporary sheet left
    expect(second.hidden).toBe(false);
  });

  test('the fake is as strict as Sheets: deleting the sheet turns such a formula into #REF!', () => {
    const services = school();
    tallied(services);
    const ss = services.spreadsheet;
    const summary = ss.addSheet('Báo cáo riêng');
    summary.cell(1, 1).formula = "='Kết quả D1'!A1";
    ss.deleteSheet(ss.sheet('Kết quả D1'));
    expect(summary.peek(1, 1).value).toBe('#REF!');
  });

  test('the first tally still creates the sheet (temporary sheet, then named), with no temporary sheet left', () => {
    const services = school();
    tallied(services);
    expect(services.spreadsheet.sheets.map((s) => s.name).filter((n) => n.startsWith('~'))).toEqual([]);
    expect(services.spreadsheet.sheet('Kết quả D1').values().length).toBeGreaterThan(1);
  });
});
