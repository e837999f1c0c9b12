// The built dist/Code.js, loaded as Apps Script loads it: one script in a context holding only Apps Script-like
// globals (the fake services; no require, process, module or fetch).
import { createContext, runInContext } from 'node:vm';
import { MENU, TRIGGERS, menuHandlers } from '../../src/gas/menu';
import { SERVER_FUNCTIONS } from '../../src/workbook/api';
import type { MenuEntry } from '../../src/gas/menu';
import { createFakeServices, fakeGlobals, FakeServices } from './fake';
import type { FakeMenuItem } from './fake/spreadsheet';
import { fillMarks, smallSchool } from './school';
import { readDist } from '../build/ensure-built';

let code = '';

beforeAll(() => {
  code = readDist('Code.js');
});

function load(services: FakeServices): Record<string, unknown> {
  const context = createContext({ ...fakeGlobals(services), console });
  runInContext(code, context, { filename: 'Code.js' });
  return context as Record<string, unknown>;
}

describe('dist/Code.js in an Apps Script-like context', () => {
  test('defines every trigger, menu handler and server function as a top-level function', () => {
    const context = load(createFakeServices());
    for (const name of [...TRIGGERS, ...menuHandlers(MENU), ...SERVER_FUNCTIONS]) expect(typeof context[name]).toBe('function');
    for (const name of ['require', 'process', 'module', 'fetch']) expect(context[name]).toBeUndefined();
  });

  test('onOpen builds the menu in AuthMode.NONE without touching the document, and in FULL', () => {
    const none = createFakeServices({ authMode: 'NONE' });
    (load(none).onOpen as (e: unknown) => void)({ authMode: 'NONE' });
    expect(none.SpreadsheetApp.ui.menus).toHaveLength(1);
    expect(none.calls.of('SpreadsheetApp.getActiveSpreadsheet')).toBe(0);
    expect(none.calls.table().filter(([n]) => n.startsWith('PropertiesService'))).toEqual([]);

    const full = createFakeServices();
    (load(full).onInstall as (e: unknown) => void)({ authMode: 'FULL' });
    expect(full.SpreadsheetApp.ui.menus[0].items.length).toBe(MENU.length);

    // the same Vietnamese add-on menu in both modes, item by item, built with createAddonMenu
    const expected = (entries: MenuEntry[]): FakeMenuItem[] =>
      entries.map((e) =>
        e === 'separator'
          ? { label: '', separator: true }
          : 'items' in e
            ? { label: e.label, items: expected(e.items) }
            : { label: e.label, handler: e.handler },
      );
    for (const services of [none, full]) {
      expect(services.calls.of('Ui.createAddonMenu')).toBe(1);
      expect(services.SpreadsheetApp.ui.menus[0].items).toEqual(expected(MENU));
    }
    expect(menuHandlers(MENU)).toContain('showSidebar');
    expect(JSON.stringify(MENU)).toMatch(/Tính kết quả/);
  });

  test('runTally end to end on a small sheet set', () => {
    const services = smallSchool();
    const context = load(services);
    services.SpreadsheetApp.ui.answers.push({ text: 'D1' });
    (context.createScoreCards as () => void)();
    for (const [id, base] of [
      ['TV01', 5],
      ['TV02', 6],
      ['TV03', 7],
    ] as const)
      fillMarks(services, `Chấm D1 ${id}`, base);
    const view = (context.runTally as (phase: string) => { resultSheet: string; awards: { recipients: unknown[] }[] })('D1');
    expect(view.resultSheet).toBe('Kết quả D1');
    expect(view.awards[0].recipients).toHaveLength(2);
    expect(services.spreadsheet.sheet('Kết quả D1').values().length).toBeGreaterThan(4);
    expect((context.goToCell as (cell: string) => boolean)('Cán bộ!A2')).toBe(true);
  });
});
