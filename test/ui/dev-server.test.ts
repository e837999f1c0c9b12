import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch, fileLink, injectStandIn, parseDevArgs, startDevServer } from '../../src/node/dev-server';
import { SERVER_FUNCTIONS } from '../../src/workbook/api';
import { OVERVIEW, fakeServerApi } from './fixtures';
import { SIDEBAR } from './browser';

describe('dev server', () => {
  it('dispatches a call to the server function by name, through JSON like google.script.run', async () => {
    const api = fakeServerApi({ runTally: (phaseId) => ({ phaseId, when: new Date(0) }) as never });
    expect(await dispatch(api, JSON.stringify({ fn: 'getOverview', args: [] }))).toEqual({ ok: true, value: OVERVIEW });
    const tally = await dispatch(api, JSON.stringify({ fn: 'runTally', args: ['D1'] }));
    expect(tally).toEqual({ ok: true, value: { phaseId: 'D1', when: '1970-01-01T00:00:00.000Z' } });
  });

  it('answers a failure with the error message, and refuses unknown functions', async () => {
    const api = fakeServerApi({
      validateData: () => {
        throw new Error('Thiếu trang "Cán bộ"');
      },
    });
    expect(await dispatch(api, JSON.stringify({ fn: 'validateData', args: [] }))).toEqual({ ok: false, error: 'Thiếu trang "Cán bộ"' });
    expect((await dispatch(api, JSON.stringify({ fn: 'constructor', args: [] }))).ok).toBe(false);
    expect((await dispatch(api, 'not json')).ok).toBe(false);
  });

  it('injects a stand-in defining every server function before the page scripts', () => {
    const html = injectStandIn('<html><head><meta charset="utf-8"></head><body><script>app()</script></body></html>');
    expect(html.indexOf('window.google')).toBeLessThan(html.indexOf('app()'));
    for (const fn of SERVER_FUNCTIONS) expect(html).toContain(`"${fn}"`);
  });

  it('links files under the output folder and reads its options', () => {
    expect(fileLink('/tmp/out', '/tmp/out/Đề nghị D1.xlsx')).toBe('/files/%C4%90%E1%BB%81%20ngh%E1%BB%8B%20D1.xlsx');
    expect(fileLink('/tmp/out', '/etc/passwd')).toBe('/etc/passwd');
    expect(parseDevArgs(['x.xlsx', '--port', '8080'], {}, '/r')).toEqual({
      file: join(process.cwd(), 'x.xlsx'),
      port: 8080,
      out: '/r/out',
    });
    expect(parseDevArgs([], { PORT: '9000' }, '/r')).toEqual({ file: '/r/sheets-templates/demo.xlsx', port: 9000, out: '/r/out' });
    expect(() => parseDevArgs(['--port', 'abc'], {}, '/r')).toThrow();
  });

  it('serves the sidebar on an ephemeral port and never a file outside the output folder', async () => {
    const server = await startDevServer({ api: fakeServerApi(), sidebarPath: '/nonexistent/Sidebar.html', filesDir: __dirname });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect((await fetch(server.url)).status).toBe(500);
      expect((await fetch(`${server.url}files/..%2Fpackage.json`)).status).toBe(404);
      expect((await fetch(`${server.url}files/fixtures.ts`)).status).toBe(200);
      const answer = await fetch(`${server.url}api`, { method: 'POST', body: JSON.stringify({ fn: 'goToCell', args: ['A!B2'] }) });
      expect(await answer.json()).toEqual({ ok: true, value: false });
    } finally {
      await server.close();
    }
  });

  (existsSync(SIDEBAR) ? it : it.skip)('builds a self-contained sidebar: no external script, style, font or image', () => {
    const html = readFileSync(SIDEBAR, 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    expect(html).not.toMatch(/@import|url\(\s*['"]?https?:/i);
    expect(html).not.toContain('<!-- STYLE -->');
    expect(html).not.toContain('<!-- SCRIPT -->');
  });
});
