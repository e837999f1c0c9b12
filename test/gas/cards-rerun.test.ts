// Issue 10 item 2 and the column widths of item 10: score cards re-run by another editor, as Apps Script does it
// (Sheet.protect() returns the existing protection; a protection the runner cannot edit refuses every change).
import { createScoreCards, createVoteSheets } from '../../src/gas/cards';
import { MSG } from '../../src/gas/messages';
import { createFakeServices } from './fake';
import { smallSchool } from './school';

describe('score cards re-run by an editor who is not the owner', () => {
  test('cards protected by someone else are skipped with a warning naming each; new cards are still made', () => {
    const services = smallSchool(createFakeServices({ activeUserEmail: 'thuky@truong.edu.vn' }));
    createScoreCards(services, 'D1');
    const ss = services.spreadsheet;
    ss.sheet('Hội đồng').load([['TV04', 'Đỗ Văn Tư', 'tu@truong.edu.vn']], 5);
    ss.sheet('Cán bộ').load([['CB099', 'Võ Thị Mới', 'T2']], 6);
    services.env.activeUserEmail = 'phohieutruong@truong.edu.vn';
    const report = createScoreCards(services, 'D1');
    expect(report.created).toEqual(['Chấm D1 TV04']);
    for (const id of ['TV01', 'TV02', 'TV03']) expect(report.warnings).toContain(MSG.sheetLocked(`Chấm D1 ${id}`));
    expect(ss.sheet('Chấm D1 TV01').values()).toHaveLength(5); // not touched: CB099 waits for someone who may edit it
    const [p] = ss.sheet('Chấm D1 TV04').protections;
    expect(p.allows('tu@truong.edu.vn')).toBe(true);
    expect(p.allows('hoa@truong.edu.vn')).toBe(false);
  });

  test('the fake is as strict as Google: protect() returns the existing protection, and it refuses changes', () => {
    const services = smallSchool();
    createScoreCards(services, 'D1');
    const sheet = services.spreadsheet.sheet('Chấm D1 TV01');
    const [existing] = sheet.protections;
    expect(sheet.protect()).toBe(existing);
    services.env.activeUserEmail = 'someone@truong.edu.vn';
    expect(existing.canEdit()).toBe(false);
    expect(() => existing.setDescription('x')).toThrow(/protected/);
    expect(() => existing.remove()).toThrow(/protected/);
    expect(() => sheet.getRange(2, 4).setValues([[5]])).toThrow(/protected/);
  });

  test('re-run by the same editor keeps one protection per card and the marks', () => {
    const services = smallSchool();
    createScoreCards(services, 'D1');
    services.spreadsheet.sheet('Chấm D1 TV01').cell(2, 4).value = 7;
    const report = createScoreCards(services, 'D1');
    expect(report.warnings.filter((w) => w.startsWith('Đã bỏ qua'))).toEqual([]);
    expect(services.spreadsheet.sheet('Chấm D1 TV01').protections).toHaveLength(1);
    expect(services.spreadsheet.sheet('Chấm D1 TV01').peek(2, 4).value).toBe(7);
  });

  test('a vote sheet protected by someone else is skipped with a warning', () => {
    const services = smallSchool();
    createVoteSheets(services, 'D1');
    services.env.activeUserEmail = 'phohieutruong@truong.edu.vn';
    const report = createVoteSheets(services, 'D1');
    expect(report.warnings).toEqual([MSG.sheetLocked('Phiếu D1')]);
  });
});

describe('column widths', () => {
  function widthCalls(criteria: number): number {
    const services = smallSchool();
    const rows = Array.from({ length: criteria }, (_, i) => [`TC${String(i + 3).padStart(2, '0')}`, `Tiêu chí ${i + 3}`, 'Cá nhân', 10]);
    services.spreadsheet.sheet('Tiêu chí').load(rows, 4);
    services.calls.reset();
    createScoreCards(services, 'D1');
    return services.calls.of('Sheet.setColumnWidth') + services.calls.of('Sheet.setColumnWidths');
  }

  test('one call per run of equal widths, whatever the number of criteria', () => {
    expect(widthCalls(20)).toBe(widthCalls(2));
    expect(widthCalls(2)).toBeLessThanOrEqual(3 * 4); // 3 cards × (Mã, Họ và tên, Đơn vị, the criteria)
  });
});
