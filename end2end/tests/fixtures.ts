import { test as base, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

// Every page state a test walks through is checked by axe-core: each page
// once loaded, and the state each test ends on. A violation fails the test
// that met it, with where and what. The page's HTML as it stands is read in
// a twin page (scripts taken out, the page's own address as base, so its
// style sheet and pictures load): axe-core needs JavaScript, which half the
// tests go without, and it scrolls while it reads, which would race the
// test's own clicks on the live page.
export const test = base.extend({
  page: async ({ page, browser, viewport }, use, info) => {
    const withJs = info.project.name === 'javascript';
    // With JavaScript, a page loaded by `goto` is used once the WebAssembly
    // has hydrated it (the app marks <html data-hydrated>): typing into the
    // plain HTML just before hydration could race it on a loaded machine.
    if (withJs) {
      const goto = page.goto.bind(page);
      page.goto = async (url, options) => {
        const response = await goto(url, options);
        await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 20_000 });
        return response;
      };
    }
    let twin: Page | undefined;
    const twinPage = async () => {
      if (!twin) {
        const context = await browser.newContext({ javaScriptEnabled: true, viewport, locale: 'fr-FR' });
        twin = await context.newPage();
      }
      return twin;
    };
    const found: string[] = [];
    let checked = 0;
    let queue = Promise.resolve();
    const report = (when: string, url: string, violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']) => {
      checked += 1;
      for (const v of violations) {
        const where = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ');
        found.push(`${when} ${url}: ${v.id} (${v.impact}) ${v.help} — ${where}`);
      }
    };
    const check = (when: string) => {
      const url = page.url();
      if (!url.startsWith('http') || url.endsWith('.pdf')) return;
      // The state is taken now, before the test moves on.
      const snapshot = page.content().catch(() => '');
      queue = queue.then(async () => {
        try {
          const html = await snapshot;
          if (!html) return;
          const copy = await twinPage();
          await copy.setContent(
            html
              .replace(/<script\b[\s\S]*?<\/script>/gi, '')
              .replace(/<meta http-equiv="refresh"[^>]*>/gi, '')
              // What the page shows its reader: with JavaScript, not its <noscript>.
              .replace(withJs ? /<noscript>[\s\S]*?<\/noscript>/gi : /<\/?noscript>/gi, '')
              .replace(/<head>/i, `<head><base href="${url}">`),
            { waitUntil: 'load' },
          );
          report(when, url, (await new AxeBuilder({ page: copy }).analyze()).violations);
        } catch {
          // The page moved on while it was read: its next state is checked.
        }
      });
    };
    page.on('load', () => check('chargée'));
    await use(page);
    if (!page.isClosed()) check('à la fin');
    await queue;
    await twin?.context().close();
    expect(found, found.join('\n')).toEqual([]);
    // The checks really ran, with and without JavaScript alike.
    if (info.status !== 'skipped') expect(checked).toBeGreaterThan(0);
  },
});

export { expect };
export type { Page } from '@playwright/test';
