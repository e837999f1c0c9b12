// The sidebar in real Chromium on the dev server with the demo school: check the data, tally phase 1 (D1), see the
// 6 giấy khen and their units, open one person's reasons, filter by unit, and see a bad mark reported.
// What the page shows is compared with what the same server functions return in Node.
import { rmSync } from 'node:fs';
import { fileLink, startDevServer, type DevServer } from '../../src/node/dev-server';
import { localServerApi } from '../../src/node/local-api';
import { openXlsx } from '../../src/node/xlsx/index';
import { runTally } from '../../src/workbook/service';
import type { TallyView } from '../../src/workbook/api';
import { M } from '../../src/ui/messages';
import { formatNumber } from '../../src/ui/format';
import { WIDTHS, describeBrowser, openBrowser, requireSidebar, screenshot, scrollsSideways, type Browser } from './browser';
import { demoCopy, putBadMark } from './demo-workbook';

describe.each(WIDTHS)('at %i px', (width) => {
  describeBrowser('sidebar on the demo school (Chromium, dev server)', () => {
    const shot = (name: string) => `ui-demo-${width}-${name}`;
    let demo: { dir: string; file: string };
    let server: DevServer;
    let browser: Browser;
    let expected: TallyView;

    beforeAll(async () => {
      demo = demoCopy();
      expected = runTally(openXlsx(demo.file), 'D1', { write: false });
      const outDir = `${demo.dir}/out`;
      server = await startDevServer({
        sidebarPath: requireSidebar(),
        api: localServerApi(demo.file, { outDir, linkFor: (p) => fileLink(outDir, p) }),
        filesDir: outDir,
      });
      browser = await openBrowser(width);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      if (demo) rmSync(demo.dir, { recursive: true, force: true });
    });

    it('opens with the school and its phases', async () => {
      const { page } = browser;
      await page.goto(server.url);
      await page.locator('#phase:not([disabled])').waitFor();
      expect(await page.locator('#school-name').textContent()).not.toBe(M.appTitle);
      const options = await page.locator('#phase option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      expect(options).toContain('D1');
      expect(await scrollsSideways(page)).toBe(false);
      await screenshot(page, shot('1-open'));
    });

    it('checks the data', async () => {
      const { page } = browser;
      await page.getByRole('button', { name: M.checkButton }).click();
      await page.locator('#problems .count-line, #problems .ok-line').first().waitFor();
      const errors = await page.locator('#problems .problem--error').count();
      expect(errors).toBe(0);
      // the registration warnings the exports give are listed here too
      expect(await page.locator('#problems .problem--warning', { hasText: 'đăng ký' }).count()).toBeGreaterThan(0);
      await screenshot(page, shot('2-checked'));
    });

    it('tallies D1 and shows the 6 giấy khen with their units', async () => {
      const { page } = browser;
      await page.getByLabel(M.phaseLabel, { exact: true }).selectOption('D1');
      await page.locator('#tally').click();
      await page.locator('#results:not([hidden])').waitFor({ timeout: 30_000 });
      expect(await page.locator('.progress__step--done').count()).toBe(3);

      const giayKhen = expected.awards.find((a) => a.kind === 'staff' && /giấy khen/i.test(a.name));
      if (!giayKhen) throw new Error('the demo has a giấy khen in D1');
      expect(giayKhen.recipients).toHaveLength(6);
      const card = page.locator(`article[data-award="${giayKhen.code}"]`);
      const rows = card.locator('.person--awarded');
      expect(await rows.count()).toBe(6);
      const shown = await rows.evaluateAll((els) =>
        els.map((e) => ({
          name: e.querySelector('.person__name')?.textContent,
          unit: e.querySelector('.person__unit')?.textContent,
          score: e.querySelector('.person__score')?.textContent,
        })),
      );
      expect(shown).toEqual(giayKhen.recipients.map((r) => ({ name: r.name, unit: r.unitName, score: formatNumber(r.score) })));
      expect(new Set(shown.map((s) => s.unit)).size).toBeGreaterThan(1);
      for (const u of giayKhen.byUnit ?? []) expect(await card.locator('.split').textContent()).toContain(`${u.unitName}: ${u.seats}`);
      expect(await page.locator(`.chart svg circle[data-award="${giayKhen.code}"]`).count()).toBe(6);
      // badges name the award, never its bare code
      const badges = await page.locator('#ranking .entry__meta .badge--awarded').allTextContents();
      expect(badges.length).toBeGreaterThan(0);
      const names = new Map(expected.awards.map((a) => [a.code, a.name]));
      for (const b of badges) expect([...names.values()].map((n) => `✓ ${n}`)).toContain(b);
      // looks like Google Sheets: Roboto/Arial, the blue `action` button for the next step
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/Roboto|Arial/);
      expect(await page.locator('#to-export').getAttribute('class')).toContain('action');
      expect(await page.locator('#to-export').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(26, 115, 232)');
      expect(await scrollsSideways(page)).toBe(false);
      // “Mở trang tính “Kết quả D1”” asks the server to activate that sheet (the dev server cannot, and says so)
      await page.locator('#open-sheet').click();
      await page.locator('#tally-status', { hasText: 'Kết quả D1' }).waitFor();
      await screenshot(page, shot('3-tally-d1'));
    });

    it("expands one person's reasons", async () => {
      const { page } = browser;
      const person = expected.participants.find((p) => p.kind === 'staff' && p.reasons.length > 0);
      if (!person) throw new Error('someone in D1 misses an award');
      const entry = page.locator(`#ranking li.entry[data-id="${person.id}"]`);
      await entry.locator('summary').focus();
      await page.keyboard.press('Enter');
      const reasons = entry.locator('.reason--failed');
      await reasons.first().waitFor();
      expect(await reasons.allTextContents()).toEqual(person.reasons.map((r) => `${`Không đạt ${r.awardName}`}: ${r.reason}`));
      expect(await entry.locator('.criteria tr').count()).toBe(person.criteria.length);
      // criteria with the school's decimals
      expect(await entry.locator('.criteria td').allTextContents()).toEqual(
        person.criteria.map((c) => formatNumber(c.value, expected.decimals)),
      );
      await screenshot(page, shot('4-reasons'), entry);
    });

    it('shows ties as ties (the same “Hạng”) and names the tie-break criterion that split equal scores', async () => {
      const { page } = browser;
      const staff = expected.participants.filter((p) => p.kind === 'staff');
      const tied = staff.filter((p) => p.sameScore.some((o) => o.decidedBy === null));
      const split = staff.find((p) => p.sameScore.some((o) => o.decidedBy !== null && o.decidedBy.id !== expected.tieBreaks.staff[0].id));
      if (tied.length < 2 || !split) throw new Error('the demo’s D1 has a tie that stands and one split by the second tie-break');
      for (const p of tied) {
        const row = page.locator(`#ranking li.entry[data-id="${p.id}"]`);
        expect(await row.locator('.entry__rank').textContent()).toBe(`Hạng ${p.rank}${M.tieBadge}`);
        await row.locator('summary').click();
        expect(await row.locator('.tie-note').first().textContent()).toMatch(new RegExp(`^Bằng điểm, đồng hạng ${p.rank} với `));
      }
      const row = page.locator(`#ranking li.entry[data-id="${split.id}"]`);
      await row.locator('summary').click();
      const by = split.sameScore.find((o) => o.decidedBy !== null && o.decidedBy.id !== expected.tieBreaks.staff[0].id);
      expect((await row.locator('.tie-note').allTextContents()).join(' ')).toContain(`“${by?.decidedBy?.text}”`);
      await row.scrollIntoViewIfNeeded();
      await screenshot(page, shot('4b-tie-break'), row);
    });

    it('filters the ranking by unit', async () => {
      const { page } = browser;
      const unit = expected.participants.find((p) => p.kind === 'staff' && p.unit)?.unit as string;
      await page.getByLabel(M.filterLabel).selectOption(unit);
      const ids = await page.locator('#ranking li.entry').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
      expect(ids).toEqual(expected.participants.filter((p) => p.kind === 'staff' && p.unit === unit).map((p) => p.id));
      // the chart highlights that unit
      expect(await page.locator(`#chart .chart-row--selected[data-unit="${unit}"]`).count()).toBe(1);
      await screenshot(page, shot('5-filtered'), page.locator('#results'));
    });

    it('exports the proposals of D1 and links the files', async () => {
      const { page } = browser;
      await page.locator('#to-export').click();
      await page.locator('[data-document="de-nghi"]').click();
      const link = page.locator('#exports .export[data-kind="de-nghi"] a').first();
      await link.waitFor({ timeout: 60_000 });
      const href = await link.getAttribute('href');
      expect(href).toMatch(/^\/files\//);
      const response = await page.request.get(new URL(href ?? '', server.url).toString());
      expect(response.status()).toBe(200);
      expect((await response.body()).length).toBeGreaterThan(1000);
      await screenshot(page, shot('6-export'), page.locator('#exports'));
    });

    it('reports a bad mark in the workbook as a data error on its cell', async () => {
      const { page } = browser;
      const cell = putBadMark(demo.file, 'D1', 999);
      await page.locator('#tab-check').click();
      await page.getByRole('button', { name: M.checkButton }).click();
      const problem = page.locator(`#problems button[data-cell="${cell}"]`);
      await problem.waitFor();
      expect(await problem.locator('.tag--error').textContent()).toBe(M.severityError);
      expect(await problem.textContent()).toContain('999');
      await problem.click();
      await page.locator('#check-status', { hasText: cell }).waitFor();
      await screenshot(page, shot('7-bad-mark'), page.locator('main'));
    });
  });
});
