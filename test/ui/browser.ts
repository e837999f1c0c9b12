// Headless Chromium for the sidebar's browser tests: Debian's /usr/bin/chromium driven by playwright-core.
// The tests skip (with a message) only when that browser is absent, and fail instead when CI requires it.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const ROOT = resolve(__dirname, '..', '..');
export const SIDEBAR = join(ROOT, 'dist', 'Sidebar.html');
export const RESULTS = join(ROOT, 'test-results');

const ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** describe() when Chromium is there; otherwise a skip with the reason (or a failure when THIDUA_REQUIRE_BROWSER=1). */
export function describeBrowser(name: string, body: () => void): void {
  if (existsSync(CHROMIUM)) {
    describe(name, body);
    return;
  }
  const reason = `${CHROMIUM} is not installed (apt-get install chromium): browser tests of the sidebar skipped`;
  if (process.env.THIDUA_REQUIRE_BROWSER === '1') {
    describe(name, () =>
      it('needs Chromium', () => {
        throw new Error(reason);
      }),
    );
  } else {
    console.warn(reason);
    describe.skip(name, body);
  }
}

export function requireSidebar(): string {
  if (!existsSync(SIDEBAR)) throw new Error(`${SIDEBAR} is missing: run node scripts/build.mjs before the browser tests`);
  return SIDEBAR;
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** A fresh browser profile at the add-on sidebar's width (300 px), or another width (a wide window: 1280). */
export async function openBrowser(width = 300, height = 700): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'thidua-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width, height },
    locale: 'vi-VN',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      if (pageErrors.length > 0) throw new Error(`errors in the page: ${pageErrors.join('; ')}`);
    },
  };
}

/** test-results/NAME.png: the whole page, or only `part` of it. */
export async function screenshot(page: Page, name: string, part?: Locator): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  const path = join(RESULTS, `${name}.png`);
  if (!part) {
    await page.screenshot({ path, fullPage: true });
    return;
  }
  // the sticky tabs and footer would cover the part while it is scrolled into view: let them scroll away meanwhile
  const style = await page.addStyleTag({ content: '.tabs, .actionbar { position: static !important; }' });
  try {
    await part.screenshot({ path });
  } finally {
    await style.evaluate((e) => (e as Element).remove());
  }
}

/** true when the page scrolls sideways (something wider than the sidebar) */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

/** true when the whole of `part` is inside the viewport as it is scrolled now */
export function inViewport(part: Locator): Promise<boolean> {
  return part.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
  });
}

/** the sizes each test runs at: the add-on's sidebar and a wide window */
export const WIDTHS = [300, 1280] as const;

/** test-results/NAME.png: only what the user sees without scrolling. */
export async function screenshotViewport(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: join(RESULTS, `${name}.png`) });
}
