// The built dist/Code.js, loaded as Apps Script loads it: one script in a context holding only Apps Script-like
// globals (the fake services; no require, process, module or fetch).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { MENU, SERVER_FUNCTIONS, TRIGGERS, menuHandlers } from '../../src/gas/menu';
import { createFakeServices, fakeGlobals, FakeServices } from './fake';
import { fillMarks, smallSchool } from './school';

const root = join(__dirname, '..', '..');
let code = '';

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'pipe' });
  code = readFileSync(join(root, 'dist', 'Code.js'), 'utf8');
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
  });

  test('runTally end to end on a small sheet set', () => {
    const services = smallSchool();
    const context = load(services);
    services.SpreadsheetApp.ui.answers.push({ text: 'D1' });
    (context.createScoreCards as () => void)();
    for (const [id, base] of [['TV01', 5], ['TV02', 6], ['TV03', 7]] as const) fillMarks(services, `Chấm D1 ${id}`, base);
    const view = (context.runTally as (phase: string) => { resultSheet: string; awards: { recipients: unknown[] }[] })('D1');
    expect(view.resultSheet).toBe('Kết quả D1');
    expect(view.awards[0].recipients).toHaveLength(2);
    expect(services.spreadsheet.sheet('Kết quả D1').values().length).toBeGreaterThan(4);
    expect((context.goToCell as (cell: string) => boolean)('Cán bộ!A2')).toBe(true);
  });
});
