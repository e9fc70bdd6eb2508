import { expect, Locator, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';

// Marie LEROY's DMP is opened by the demo seed, full of documents.
export async function signInAsMarie(page: Page) {
  await signIn(page, 'marieleroy', 'Demo-DMP-Marie-2026', 'marie.leroy@example.org');
}

// A ready demo account signs in with the code sent by e-mail.
export async function signIn(page: Page, login: string, password: string, email: string, landing = /\/mon-dmp$/) {
  await askForSignInCode(page, login, password);
  const code = await outboxCode(page, 'Votre code de connexion au DMP', email);
  await page.getByLabel('Code reçu').fill(code);
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page).toHaveURL(landing);
}

// The document des secrets downloaded at step 3 and read back, with what
// issue 17 (5) asks of it: where to go, the password, no authority OID.
export async function secretsPdf(page: Page, password: string) {
  const file = await downloaded(page, page.getByRole('link', { name: /Télécharger le document des secrets/ }));
  const text = pdfText(file);
  expect(text).toContain(`Allez sur ${new URL(page.url()).host}`);
  expect(text).toContain(password);
  expect(text).not.toMatch(/1\.2\.250|autorité/);
  return { file, text };
}

// What a click on that link downloads: the saved file's path.
export async function downloaded(page: Page, link: Locator): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return download.path();
}

// A PDF read back as text, its lines kept (pdftotext -layout), from a
// file's path or from the bytes of an answer (read on stdin).
export function pdfText(pdf: string | Buffer): string {
  const [from, input] = typeof pdf === 'string' ? [pdf, undefined] : ['-', pdf];
  return execFileSync('pdftotext', ['-layout', from, '-'], { input, encoding: 'utf8' });
}

// Login and password at /connexion, then « Recevoir mon code »: the code is sent.
export async function askForSignInCode(page: Page, login: string, password: string) {
  await page.goto('/connexion');
  await page.getByLabel('Identifiant de connexion').fill(login);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).toHaveURL(/\/connexion\/code$/);
  await page.getByRole('button', { name: 'Recevoir mon code' }).click();
  await expect(page.getByRole('status')).toContainText('Un code à 6 chiffres');
}

// A professional signs in with a test card (PIN 1234) and opens Marie's record.
export async function openMarieWithCard(page: Page, card: string) {
  await openWithCard(page, card, '284077505612322');
}

// The same, on the record of the patient with this INS.
export async function openWithCard(page: Page, card: string, ins: string) {
  await page.goto('/professionnel');
  await page.getByLabel('Carte').selectOption({ label: card });
  await page.getByLabel('Code PIN').fill('1234');
  await page.getByRole('button', { name: 'Valider le code PIN' }).click();
  await expect(page.getByRole('status')).toContainText(`Connecté avec la carte de : ${card}`);
  await page.getByRole('textbox', { name: /^INS/ }).fill(ins);
  await page.getByRole('button', { name: 'Rechercher le DMP' }).click();
  await expect(page).toHaveURL(/\/professionnel\/dossier$/);
}

// The messages of the demo outbox with this subject, to this recipient.
function messages(outbox: Page, subject: string, recipient: string) {
  return outbox.locator('.outbox__message')
    .filter({ has: outbox.locator('.outbox__subject', { hasText: subject }) })
    .filter({ hasText: recipient });
}

// How many such messages the demo outbox holds now.
export async function countMail(page: Page, subject: string, recipient: string): Promise<number> {
  const outbox = await page.context().newPage();
  await outbox.goto('/demo/messages');
  const n = await messages(outbox, subject, recipient).count();
  await outbox.close();
  return n;
}

// The newest message of the demo outbox with this subject, to this recipient,
// once there are more than `after` of them. Some are written by a background
// worker (creation codes, within seconds): the page is read again until then.
export async function readMail(page: Page, subject: string, recipient: string, after = 0): Promise<string> {
  const outbox = await page.context().newPage();
  const found = messages(outbox, subject, recipient);
  await expect(async () => {
    await outbox.goto('/demo/messages');
    expect(await found.count()).toBeGreaterThan(after);
  }).toPass({ timeout: 20000 });
  const body = await found.first().locator('.outbox__body').innerText();
  await outbox.close();
  return body;
}

// A staff member signs in with the demo password and the code sent by e-mail.
export async function staffSignIn(page: Page, login: string, email: string) {
  await page.goto('/personnel/connexion');
  await page.getByLabel('Identifiant professionnel').fill(login);
  await page.getByLabel('Mot de passe').fill('Demo-DMP-Personnel-2026');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).toHaveURL(/\/personnel\/code$/);
  const code = await outboxCode(page, "Votre code de connexion à l'espace du personnel DMP", email);
  await page.getByLabel('Code reçu').fill(code);
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page).toHaveURL(/\/personnel$/);
}

// The 6-digit code of the newest message of the demo outbox with this
// subject, to this recipient.
export async function outboxCode(page: Page, subject: string, recipient: string): Promise<string> {
  const outbox = await page.context().newPage();
  await outbox.goto('/demo/messages');
  const mail = outbox.locator('.outbox__message').filter({ hasText: subject }).filter({ hasText: recipient }).first();
  const code = (await mail.locator('.outbox__body').innerText()).match(/\b(\d{6})\b/)![1];
  await outbox.close();
  return code;
}

// A link of the record's menu: the everyday ones are in sight, the others
// behind « Gérer mon DMP » (opened first when closed).
export async function recordMenu(page: Page, name: string) {
  const nav = page.getByRole('navigation', { name: 'Mon DMP' });
  const link = nav.getByRole('link', { name, exact: true });
  if (!(await link.isVisible())) {
    await nav.locator('summary', { hasText: 'Gérer mon DMP' }).click();
  }
  await link.click();
}

// Step 1 of the creation for Léa JEAN-BAPTISTE (she has no DMP of her own:
// the tests that identify her leave before creating it).
export async function identifyLea(page: Page) {
  await page.getByLabel('Numéro de sécurité sociale').fill('2 83 01 97 112 005 50');
  await page.getByLabel('Code de création').fill('DEMC-2345-6789');
  await page.getByLabel('Carte Vitale avec photo').check();
  await page.getByLabel('Numéro de série de la carte Vitale').fill('80234567890');
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page).toHaveURL(/\/creation\/informations$/);
}

// A form's field and its submit button, found by the field's name: the same
// in every language.
export const byName = (page: Page, name: string) => page.locator(`main [name="${name}"]`);
export const submitOf = (page: Page, name: string) =>
  page.locator('main form').filter({ has: page.locator(`[name="${name}"]`) }).locator('button[type=submit]').first();

// Today in Paris, as a date field takes it.
export const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(new Date());

// The facilitator, signed in on `page`, makes a workshop for today at `place`
// with one practice card, prints the cards and reads the card's code. Any
// language: fields by name, the code by its shape.
export async function practiceWorkshop(page: Page, place: string) {
  await page.goto('/atelier');
  await byName(page, 'form[held_on]').fill(today());
  await byName(page, 'form[place]').fill(place);
  await byName(page, 'form[association]').fill('Familles rurales');
  await byName(page, 'form[theme]').first().check();
  await byName(page, 'form[expected]').fill('2');
  await submitOf(page, 'form[place]').click();
  const workshop = page.locator('li.workshop').filter({ hasText: place }).first();
  await expect(workshop).toBeVisible();
  await workshop.locator('[name=count]').fill('1');
  await workshop.locator('form').filter({ has: page.locator('[name=count]') }).locator('button[type=submit]').click();
  const cards = workshop.locator('a[href$="/cartes-entrainement.pdf"]');
  await expect(cards).toBeVisible();
  const text = pdfText(await downloaded(page, cards));
  return { workshop, cardCode: text.match(/\b([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})\b/)![1], pdf: text };
}

// The practice person of that card creates a DMP, up to step 3: returns the
// credentials it shows.
export async function practiceStep3(page: Page, cardCode: string) {
  await page.goto('/entrainement');
  await byName(page, 'card_code').fill(cardCode);
  await submitOf(page, 'card_code').click();
  const identity = page.locator('main .identity__list dd');
  await expect(identity).toHaveCount(4);
  const [nir, serial, code] = await Promise.all([1, 2, 3].map((i) => identity.nth(i).innerText()));
  const withoutPhoto = /sans|without/i.test(await page.locator('main .identity__list dt').nth(2).innerText());
  await page.locator('main a[href="/creation"]').click();
  await expect(page).toHaveURL(/\/creation$/);
  await byName(page, 'form[nir]').fill(nir);
  await byName(page, 'form[code]').fill(code);
  await page.locator(`main [name="form[card_type]"][value="${withoutPhoto ? 'sans_photo' : 'avec_photo'}"]`).check();
  await byName(page, 'form[serial]').fill(serial);
  await submitOf(page, 'form[nir]').click();
  await expect(page).toHaveURL(/\/creation\/informations$/);
  await byName(page, 'form[email]').fill('participant@exemple.fr');
  await byName(page, 'form[email_confirm]').fill('participant@exemple.fr');
  await byName(page, 'form[accept]').check();
  await submitOf(page, 'form[email]').click();
  await expect(page).toHaveURL(/\/creation\/donnees-de-connexion$/);
  return {
    login: (await page.locator('#identifiant').innerText()).trim(),
    password: (await page.locator('#mot-de-passe').innerText()).trim(),
    person: { nir, serial, cardType: withoutPhoto ? 'sans_photo' : 'avec_photo' },
  };
}
