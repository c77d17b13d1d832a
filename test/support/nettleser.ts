import { expect } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * The browser side of the web tier: Debian's Chromium (never a downloaded build) through playwright-core, a
 * fresh context per journey, and axe-core on the pages a test visits. Screenshots go to the untracked
 * test/.artifacts/skjermbilder, or where `SCREENSHOTS` says (`SCREENSHOTS=docs/screenshots` refreshes the reviewed ones).
 */
export const SKJERMBILDER = resolve(process.env.SCREENSHOTS || 'test/.artifacts/skjermbilder');
const AXE = resolve('node_modules/axe-core/axe.min.js');

export async function startChromium(): Promise<Browser> {
  mkdirSync(SKJERMBILDER, { recursive: true });
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    // --lang: the browser's own widgets (date fields) follow the UI language, not the page's, as for a Norwegian user.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=nb-NO'],
  });
}

export interface Fane {
  ctx: BrowserContext;
  page: Page;
  /** Script errors and console errors on the page, except the refusals a test provokes on purpose. */
  feil: string[];
}

const LOKALE_VERTER = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * A new browser context (Norwegian locale and time zone) with one page, collecting its errors. Requests off
 * this machine are aborted (a test server's page may link a web font; tests send no traffic outside loopback).
 * With `egneOpphav`, only errors on pages of those origins count (not those of a test identity provider).
 */
export async function nyFane(browser: Browser, egneOpphav?: string[]): Promise<Fane> {
  const ctx = await browser.newContext({ acceptDownloads: true, locale: 'nb-NO', timezoneId: 'Europe/Oslo', viewport: { width: 1280, height: 900 } });
  await ctx.route((u) => !LOKALE_VERTER.has(u.hostname), (r) => r.abort('blockedbyclient'));
  const page = await ctx.newPage();
  const feil: string[] = [];
  const egen = () => !egneOpphav || egneOpphav.includes(new URL(page.url()).origin);
  page.on('pageerror', (e) => {
    if (egen()) feil.push(e.message);
  });
  page.on('console', (m) => {
    // Refusals and validation errors the tests provoke on purpose are logged by the browser as failed loads.
    if (m.type() === 'error' && egen() && !/status of (400|401|403|404|409)/.test(m.text())) feil.push(m.text());
  });
  return { ctx, page, feil };
}

/** axe-core on the page as it is now: no WCAG 2.0/2.1 A or AA violation. Saves a screenshot named `navn`. */
export async function sjekkTilgjengelighet(page: Page, navn: string, skjermbilde = true): Promise<void> {
  await page.addScriptTag({ path: AXE });
  const brudd = await page.evaluate(async () => {
    // Runs in the browser; the root tsconfig has no DOM types, hence the structural cast.
    const g = globalThis as unknown as { document: unknown; axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> } };
    const r = await g.axe.run(g.document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
  });
  expect({ side: navn, brudd }).toEqual({ side: navn, brudd: [] });
  if (skjermbilde) await page.screenshot({ path: `${SKJERMBILDER}/${navn}.png`, fullPage: true });
}

/** The signed-in session the web app keeps in sessionStorage, or null. */
export function lesOkt(page: Page): Promise<{ token: string; navn: string; kommuner: string[] } | null> {
  return page.evaluate(() => {
    const lager = (globalThis as unknown as { sessionStorage: { getItem: (k: string) => string | null } }).sessionStorage;
    const raa = lager.getItem('tk.okt');
    return raa ? (JSON.parse(raa) as { token: string; navn: string; kommuner: string[] }) : null;
  });
}

/** axe-core with every rule it has, best practices included: no violation at all. */
export async function sjekkAlleRegler(page: Page, navn: string): Promise<void> {
  await page.addScriptTag({ path: AXE });
  const brudd = await page.evaluate(async () => {
    const g = globalThis as unknown as { document: unknown; axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> } };
    const r = await g.axe.run(g.document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
  });
  expect({ side: navn, brudd }).toEqual({ side: navn, brudd: [] });
}

/** Reflow (WCAG 1.4.10): at 320 and 640 CSS pixels wide the page itself never scrolls sideways; the viewport is put back after. */
export async function sjekkReflow(page: Page, navn: string): Promise<void> {
  const for_ = page.viewportSize();
  for (const bredde of [320, 640]) {
    await page.setViewportSize({ width: bredde, height: 800 });
    const maal = await page.evaluate(() => {
      type El = { tagName: string; className: string; id: string; children: ArrayLike<El>; getBoundingClientRect: () => { right: number }; textContent: string | null };
      const doc = (globalThis as unknown as { document: { documentElement: El & { scrollWidth: number; clientWidth: number }; querySelectorAll: (s: string) => ArrayLike<El> } }).document;
      const rot = doc.documentElement;
      // The innermost elements reaching past the right edge: what to fix when the page overflows.
      const utenfor = Array.from(doc.querySelectorAll('body *'))
        .filter((e) => e.getBoundingClientRect().right > rot.clientWidth + 0.5 && !Array.from(e.children).some((c) => c.getBoundingClientRect().right > rot.clientWidth + 0.5))
        .slice(0, 3)
        .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className ? `.${String(e.className).split(' ').join('.')}` : ''} «${(e.textContent ?? '').trim().slice(0, 40)}»`);
      return { scrollWidth: rot.scrollWidth, clientWidth: rot.clientWidth, utenfor };
    });
    expect({ side: navn, bredde, overflyt: maal.scrollWidth > maal.clientWidth ? maal : null }).toEqual({ side: navn, bredde, overflyt: null });
  }
  if (for_) await page.setViewportSize(for_);
}

/** What has keyboard focus: its role-ish tag and its text, for asserting where focus went after an action. */
export function fokus(page: Page): Promise<{ tag: string; tekst: string; rolle: string | null }> {
  return page.evaluate(() => {
    const el = (globalThis as unknown as { document: { activeElement: { tagName: string; textContent: string | null; getAttribute: (n: string) => string | null } | null } }).document.activeElement;
    return { tag: el?.tagName.toLowerCase() ?? '', tekst: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(), rolle: el?.getAttribute('role') ?? null };
  });
}
