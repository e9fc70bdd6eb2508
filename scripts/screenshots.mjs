// The help pages' pictures (app/src/help): each real page, as a phone shows
// it (390 × 700), taken from a running demo portal so that they stay true.
//   node scripts/screenshots.mjs http://127.0.0.1:3000 public/images/aide
// Run by ./scripts/screenshots, which starts a fresh demo portal for it:
// it opens a DMP (Claire DUBOIS) and signs in as demo people.
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';

const require = createRequire(new URL('../end2end/package.json', import.meta.url));
const { chromium } = require('@playwright/test');

const [base = 'http://127.0.0.1:3000', dir = 'public/images/aide'] = process.argv.slice(2);
mkdirSync(dir, { recursive: true });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
const phone = () => browser.newContext({ viewport: { width: 390, height: 700 }, deviceScaleFactor: 1, locale: 'fr-FR' });

// The page from its main heading down, so that the header does not fill it.
async function shot(page, file) {
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 20_000 });
  await page.evaluate(() => {
    const h1 = document.querySelector('main h1');
    if (h1 && window.scrollY === 0 && h1.getBoundingClientRect().top > 150) {
      window.scrollTo(0, window.scrollY + h1.getBoundingClientRect().top - 16);
    }
  });
  await page.screenshot({ path: `${dir}/${file}`, type: 'jpeg', quality: 60, animations: 'disabled' });
  console.log(`${dir}/${file}`);
}

// One part of the page only, e.g. a table wider than a phone.
async function shotOf(locator, file) {
  await locator.screenshot({ path: `${dir}/${file}`, type: 'jpeg', quality: 60, animations: 'disabled' });
  console.log(`${dir}/${file}`);
}

// A demo account signs in with the code from the demo outbox.
async function signIn(page, login, password, email) {
  await page.goto(`${base}/connexion`);
  await page.getByLabel('Identifiant de connexion').fill(login);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(/\/connexion\/code$/);
  await page.getByRole('button', { name: 'Recevoir mon code' }).click();
  await page.getByRole('status').filter({ hasText: 'Un code à 6 chiffres' }).waitFor();
  const outbox = await page.context().newPage();
  await outbox.goto(`${base}/demo/messages`);
  const body = await outbox.locator('.outbox__message')
    .filter({ hasText: 'Votre code de connexion au DMP' }).filter({ hasText: email })
    .first().locator('.outbox__body').innerText();
  await outbox.close();
  await page.getByLabel('Code reçu').fill(body.match(/\b(\d{6})\b/)[1]);
  await page.getByRole('button', { name: 'Valider' }).click();
  await page.waitForURL(/\/mon-dmp/);
}

let context = await phone();
let page = await context.newPage();
await page.goto(`${base}/`);
await shot(page, 'le-dmp.jpg');
await page.goto(`${base}/creation`);
await shot(page, 'ce-qu-il-faut.jpg');

// Claire DUBOIS opens her DMP: step 3.
await page.getByLabel('Numéro de sécurité sociale').fill('2 69 05 49 588 157 80');
await page.getByLabel('Code de création').fill('DEMA-2345-6789');
await page.getByLabel('Carte Vitale avec photo').check();
await page.getByLabel('Numéro de série de la carte Vitale').fill('801 234 567 89');
await page.getByRole('button', { name: 'Continuer' }).click();
await page.waitForURL(/\/creation\/informations$/);
await page.getByLabel('Adresse e-mail', { exact: true }).fill('claire.dubois@example.org');
await page.getByLabel("Confirmez l'adresse e-mail").fill('claire.dubois@example.org');
await page.getByLabel(/J'accepte les Conditions Générales/).check();
await page.getByRole('button', { name: 'Valider' }).click();
await page.waitForURL(/\/creation\/donnees-de-connexion$/);
await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 20_000 });
await shotOf(page.locator('.credentials'), 'ouvrir.jpg');
await context.close();

// Marie LEROY's full record.
context = await phone();
page = await context.newPage();
await signIn(page, 'marieleroy', 'Demo-DMP-Marie-2026', 'marie.leroy@example.org');
for (const [path, file] of [
  ['/mon-dmp', 'consulter.jpg'],
  ['/mon-dmp/professionnels', 'autoriser.jpg'],
  ['/mon-dmp/acces-en-urgence', 'urgences.jpg'],
]) {
  await page.goto(`${base}${path}`);
  await shot(page, file);
}
// The documents' table, with its « Masquer aux professionnels » buttons.
await page.setViewportSize({ width: 760, height: 700 });
await page.goto(`${base}/mon-dmp/espace/analyses`);
await shotOf(page.locator('table.documents'), 'masquer.jpg');
await context.close();

// Léa JEAN-BAPTISTE reads her two children's records.
context = await phone();
page = await context.newPage();
await signIn(page, 'lea.jeanbaptiste', 'Demo-DMP-Lea-2026', 'lea.jean-baptiste@example.org');
await page.goto(`${base}/mon-dmp/choisir`);
await shot(page, 'mineurs.jpg');
await context.close();

// A professional's space.
context = await phone();
page = await context.newPage();
await page.goto(`${base}/professionnel`);
await shot(page, 'ce-que-deposent-les-professionnels.jpg');
await context.close();

await browser.close();
