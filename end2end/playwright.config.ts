import { defineConfig } from '@playwright/test';

// The portal is started by the test run itself, with no DATABASE_URL: it
// starts its own private PostgreSQL, seeds the demo data, and stops it all
// when Playwright sends SIGTERM at the end. Each project has its own portal
// and data, so a story (say, Antoine's DMP opened at a desk) runs in both.
const port = Number(process.env.E2E_PORT ?? '3210');
// Another build can be tested (say, one from before a fix): its server
// binary, with cargo-leptos's hash.txt beside it, and its site folder.
const server = process.env.E2E_SERVER ?? '../target/debug/server';
const site = process.env.E2E_SITE ?? '../target/site';
const dataDir = process.env.E2E_DATA_DIR;
if (!dataDir) {
  throw new Error('E2E_DATA_DIR must name an empty folder (scripts/test sets it)');
}

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
};

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    locale: 'fr-FR',
    launchOptions: chromium,
  },
  // Every scenario runs twice: with the WebAssembly, and as plain HTML.
  projects: [
    { name: 'javascript', use: { javaScriptEnabled: true, baseURL: `http://127.0.0.1:${port}` } },
    { name: 'sans-javascript', use: { javaScriptEnabled: false, baseURL: `http://127.0.0.1:${port + 1}` } },
  ],
  webServer: [portal(port, 'js'), portal(port + 1, 'nojs')],
});

function portal(listen: number, data: string) {
  return {
    command: `${server} serve`,
    url: `http://127.0.0.1:${listen}/healthz`,
    timeout: 180_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 20_000 },
    stdout: 'pipe' as const,
    stderr: 'pipe' as const,
    env: {
      DMP_LISTEN: `127.0.0.1:${listen}`,
      DMP_SITE_ROOT: site,
      DMP_DATA_DIR: `${dataDir}/${data}`,
      DMP_MODE: 'demo',
      DATABASE_URL: '',
      // Short kiosk delays, so the inactivity wipe can be watched.
      DMP_KIOSK_IDLE_SECONDS: '2',
      DMP_KIOSK_WARNING_SECONDS: '3',
    },
  };
}
