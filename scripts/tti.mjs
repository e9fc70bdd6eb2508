// Time to interactive of a page in Debian's Chromium, first visit (empty
// cache), without throttling and on an emulated slow 3G link (400 kbit/s
// each way, 400 ms round trip, through the DevTools protocol).
//   node scripts/tti.mjs http://127.0.0.1:3000/creation
// Prints one Markdown row per link: when the page is usable as plain HTML
// (DOMContentLoaded) and when its islands react (<html data-hydrated>),
// the median of 3 runs each.
import { createRequire } from 'node:module';

const require = createRequire(new URL('../end2end/package.json', import.meta.url));
const { chromium } = require('@playwright/test');

const url = process.argv[2] ?? 'http://127.0.0.1:3000/creation';
const links = [
  { name: 'sans limitation', conditions: null },
  {
    name: '3G lente (400 kbit/s, 400 ms)',
    conditions: { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 },
  },
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--no-first-run'],
});
console.log(`\nTime to interactive of ${new URL(url).pathname} in Chromium, first visit, median of 3.\n`);
console.log('| Link | Usable as HTML | Interactive |');
console.log('|---|---|---|');
for (const link of links) {
  const html = [];
  const interactive = [];
  for (let run = 0; run < 3; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (link.conditions) await cdp.send('Network.emulateNetworkConditions', link.conditions);
    const start = Date.now();
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 300_000 });
    html.push(Date.now() - start);
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 300_000 });
    interactive.push(Date.now() - start);
    await context.close();
  }
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`| ${link.name} | ${s(median(html))} | ${s(median(interactive))} |`);
}
await browser.close();
