// Behaviours of real Apps Script that the first fake did not have, and the shell's answer to each:
// protections when the runner edits through a Google Group, member emails Google refuses, protections the runner
// may not remove, getDocumentLock() returning null, one `Nhật ký` layout for tallies and exports, and a PDF export
// that answers with something else than a PDF.
import { createScoreCards, createVoteSheets } from '../../src/gas/cards';
import { appsScriptExportServices } from '../../src/gas/exports';
import { ensureLogSheet } from '../../src/gas/log';
import { MSG } from '../../src/gas/messages';
import { SheetsWorkbook } from '../../src/gas/sheets-workbook';
import { tallyInSheets } from '../../src/gas/tally';
import { createFakeServices, installFakeGlobals } from './fake';
import { fillMarks, MEMBERS, smallSchool } from './school';

describe('protections as Apps Script applies them', () => {
  test('a runner who edits through a Google Group can still restrict the cards (they are made an editor first)', () => {
    const services = smallSchool(createFakeServices({ editorGroup: 'hoidong@truong.edu.vn' }));
    const report = createScoreCards(services, 'D1');
    expect(report.created).toHaveLength(3);
    const [p] = services.spreadsheet.sheet('Chấm D1 TV02').protections;
    expect(p.allows('nam@truong.edu.vn')).toBe(true);
    expect(p.allows('hoa@truong.edu.vn')).toBe(false);
    expect(p.editors.has('hoidong@truong.edu.vn')).toBe(false); // the group no longer edits the card
    expect(p.allows(services.env.activeUserEmail)).toBe(true);
    expect(createVoteSheets(services, 'D1').created).toEqual(['Phiếu D1']);
  });

  test('an email Google refuses is a warning naming the member; the other cards are still made', () => {
    const services = smallSchool();
    services.spreadsheet.sheet('Hội đồng').cell(3, 3).value = 'nam@truong'; // TV02, no domain ending
    const report = createScoreCards(services, 'D1');
    expect(report.created).toEqual(['Chấm D1 TV01', 'Chấm D1 TV02', 'Chấm D1 TV03']);
    expect(report.warnings).toContain(MSG.memberEmailRefused('TV02', 'nam@truong', 'Chấm D1 TV02'));
    const [p] = services.spreadsheet.sheet('Chấm D1 TV02').protections;
    expect(p.allows(services.env.activeUserEmail)).toBe(true);
    expect(MEMBERS.filter(([, , email]) => email).some(([, , email]) => p.allows(email))).toBe(false);
    const votes = createVoteSheets(services, 'D1');
    expect(votes.warnings).toContain(MSG.memberEmailRefused('TV02', 'nam@truong', 'Phiếu D1'));
  });

  test('a protection the runner may not edit is left alone instead of failing the run', () => {
    const services = smallSchool();
    createVoteSheets(services, 'D1');
    const sheet = services.spreadsheet.sheet('Phiếu D1');
    const foreign = sheet.getRange(1, 1).protect();
    foreign.editors.clear(); // the owner's own protection: the runner is not an editor
    expect(foreign.canEdit()).toBe(false);
    expect(() => createVoteSheets(services, 'D1')).not.toThrow();
    expect(sheet.protections).toContain(foreign);
  });
});

describe('the lock outside a document', () => {
  test('getDocumentLock() is null for a standalone script: the script lock is taken instead', () => {
    const services = smallSchool();
    createScoreCards(services, 'D1');
    fillMarks(services, 'Chấm D1 TV01', 5);
    services.LockService.standalone = true;
    expect(tallyInSheets(services, 'D1').resultSheet).toBe('Kết quả D1');
    expect(services.calls.of('LockService.getScriptLock')).toBe(1);
    expect(services.LockService.scriptLock.holder).toBeNull();
  });
});

describe('Nhật ký', () => {
  const linkColumn = MSG.log.headers.indexOf('Liên kết') + 1;

  test('an export writes its links under Liên kết, in the same layout as a tally', () => {
    const services = smallSchool();
    ensureLogSheet(services.spreadsheet);
    const restore = installFakeGlobals(services);
    try {
      appsScriptExportServices().log({
        time: new Date(),
        email: '',
        action: 'Xuất tổng hợp',
        phase: '',
        links: ['https://a', 'https://b'],
      });
    } finally {
      restore();
    }
    const log = services.spreadsheet.sheet('Nhật ký').values();
    expect(log[0]).toEqual([...MSG.log.headers]);
    expect(log[1].slice(1, 3)).toEqual([services.env.activeUserEmail, 'Xuất tổng hợp']);
    expect(log[1][MSG.log.headers.indexOf('Mã kiểm tra dữ liệu')]).toBe('');
    expect(log[1][linkColumn - 1]).toBe('https://a\nhttps://b');
  });

  test('a log sheet from before the Liên kết column gets the missing header; nothing else changes', () => {
    const services = smallSchool();
    const old = MSG.log.headers.slice(0, 8);
    const sheet = services.spreadsheet.addSheet('Nhật ký', [old, ['x', 'y']]);
    ensureLogSheet(services.spreadsheet);
    expect(sheet.values()[0]).toEqual([...MSG.log.headers]);
    expect(sheet.values()[1].slice(0, 2)).toEqual(['x', 'y']);
    services.calls.reset();
    ensureLogSheet(services.spreadsheet);
    expect(services.calls.of('Range.setValues')).toBe(0);
  });
});

// The PDF export (sign-in page, fallback, shared drives) is tested in test/exports/drive-v3.test.ts.

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
