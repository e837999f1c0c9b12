// The sidebar in real Chromium against a stand-in server (fixtures): the flow's mechanics — progress and the
// disabled button while running, readable failures, the "select the cell" notice, keyboard use, 300 px width.
import { startDevServer, type DevServer } from '../../src/node/dev-server';
import { M, failure } from '../../src/ui/messages';
import { describeBrowser, openBrowser, requireSidebar, screenshot, scrollsSideways, type Browser } from './browser';
import { OVERVIEW, fakeServerApi, tallyView } from './fixtures';

describeBrowser('sidebar with a stand-in server (Chromium)', () => {
  let server: DevServer;
  let browser: Browser;
  let releaseTally: () => void = () => undefined;
  let failNextTally = false;

  beforeAll(async () => {
    server = await startDevServer({
      sidebarPath: requireSidebar(),
      api: fakeServerApi({
        runTally: (phaseId) =>
          new Promise((resolve, reject) => {
            releaseTally = () => {
              if (failNextTally) reject(new Error('Exceeded maximum execution time'));
              else resolve({ ...tallyView(), phase: OVERVIEW.phases.find((p) => p.id === phaseId) ?? OVERVIEW.phases[0] });
            };
          }),
      }),
    });
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows progress and a disabled button while the tally runs, then the results', async () => {
    const { page } = browser;
    await page.goto(server.url);
    await page.getByLabel(M.phaseLabel, { exact: true }).selectOption('D1');
    const button = page.getByRole('button', { name: M.tallyButton });
    await button.click();
    const running = page.locator('#tally');
    await page.locator('.progress__step--running', { hasText: M.progressCompute }).waitFor();
    expect(await running.isDisabled()).toBe(true);
    expect(await running.textContent()).toBe(M.tallyRunning);
    await screenshot(page, 'ui-fake-1-running');
    releaseTally();
    await page.locator('#results:not([hidden])').waitFor();
    expect(await page.locator('.progress__step--done').count()).toBe(3);
    expect(await running.isDisabled()).toBe(false);
    expect(await page.locator('article[data-award="CSTDCS"] .person--pending').count()).toBe(2);
    expect(await page.locator('article[data-award="CSTDCS"]').textContent()).toContain(M.pendingBadge);
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'ui-fake-2-results');
  });

  it('shows a failure as a readable Vietnamese message', async () => {
    const { page } = browser;
    failNextTally = true;
    await page.locator('#tally').click();
    await page.locator('.progress__step--running', { hasText: M.progressCompute }).waitFor();
    releaseTally();
    const alert = page.locator('#tally-error');
    await alert.waitFor({ state: 'visible' });
    expect(await alert.textContent()).toContain(failure.timeout);
    expect(await page.locator('.progress__step--failed').count()).toBe(1);
    await screenshot(page, 'ui-fake-3-failure');
    failNextTally = false;
  });

  it('is usable from the keyboard, and a problem click gives the dev-mode notice', async () => {
    const { page } = browser;
    await page.goto(server.url);
    await page.locator('#check:not([disabled])').waitFor();
    await page.locator('#check').focus();
    await page.keyboard.press('Enter');
    const first = page.locator('button[data-cell]').first();
    await first.waitFor();
    const cell = await first.getAttribute('data-cell');
    await first.focus();
    await page.keyboard.press('Enter');
    await page.locator('#check-status', { hasText: cell ?? '' }).waitFor();
    expect(await page.locator('#check-status').textContent()).toContain('Chế độ thử');
    // every control has a label
    const unlabeled = await page.evaluate(() =>
      Array.from(document.querySelectorAll('select, input, button')).filter((e) => {
        const labels = (e as HTMLInputElement).labels;
        return !(labels && labels.length > 0) && !(e.textContent ?? '').trim() && !e.getAttribute('aria-label');
      }).length,
    );
    expect(unlabeled).toBe(0);
    await screenshot(page, 'ui-fake-4-problem-notice');
  });
});
