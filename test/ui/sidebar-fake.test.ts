// The sidebar in real Chromium against a stand-in server (fixtures), at 300 px and 1280 px: the flow's mechanics
// — data with an error stops the tally and asks, progress and the locked picker while running, readable failures,
// the export's own label and its card replaced on a repeat, the "select the cell" notice, keyboard use.
import { startDevServer, type DevServer } from '../../src/node/dev-server';
import { M, failure, text } from '../../src/ui/messages';
import type { ExportView } from '../../src/workbook/api';
import { WIDTHS, describeBrowser, inViewport, openBrowser, requireSidebar, screenshot, scrollsSideways, type Browser } from './browser';
import { OVERVIEW, TIE_BREAKS, VALIDATION, fakeServerApi, tallyView } from './fixtures';

describe.each(WIDTHS)('at %i px', (width) => {
  describeBrowser('sidebar with a stand-in server (Chromium)', () => {
    let server: DevServer;
    let browser: Browser;
    let releaseTally: () => void = () => undefined;
    let releaseExport: () => void = () => undefined;
    let failNextTally = false;
    let exports = 0;
    const shot = (name: string) => `ui-fake-${width}-${name}`;

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
          exportDocument: (id: string, phaseId?: string) =>
            new Promise<ExportView>((resolve) => {
              exports++;
              releaseExport = () =>
                resolve({
                  kind: id,
                  title: `Đề nghị ${phaseId ?? ''}`,
                  links: [{ label: `Đề nghị ${phaseId} (${exports}).xlsx`, url: `/files/${exports}.xlsx` }],
                  warnings: [],
                });
            }),
        }),
      });
      browser = await openBrowser(width);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('stops before a tally on data with an error, naming the count, and shows no ✓ for reading', async () => {
      const { page } = browser;
      await page.goto(server.url);
      await page.getByLabel(M.phaseLabel, { exact: true }).selectOption('D1');
      expect(await page.locator('#school-year').textContent()).toBe('Năm học 2025 – 2026');
      expect(await page.locator('#phase option[value="D1"]').textContent()).toBe('Đợt 1');
      expect(await page.locator('#phase-detail').textContent()).toBe('Chào mừng 20/11 · 05/09/2025 – 20/11/2025');
      await page.locator('#tally').click();
      const force = page.getByRole('button', { name: text.forceTally(VALIDATION.errors) });
      await force.waitFor();
      expect(await page.locator('#tally-confirm').textContent()).toContain(`${VALIDATION.errors} lỗi`);
      expect(await page.locator('.progress__step--done').count()).toBe(0);
      expect(await page.locator('.progress__step').first().getAttribute('data-state')).toBe('flagged');
      expect(await page.locator('#results').isHidden()).toBe(true);
      expect(await page.locator('#tab-check-count').textContent()).toBe(String(VALIDATION.errors));
      await screenshot(page, shot('1-asks'));
    });

    it('tallies when told to: the picker is locked and the button says what runs, then the results', async () => {
      const { page } = browser;
      await page.getByRole('button', { name: text.forceTally(VALIDATION.errors) }).click();
      const running = page.locator('#tally');
      await page.locator('.progress__step--running', { hasText: M.progressCompute }).waitFor();
      expect(await running.isDisabled()).toBe(true);
      expect(await running.textContent()).toBe(M.tallyRunning);
      expect(await page.locator('#phase').isDisabled()).toBe(true);
      await screenshot(page, shot('2-running'));
      releaseTally();
      await page.locator('#results:not([hidden])').waitFor();
      expect(await page.locator('#phase').isDisabled()).toBe(false);
      expect(await page.locator('.progress__step--done').count()).toBe(1); // only the write: reading and computing are flagged
      expect(await page.locator('.progress__step--flagged').count()).toBe(2);
      expect(await page.locator('#tally-on-errors').textContent()).toBe(text.tallyOnErrors(VALIDATION.errors));
      expect(await running.isDisabled()).toBe(false);
      expect(await page.locator('article[data-award="CSTDCS"] .person--pending').count()).toBe(2);
      expect(await page.locator('article[data-award="CSTDCS"]').textContent()).toContain(M.pendingBadge);
      // ties: CB004 and CB005 share 84,75 — ranked 4 and 5 by the tie-break, which is named
      await page.locator('#ranking li[data-id="CB004"] summary').click();
      expect(await page.locator('#ranking li[data-id="CB004"] .tie-note').textContent()).toBe(
        text.tieBroken('Hoàng Minh Đức (Hạng 5)', TIE_BREAKS[0].text),
      );
      // CB009 and CB010 are tied on everything: the same “Hạng 9”, each marked as a tie
      for (const id of ['CB009', 'CB010']) {
        const row = page.locator(`#ranking li[data-id="${id}"]`);
        expect(await row.locator('.entry__rank').textContent()).toBe(`Hạng 9${M.tieBadge}`);
        await row.locator('summary').click();
        expect(await row.locator('.tie-note').textContent()).toMatch(/^Bằng điểm, đồng hạng 9 với /);
      }
      await screenshot(page, shot('3-ties'), page.locator('#ranking li[data-id="CB009"]'));
      expect(await page.locator('#ranking li[data-id="CB001"] summary').getAttribute('aria-label')).toBe(
        'Hạng 1, Nguyễn Văn An, 91,25 điểm, Giấy khen của Hiệu trưởng, Chiến sĩ thi đua cơ sở. Bấm để xem chi tiết.',
      );
      expect(await scrollsSideways(page)).toBe(false);
      expect(await inViewport(page.locator('#to-export'))).toBe(true);
      await screenshot(page, shot('3-results'));
    });

    it('shows a failure as a readable Vietnamese message', async () => {
      const { page } = browser;
      failNextTally = true;
      await page.locator('#tally').click();
      await page.getByRole('button', { name: text.forceTally(VALIDATION.errors) }).click();
      await page.locator('.progress__step--running', { hasText: M.progressCompute }).waitFor();
      releaseTally();
      const alert = page.locator('#tally-error');
      await alert.waitFor({ state: 'visible' });
      expect(await alert.textContent()).toContain(failure.timeout);
      expect(await page.locator('.progress__step--failed').count()).toBe(1);
      await screenshot(page, shot('4-failure'));
      failNextTally = false;
    });

    it('exports with its own label, asks about the errors, and replaces the card on a repeat', async () => {
      const { page } = browser;
      await page.locator('#to-export').click();
      const button = page.locator('[data-document="de-nghi"]');
      expect(await inViewport(button)).toBe(true);
      for (const round of [1, 2]) {
        await button.click();
        await page.getByRole('button', { name: text.forceExport(VALIDATION.errors) }).click();
        await page.locator('[data-document="de-nghi"]', { hasText: M.exporting }).waitFor();
        expect(await page.locator('#phase').isDisabled()).toBe(true);
        expect(await page.locator('#tally').textContent()).toBe(M.tallyButton);
        if (round === 1) {
          // a long export counts its seconds
          const counting = page.locator('[data-document="de-nghi"]', { hasText: 'giây' });
          await counting.waitFor();
          expect(await counting.textContent()).toMatch(/^Đang xuất… \d+ giây$/);
          await screenshot(page, shot('5-exporting'));
        }
        releaseExport();
        await page.locator('#exports a', { hasText: `(${exports})` }).waitFor();
        expect(await page.locator('#exports .export').count()).toBe(1);
      }
      expect(await page.locator('#exports .export__time').textContent()).toMatch(/^Xuất lúc \d\d:\d\d$/);
      await screenshot(page, shot('6-exported'));
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
      // arrow keys move between the tabs
      await page.locator('#tab-check').focus();
      await page.keyboard.press('ArrowRight');
      expect(await page.locator('#tab-results').getAttribute('aria-selected')).toBe('true');
      expect(await page.locator('#panel-results').isVisible()).toBe(true);
      // every control has a label
      const unlabeled = await page.evaluate(
        () =>
          Array.from(document.querySelectorAll('select, input, button')).filter((e) => {
            const labels = (e as HTMLInputElement).labels;
            return !(labels && labels.length > 0) && !(e.textContent ?? '').trim() && !e.getAttribute('aria-label');
          }).length,
      );
      expect(unlabeled).toBe(0);
      await screenshot(page, shot('7-problem-notice'));
    });
  });
});
