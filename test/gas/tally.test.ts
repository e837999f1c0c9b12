import { createScoreCards } from '../../src/gas/cards';
import { tallyInSheets } from '../../src/gas/tally';
import { MSG } from '../../src/gas/messages';
import { fillMarks, smallSchool } from './school';

function scoredSchool() {
  const services = smallSchool();
  createScoreCards(services, 'D1');
  fillMarks(services, 'Chấm D1 TV01', 5);
  fillMarks(services, 'Chấm D1 TV02', 6);
  fillMarks(services, 'Chấm D1 TV03', 7);
  return services;
}

describe('tally in Sheets', () => {
  test('writes Kết quả D1 and logs the run with a hash of the inputs and the counts', () => {
    const services = scoredSchool();
    services.calls.reset();
    const view = tallyInSheets(services, 'D1');
    expect(view.resultSheet).toBe('Kết quả D1');
    const recipients = view.awards.reduce((n, a) => n + a.recipients.length, 0);
    expect(recipients).toBe(2);
    const results = services.spreadsheet.sheet('Kết quả D1').values();
    expect(results.flat()).toContain(view.participants[0].name);
    const log = services.spreadsheet.sheet('Nhật ký').values();
    expect(log[0]).toEqual([...MSG.log.headers]);
    expect(log[1].slice(1, 4)).toEqual(['thuky@truong.edu.vn', 'Tạo phiếu chấm', 'D1']); // the cards' line
    expect(log[2][0]).toBeInstanceOf(Date);
    expect(log[2].slice(1, 4)).toEqual(['thuky@truong.edu.vn', 'Tính kết quả', 'D1']);
    expect(log[2][4]).toMatch(/^[0-9a-f]{16}$/);
    expect(log[2].slice(5)).toEqual([2, 0, view.errors, '', '']); // Liên kết and Sự cố: blank for a tally that succeeded
    // every sheet read once; at most one getNumberFormats per sheet read
    const reads = services.calls.of('Range.getValues');
    expect(services.calls.of('Sheet.getDataRange')).toBe(reads);
    expect(services.calls.of('Range.getNumberFormats')).toBeLessThanOrEqual(reads);
    expect(services.calls.of('Range.setValues')).toBe(2); // the results and the council's statistics
    expect(services.LockService.documentLock.holder).toBeNull();
  });

  test('same inputs give the same hash; a changed mark gives another', () => {
    const services = scoredSchool();
    tallyInSheets(services, 'D1');
    tallyInSheets(services, 'D1');
    services.spreadsheet.sheet('Chấm D1 TV02').cell(2, 4).value = 1;
    tallyInSheets(services, 'D1');
    const hashes = services.spreadsheet
      .sheet('Nhật ký')
      .values()
      .filter((r) => r[2] === 'Tính kết quả')
      .map((r) => r[4]);
    expect(hashes[0]).toBe(hashes[1]);
    expect(hashes[2]).not.toBe(hashes[1]);
  });

  test('a failure while writing leaves the previous results, is logged and releases the lock', () => {
    const services = scoredSchool();
    tallyInSheets(services, 'D1');
    const previous = services.spreadsheet.sheet('Kết quả D1').values();
    services.spreadsheet.sheet('Chấm D1 TV02').cell(2, 4).value = 1;
    services.calls.failOn('Range.setValues');
    expect(() => tallyInSheets(services, 'D1')).toThrow(/kết quả cũ vẫn được giữ nguyên/);
    expect(services.spreadsheet.sheet('Kết quả D1').values()).toEqual(previous);
    expect(services.spreadsheet.sheets.filter((s) => s.name.startsWith('~'))).toEqual([]);
    const log = services.spreadsheet.sheet('Nhật ký').values();
    expect(log).toHaveLength(4); // header, cards, the first tally, the failed one
    expect(log[3].slice(2, 4)).toEqual(['Tính kết quả', 'D1']);
    expect(log[3][MSG.log.headers.indexOf('Sự cố')]).toMatch(/^Không ghi được kết quả \(Service error.*Hãy chạy lại/);
    expect(services.LockService.documentLock.holder).toBeNull();
  });

  test('a second user gets a clear message while the lock is held, and writes nothing', () => {
    const services = scoredSchool();
    const other = services.LockService.getDocumentLock();
    expect(other.tryLock(1000)).toBe(true);
    expect(() => tallyInSheets(services, 'D1')).toThrow(MSG.busy);
    expect(MSG.busy).toMatch(/^Đang có người khác chạy một thao tác .*: chưa làm gì\. Hãy thử lại sau ít phút\.$/);
    expect(services.spreadsheet.sheets.map((s) => s.name)).not.toContain('Kết quả D1');
    expect(services.clock.ms).toBe(10_000);
    other.releaseLock();
    expect(tallyInSheets(services, 'D1').resultSheet).toBe('Kết quả D1');
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
