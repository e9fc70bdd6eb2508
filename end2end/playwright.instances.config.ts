import { defineConfig } from '@playwright/test';

// Two instances behind nginx, started by scripts/instances (LB_URL).
const baseURL = process.env.LB_URL;
if (!baseURL) {
  throw new Error('LB_URL must name the load balancer (scripts/instances sets it)');
}

export default defineConfig({
  testDir: './instances',
  timeout: 120_000,
  workers: 1,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    locale: 'fr-FR',
    baseURL,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
    },
  },
  projects: [
    { name: 'javascript', use: { javaScriptEnabled: true } },
    { name: 'sans-javascript', use: { javaScriptEnabled: false } },
  ],
});
