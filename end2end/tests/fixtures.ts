import { test as base, expect } from '@playwright/test';

// With JavaScript, a page loaded by `goto` is used once the WebAssembly has
// hydrated it (the app marks <html data-hydrated>): typing into the plain
// HTML just before hydration could race it on a loaded machine.
export const test = base.extend({
  page: async ({ page }, use, info) => {
    if (info.project.name === 'javascript') {
      const goto = page.goto.bind(page);
      page.goto = async (url, options) => {
        const response = await goto(url, options);
        await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 20_000 });
        return response;
      };
    }
    await use(page);
  },
});

export { expect };
export type { Page } from '@playwright/test';
