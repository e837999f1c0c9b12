// The sidebar never goes green on broken data, over real workbooks on the dev server, at 300 px and 1280 px:
// a workbook without `Cán bộ` and one with two card errors stop the tally and the export and name the errors;
// the year end (CN) explains each score by its phases, and after its tally the export is in view.
import { rmSync } from 'node:fs';
import { fileLink, startDevServer, type DevServer } from '../../src/node/dev-server';
import { localServerApi } from '../../src/node/local-api';
import { writeXlsxFile } from '../../src/node/xlsx/index';
import { M, text } from '../../src/ui/messages';
import { demoSheets } from '../../sheets-templates/demo-school';
import {
  WIDTHS,
  describeBrowser,
  inViewport,
  openBrowser,
  requireSidebar,
  screenshot,
  screenshotViewport,
  scrollsSideways,
  type Browser,
} from './browser';
import { demoCopy, putBadMark } from './demo-workbook';

async function serve(file: string, outDir: string): Promise<DevServer> {
  return startDevServer({
    sidebarPath: requireSidebar(),
    api: localServerApi(file, { outDir, linkFor: (p) => fileLink(outDir, p) }),
    filesDir: outDir,
  });
}

describe.each(WIDTHS)('at %i px', (width) => {
  describeBrowser('sidebar on broken and year-end workbooks (Chromium, dev server)', () => {
    const shot = (name: string) => `ui-trust-${width}-${name}`;
    let demo: { dir: string; file: string };
    let browser: Browser;

    beforeAll(async () => {
      demo = demoCopy();
      browser = await openBrowser(width);
    });

    afterAll(async () => {
      await browser?.close();
      if (demo) rmSync(demo.dir, { recursive: true, force: true });
    });

    async function expectStopped(errors: number, name: string): Promise<void> {
      const { page } = browser;
      await page.locator('#tally').click();
      await page.getByRole('button', { name: text.forceTally(errors) }).waitFor({ timeout: 20_000 });
      expect(await page.locator('.progress__step--done').count()).toBe(0);
      expect(await page.locator('.progress__step[data-state="flagged"]').count()).toBe(1);
      expect(await page.locator('#results').isHidden()).toBe(true);
      expect(await page.locator('#tab-check-count').textContent()).toBe(String(errors));
      await screenshot(page, shot(`${name}-tally-asks`));
      // the export asks too
      await page.locator('#to-export').click();
      await page.locator('[data-document="de-nghi"]').click();
      await page.getByRole('button', { name: text.forceExport(errors) }).waitFor({ timeout: 20_000 });
      expect(await page.locator('#exports .export').count()).toBe(0);
      await screenshot(page, shot(`${name}-export-asks`));
    }

    it('a workbook without “Cán bộ”: tally and export stop and name the error', async () => {
      const file = `${demo.dir}/khong-can-bo.xlsx`;
      writeXlsxFile(
        file,
        demoSheets().filter((s) => s.name !== 'Cán bộ'),
      );
      const server = await serve(file, `${demo.dir}/out1`);
      try {
        const { page } = browser;
        await page.goto(server.url);
        await page.locator('#phase:not([disabled])').waitFor();
        await expectStopped(1, 'no-staff');
        // once told to, it tallies, and the result says what it stands on
        await page.locator('#tab-results').click();
        await page.locator('#tally').click();
        await page.getByRole('button', { name: text.forceTally(1) }).click();
        await page.locator('#results:not([hidden])').waitFor({ timeout: 20_000 });
        expect(await page.locator('#tally-on-errors').isVisible()).toBe(true);
        expect(await page.locator('.progress__step--flagged').count()).toBe(2);
        expect(await page.locator('#ranking').textContent()).toContain(M.rankingEmptyAll);
        expect(await scrollsSideways(page)).toBe(false);
        await screenshot(page, shot('no-staff-forced'));
      } finally {
        await browser.page.goto('about:blank'); // lets the server close without waiting on the page's connections
        await server.close();
      }
    });

    it('a workbook with two card errors: both are counted before anything is computed', async () => {
      const file = `${demo.dir}/hai-loi.xlsx`;
      writeXlsxFile(file, demoSheets());
      putBadMark(file, 'D1', 999);
      putBadMark(file, 'D2', 999);
      const server = await serve(file, `${demo.dir}/out2`);
      try {
        const { page } = browser;
        await page.goto(server.url);
        await page.locator('#phase:not([disabled])').waitFor();
        await expectStopped(2, 'two-errors');
        await page.getByRole('button', { name: M.showErrors }).click();
        expect(await page.locator('#panel-check').isVisible()).toBe(true);
        expect(await page.locator('#problems .problem--error').count()).toBe(2);
        await screenshot(page, shot('two-errors-listed'));
      } finally {
        await browser.page.goto('about:blank'); // lets the server close without waiting on the page's connections
        await server.close();
      }
    });

    it('year end (CN): rows show the phase scores and weights, and the export is in view after the tally', async () => {
      const server = await serve(demo.file, `${demo.dir}/out3`);
      try {
        const { page } = browser;
        await page.goto(server.url);
        await page.locator('#phase:not([disabled])').waitFor();
        await page.getByLabel(M.phaseLabel, { exact: true }).selectOption('CN');
        // click and look at the picker in the same turn of the page (a local tally may finish within a round trip)
        const lockedWhileRunning = await page.evaluate(() => {
          (document.getElementById('tally') as HTMLButtonElement).click();
          return (document.getElementById('phase') as HTMLSelectElement).disabled;
        });
        expect(lockedWhileRunning).toBe(true);
        await page.locator('#results:not([hidden])').waitFor({ timeout: 20_000 });
        expect(await page.locator('#phase').isDisabled()).toBe(false);
        expect(await page.locator('.progress__step--done').count()).toBe(3);
        expect(await inViewport(page.locator('#to-export'))).toBe(true);
        await screenshot(page, shot('cn-results'));
        await screenshotViewport(page, shot('cn-results-viewport'));
        // a long award card: its first names, then “Xem tất cả (n)” that shows the rest in place
        const code = await page
          .locator('article.award', { has: page.locator('[data-show-all]') })
          .first()
          .getAttribute('data-award');
        const long = page.locator(`article.award[data-award="${code}"]`);
        const all = await long.locator('.person--awarded').count();
        expect(all).toBeGreaterThan(6);
        expect(await long.locator('.person--awarded:visible').count()).toBe(5);
        await long.getByRole('button', { name: `Xem tất cả (${all})` }).click();
        expect(await long.locator('.person--awarded:visible').count()).toBe(all);
        const entry = page.locator('#ranking li.entry').first();
        await entry.locator('summary').click();
        const rows = entry.locator('table.year tbody tr');
        expect(await rows.count()).toBe(3);
        expect(await entry.textContent()).not.toContain(M.notScored);
        expect(await entry.locator('table.year caption').textContent()).toBe(M.yearHeading);
        await screenshot(page, shot('cn-row'), entry);
        expect(await page.locator('#ranking').textContent()).not.toContain(M.notScored);
        // scrolled down the ranking, the next action is still there
        await page.locator('#ranking li.entry').last().scrollIntoViewIfNeeded();
        expect(await inViewport(page.locator('#to-export'))).toBe(true);
        await screenshotViewport(page, shot('cn-scrolled-viewport'));
        await page.locator('#to-export').click();
        const exportButton = page.locator('[data-document="de-nghi"]');
        expect(await inViewport(exportButton)).toBe(true);
        await screenshot(page, shot('cn-export-tab'));
        await page.setViewportSize({ width, height: 700 });
        const chart = page.locator('#chart svg.chart__svg');
        await page.locator('#tab-results').click();
        expect((await chart.boundingBox())?.width ?? 0).toBeLessThanOrEqual(420);
        await screenshot(page, shot('cn-chart'), page.locator('#chart'));
      } finally {
        await browser.page.goto('about:blank'); // lets the server close without waiting on the page's connections
        await server.close();
      }
    });
  });
});
