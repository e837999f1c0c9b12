import { Handlers, onOpen } from '../../src/gas/addon';
import { goToCell } from '../../src/gas/navigation';
import { MENU, menuHandlers } from '../../src/gas/menu';
import type { ServerApi } from '../../src/workbook/api';
import { getOverview, validateData } from '../../src/workbook/service';
import { SheetsWorkbook } from '../../src/gas/sheets-workbook';
import { tallyInSheets } from '../../src/gas/tally';
import { createFakeServices, FakeMenuItem, FakeServices } from './fake';
import { smallSchool } from './school';

function flatten(items: FakeMenuItem[]): string[] {
  return items.flatMap((i) => (i.items ? flatten(i.items) : i.handler ? [i.handler] : []));
}

function api(services: FakeServices): ServerApi {
  const ss = () => services.SpreadsheetApp.getActiveSpreadsheet();
  return {
    getOverview: () => getOverview(new SheetsWorkbook(ss())),
    validateData: () => validateData(new SheetsWorkbook(ss())),
    runTally: (phase) => tallyInSheets(services, phase),
    exportDocument: (id) => ({ kind: id, title: 'x', links: [], warnings: [] }),
    goToCell: (cell) => goToCell(ss(), cell),
    getCollectionProgress: () => ({ progress: null, stopped: false }),
  };
}

describe('add-on menu and handlers', () => {
  test('in AuthMode.NONE onOpen only builds the menu (no document, no properties)', () => {
    const services = createFakeServices({ authMode: 'NONE' });
    onOpen(services, { authMode: 'NONE' });
    const [menu] = services.SpreadsheetApp.ui.menus;
    expect(flatten(menu.items)).toEqual(menuHandlers(MENU));
    expect(menu.items.filter((i) => i.separator)).toHaveLength(3);
    expect(menu.items.find((i) => i.handler === 'exportDocumentFromMenu')?.label).toBe('Xuất văn bản…');
    expect([...services.calls.byName.keys()].every((n) => /^(Ui|Menu|SpreadsheetApp\.getUi)/.test(n))).toBe(true);
  });

  test('in FULL mode onOpen hints at set-up until the workbook is set up', () => {
    const services = createFakeServices();
    onOpen(services, { authMode: 'FULL' });
    expect(services.spreadsheet.toasts).toHaveLength(1);
    services.PropertiesService.document.map.set('thidua.setupVersion', '1');
    onOpen(services, { authMode: 'FULL' });
    expect(services.spreadsheet.toasts).toHaveLength(1);
  });

  test('goToCell activates the cell a problem names', () => {
    const services = smallSchool();
    expect(goToCell(services.spreadsheet, 'Cán bộ!B3')).toBe(true);
    expect(services.spreadsheet.active).toMatchObject({ sheet: { name: 'Cán bộ' }, a1: 'B3' });
    expect(goToCell(services.spreadsheet, 'Tiêu chí!D:D')).toBe(true);
    expect(services.spreadsheet.active?.a1).toBe('D1');
    expect(goToCell(services.spreadsheet, 'Không có!A1')).toBe(false);
  });

  test('tally from the menu: asks the phase, writes, selects the results, reports the counts', () => {
    const services = smallSchool();
    const ui = services.SpreadsheetApp.ui;
    const handlers = new Handlers(services, api(services));
    ui.answers.push({ text: 'D1' });
    handlers.createScoreCards();
    expect(ui.prompts[0]).toContain('(D1)');
    ui.answers.push({ text: 'D1' });
    handlers.tallyPhase();
    expect(services.spreadsheet.active?.sheet.name).toBe('Kết quả D1');
    expect(ui.alerts[ui.alerts.length - 1]).toContain('Đã ghi kết quả vào trang tính “Kết quả D1”');
  });

  test('errors become alerts naming the problem; check data lists cells as links', () => {
    const services = smallSchool();
    const ui = services.SpreadsheetApp.ui;
    const handlers = new Handlers(services, api(services));
    ui.answers.push({ text: 'D7' });
    handlers.createVoteSheets();
    expect(ui.alerts[0]).toContain('Không có đợt thi đua “D7”');
    services.spreadsheet.sheet('Tiêu chí').cell(2, 4).value = 'mười';
    handlers.checkData();
    const page = String((ui.dialogs[0].html as unknown as { content: string }).content);
    expect(page).toContain('google.script.run.goToCell(&#34;Tiêu chí!D2&#34;)');
  });
});
