// `Nhật ký`: one layout for tallies and exports, and older log sheets brought up to it.
import { MSG } from '../../src/gas/messages';
import { appsScriptExportServices } from '../../src/gas/exports';
import { ensureLogSheet } from '../../src/gas/log';
import { installFakeGlobals } from './fake';
import { smallSchool } from './school';

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
