// "Đã thu x/y trường" (issue 16): in an office workbook collecting the schools' summaries, the sidebar shows how
// far the collection has got. The line comes from the Apps Script server function over the document properties
// that a real (simulated) collection left behind, and is shown by the sidebar in Chromium at 300 px and 1280 px.
import { RUN_PROPERTY, collectFromMenu, collectionProgress, gasOfficeHost } from '../../src/gas/consolidate';
import { serverApi } from '../../src/gas/server';
import { startDevServer, type DevServer } from '../../src/node/dev-server';
import { localServerApi } from '../../src/node/local-api';
import { M } from '../../src/ui/messages';
import { createFakeServices, type FakeServices } from '../gas/fake';
import { FakeProvince } from '../office/province';
import { WIDTHS, describeBrowser, openBrowser, requireSidebar, screenshot, scrollsSideways, type Browser } from './browser';
import { fakeServerApi } from './fixtures';

/**
 * Fake Apps Script services whose document properties hold a collection stopped half-way (60 schools): a real run
 * of the collection on the province fake, ended by its time budget, its properties copied to fresh services.
 */
function collectingOffice(): { services: FakeServices; progress: string | null } {
  const province = new FakeProvince({ schools: 60, staff: 5 }).install();
  let progress: string | null;
  const services = createFakeServices();
  try {
    collectFromMenu({ now: province.now, budgetMs: 10_000 });
    progress = collectionProgress(gasOfficeHost(province.now));
    for (const [k, v] of province.services.PropertiesService.document.map)
      services.PropertiesService.getDocumentProperties().setProperty(k, v);
  } finally {
    province.uninstall();
  }
  return { services, progress };
}

describe('getCollectionProgress (the server function)', () => {
  it('in Apps Script: the line of the running collection, from the document properties', () => {
    const { services, progress } = collectingOffice();
    const view = serverApi(services).getCollectionProgress();
    expect(view.progress).toMatch(/^Đã thu \d+\/60 trường$/);
    expect(view.progress).toBe(progress);
    // once the run is over (its state removed), nothing is shown
    services.PropertiesService.getDocumentProperties().deleteProperty(RUN_PROPERTY);
    expect(serverApi(services).getCollectionProgress()).toEqual({ progress: null, stopped: false });
  });

  it('in a school workbook (no collection) and in the dev server: null', () => {
    expect(serverApi(createFakeServices()).getCollectionProgress()).toEqual({ progress: null, stopped: false });
    expect(localServerApi('unused.xlsx').getCollectionProgress()).toEqual({ progress: null, stopped: false });
  });
});

describe.each(WIDTHS)('at %i px', (width) => {
  describeBrowser('sidebar of an office workbook collecting the schools (Chromium)', () => {
    let server: DevServer;
    let browser: Browser;
    const { services } = collectingOffice();
    const expected = serverApi(services).getCollectionProgress().progress;

    beforeAll(async () => {
      server = await startDevServer({
        sidebarPath: requireSidebar(),
        api: fakeServerApi({ getCollectionProgress: () => serverApi(services).getCollectionProgress() }),
      });
      browser = await openBrowser(width);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('shows “Đã thu x/y trường” and that the collection goes on by itself', async () => {
      const { page } = browser;
      await page.goto(server.url);
      const line = page.getByRole('status', { name: M.collectionLabel });
      await line.waitFor();
      expect(await page.locator('#collection-progress').textContent()).toBe(expected);
      expect(await line.textContent()).toContain(M.collectionRunning);
      expect(await scrollsSideways(page)).toBe(false);
      await screenshot(page, `ui-office-${width}-collecting`, page.locator('header'));
    });

    it('asks again every minute while the collection runs, and the line goes when it is done', async () => {
      // the server's answers in turn: two runs' progress, then no collection (its state removed at the end)
      const answers = ['Đã thu 10/60 trường', 'Đã thu 35/60 trường', null];
      let asked = 0;
      const polling = await startDevServer({
        sidebarPath: requireSidebar(),
        api: fakeServerApi({ getCollectionProgress: () => ({ progress: answers[Math.min(asked++, answers.length - 1)], stopped: false }) }),
      });
      try {
        const { page } = browser;
        await page.clock.install();
        await page.goto(polling.url);
        const progress = page.locator('#collection-progress');
        await progress.waitFor();
        expect(await progress.textContent()).toBe('Đã thu 10/60 trường');
        await page.clock.fastForward(59_000);
        expect(await progress.textContent()).toBe('Đã thu 10/60 trường');
        await page.clock.fastForward(1_000);
        await page.getByText('Đã thu 35/60 trường').waitFor();
        await page.clock.fastForward(60_000);
        await progress.waitFor({ state: 'detached' });
        expect(asked).toBe(3);
        // nothing more is asked once the collection is over
        await page.clock.fastForward(180_000);
        expect(asked).toBe(3);
      } finally {
        await browser.page.goto('about:blank');
        await polling.close();
      }
    });

    it('a collection stopped for good shows why, and does not claim to go on or ask again', async () => {
      const why =
        'Đã dừng thu hồ sơ ở 10/60 trường: Bảng tính cơ quan có lỗi, chưa thu: … Hãy sửa rồi chọn lại “Thu thập hồ sơ các trường”.';
      let asked = 0;
      const stopped = await startDevServer({
        sidebarPath: requireSidebar(),
        api: fakeServerApi({ getCollectionProgress: () => (asked++, { progress: why, stopped: true }) }),
      });
      try {
        const { page } = browser;
        await page.clock.install();
        await page.goto(stopped.url);
        const line = page.locator('#collection-progress');
        await line.waitFor();
        expect(await line.textContent()).toBe(why);
        expect(await page.locator('#collection').textContent()).not.toContain(M.collectionRunning);
        await page.clock.fastForward(180_000);
        expect(asked).toBe(1);
        await screenshot(page, `ui-office-${width}-stopped`, page.locator('header'));
      } finally {
        await browser.page.goto('about:blank');
        await stopped.close();
      }
    });

    it('shows nothing of the kind in a school workbook', async () => {
      const plain = await startDevServer({ sidebarPath: requireSidebar(), api: fakeServerApi() });
      try {
        const { page } = browser;
        await page.goto(plain.url);
        await page.locator('#phase:not([disabled])').waitFor();
        expect(await page.locator('#collection').isHidden()).toBe(true);
      } finally {
        await browser.page.goto('about:blank');
        await plain.close();
      }
    });
  });
});
