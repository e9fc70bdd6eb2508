import { test, expect, Page } from './fixtures';
import {
  byName as field, submitOf as submit, outboxCode, practiceStep3, practiceWorkshop, signIn, signInAsMarie, staffSignIn,
  openMarieWithCard, pdfText,
} from './helpers';

// Issue 17: creating a DMP and signing in, in English and easy to read
// (every state is also checked by axe-core, see fixtures.ts). Léa
// JEAN-BAPTISTE is identified and the creation given up; Marie signs in.

async function giveUp(page: Page, summary: string, confirm: string) {
  await page.locator('summary', { hasText: summary }).click();
  await page.getByRole('button', { name: confirm }).click();
  await expect(page).toHaveURL(/\/creation$/);
}

test.describe('en anglais', () => {
  test.use({ locale: 'en-GB' });

  test('créer son DMP : les étapes 1 et 2 en anglais, erreurs comprises', async ({ page }, info) => {
    await page.goto('/creation');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(/^I create my DMP – Step 1 of 3/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('I create my DMP');
    await expect(page.getByRole('navigation', { name: 'Steps to create your DMP' })).toContainText('Step 1 of 3');
    await expect(page.getByText('Have your Carte Vitale ready')).toBeVisible();

    // Nothing typed: the summary's words are English, with or without the WebAssembly.
    await page.getByRole('button', { name: 'Continue' }).click();
    const summary = page.locator('.error-summary');
    await expect(summary.getByRole('heading')).toHaveText('4 things need correcting');
    await expect(page.locator('#nir-erreur .visually-hidden')).toHaveText(/^Error:/);
    // The messages too, from the server or from the WebAssembly's own check.
    await expect(page.locator('#nir-erreur')).toContainText('Enter your social security number');
    await expect(summary.getByRole('link', { name: /Enter the serial number of your Carte Vitale/ })).toBeVisible();
    await page.getByLabel('Social security number').fill('1 23');
    await page.getByLabel('Social security number').press('Tab');
    if (info.project.name === 'javascript') {
      // With the WebAssembly the field is checked on leaving it.
      await expect(page.locator('#nir-erreur')).toContainText('you typed 3');
    }

    await page.getByLabel('Social security number').fill('2 83 01 97 112 005 50');
    await page.getByLabel('Creation code').fill('DEMC-2345-6789');
    await page.getByLabel('Carte Vitale with a photo').check();
    await page.getByLabel('Serial number of the Carte Vitale').fill('80234567890');
    await page.getByRole('button', { name: 'Continue' }).click();

    await expect(page).toHaveURL(/\/creation\/informations$/);
    await expect(page.getByText('Step 2 of 3')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'I enter my personal details' })).toBeVisible();
    await expect(page.locator('.identity')).toContainText('Birth name');
    await expect(page.getByLabel('E-mail address', { exact: true })).toBeVisible();
    await expect(page.getByLabel(/I allow the doctor of the SAMU/)).toBeChecked();
    await expect(page.getByLabel(/I accept the terms of use/)).not.toBeChecked();
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expect(summary.getByRole('link', { name: /Tick the box to accept the terms of use/ })).toBeVisible();
    await giveUp(page, 'Give up', 'Yes, give up');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('I create my DMP');
  });

  test('se connecter en anglais', async ({ page }) => {
    await page.goto('/connexion');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('I sign in to my DMP');
    await page.getByLabel('Sign-in identifier').fill('marieleroy');
    await page.getByLabel('Password').fill('Demo-DMP-Marie-2026');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/connexion\/code$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My sign-in code');
    await page.getByRole('button', { name: 'Get my code' }).click();
    await expect(page.getByRole('status')).toContainText('A 6-digit code was sent to you by e-mail (m');
    // The e-mail speaks the language of the person who asked for it.
    const code = await outboxCode(page, 'Your DMP sign-in code', 'marie.leroy@example.org');
    await page.getByLabel('Code received').fill(code);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expect(page).toHaveURL(/\/mon-dmp$/);

    // The record, in English too: its home, menu, spaces and the holder's controls.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My DMP');
    await expect(page).toHaveTitle('My DMP home – Mon DMP');
    await expect(page.getByRole('heading', { name: 'My nine spaces' })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'My DMP' });
    await nav.getByRole('link', { name: 'Access history', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Access history');
    await nav.locator('summary', { hasText: 'Manage my DMP' }).click();
    await nav.getByRole('link', { name: 'Emergency access', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Access to my DMP in an emergency');
    await page.getByRole('navigation', { name: 'My DMP' }).getByRole('link', { name: 'My personal information', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My personal information');
    await page.getByRole('navigation', { name: 'My DMP' }).getByRole('link', { name: 'Allowed or blocked professionals', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Allowed or blocked professionals');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are signed out');
  });
});

test.describe('en anglais, les autres espaces', () => {
  test.use({ locale: 'en-GB' });

  test('les pages des professionnels, du personnel, de la borne et l’adresse inconnue sont en anglais', async ({ page }) => {
    for (const [path, heading] of [
      ['/professionnel', 'Health professional space'],
      ['/personnel/connexion', 'Staff area'],
      ['/borne', 'Reception kiosk mode'],
      ['/nulle-part', 'Page not found'],
    ]) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    }
  });
});

test('« Facile à lire » : la création et la connexion en phrases courtes', async ({ page }) => {
  await page.goto('/creation');
  await page.getByRole('button', { name: 'Facile à lire' }).click();
  await expect(page).toHaveURL(/\/creation$/);
  await expect(page.getByText('Prenez votre carte Vitale. Prenez aussi votre code de création')).toBeVisible();
  // One sentence per line (FALC).
  expect(await page.locator('main p').filter({ hasText: 'Prenez votre carte Vitale.' }).innerText()).toBe(
    "Prenez votre carte Vitale.\nPrenez aussi votre code de création : l'Assurance Maladie vous a envoyé ce code par courrier ou par e-mail.\nRemplissez toutes les cases.",
  );
  await expect(page.getByText("C'est le numéro écrit sur votre carte Vitale. Il a 15 chiffres.")).toBeVisible();
  await expect(page.getByText('Est-ce qu\'il y a votre photo dessus ?')).toBeVisible();
  // The labels stay the same: the words a helper says out loud match.
  await page.getByLabel('Numéro de sécurité sociale').fill('2 83 01 97 112 005 50');
  await page.getByLabel('Code de création').fill('DEMC-2345-6789');
  await page.getByLabel('Carte Vitale avec photo').check();
  await page.getByLabel('Numéro de série de la carte Vitale').fill('80234567890');
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page).toHaveURL(/\/creation\/informations$/);
  await expect(page.getByText('Chaque fois que vous ouvrez votre DMP, vous recevez un code.')).toBeVisible();
  await expect(page.getByText('En cas d\'urgence, un médecin peut avoir besoin de lire votre DMP.')).toBeVisible();
  await expect(page.getByText('Vous choisissez qui peut le lire.')).toBeVisible();
  await expect(page.getByLabel(/J'ai lu les règles du DMP. Je suis d'accord./)).toBeVisible();
  await giveUp(page, 'Abandonner', 'Oui, abandonner');

  await page.goto('/connexion');
  await expect(page.getByText('Ce papier s\'appelle « document des secrets ».')).toBeVisible();
  await expect(page.getByText('Attention aux majuscules et aux minuscules')).toBeVisible();
  await page.getByLabel('Identifiant de connexion').fill('marieleroy');
  await page.getByLabel('Mot de passe').fill('Demo-DMP-Marie-2026');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByText('Choisissez où vous voulez recevoir le code')).toBeVisible();
  await page.getByRole('button', { name: 'Recevoir mon code' }).click();
  await expect(page.getByRole('status')).toContainText('Nous vous avons envoyé un code par e-mail');
  await expect(page.getByText('Regardez aussi dans les courriers indésirables')).toBeVisible();
  const code = await outboxCode(page, 'Votre code de connexion au DMP', 'marie.leroy@example.org');
  await page.getByLabel('Code reçu').fill(code);
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page).toHaveURL(/\/mon-dmp$/);
  // Back to the usual texts for whoever uses the browser next.
  await page.getByRole('button', { name: 'Texte habituel' }).click();
  await expect(page.getByRole('button', { name: 'Facile à lire' })).toBeVisible();
});

// Every page, in English, easy-to-read French and English easy read, so that
// axe-core (fixtures.ts) reads each of them in each way; forms sent empty
// show their errors too. Signing in happens in French (the helpers' words),
// then the reading choice is set as the header's switches set it.
const ways = [
  { name: 'en anglais', cookies: { dmp_langue: 'en' }, lang: 'en' },
  { name: 'en « Facile à lire »', cookies: { dmp_facile: 'oui' }, lang: 'fr' },
  { name: 'en anglais facile', cookies: { dmp_langue: 'en', dmp_facile: 'oui' }, lang: 'en' },
];

async function read(page: Page, cookies: Record<string, string>) {
  const url = new URL(page.url().startsWith('http') ? page.url() : test.info().project.use.baseURL!);
  await page.context().addCookies(
    Object.entries(cookies).map(([name, value]) => ({ name, value, domain: url.hostname, path: '/' })),
  );
}

async function visit(page: Page, paths: string[], lang: string) {
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator('html'), path).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
  }
}

for (const way of ways) {
  test.describe(way.name, () => {
    test('chaque page publique, et les formulaires envoyés vides', async ({ page }) => {
      await page.goto('/');
      await read(page, way.cookies);
      await visit(page, [
        '/', '/aide', '/aide/ouvrir', '/aide/urgences', '/creation', '/creation/demande-de-code',
        '/creation/informations', '/connexion', '/connexion/oubli', '/connexion/deconnecte',
        '/conditions-generales', '/representant-legal', '/rouvrir-mon-dmp', '/professionnel',
        '/personnel/connexion', '/borne', '/entrainement', '/demo/messages', '/nulle-part',
      ], way.lang);
      for (const path of ['/creation', '/creation/demande-de-code', '/connexion', '/connexion/oubli', '/rouvrir-mon-dmp']) {
        await page.goto(path);
        await page.locator('main form button[type=submit]').first().click();
        await expect(page.locator('.error-summary, [role=alert]').first(), path).toBeVisible();
      }
    });

    test('chaque page du DMP de la patiente', async ({ page }) => {
      await signInAsMarie(page);
      await read(page, way.cookies);
      await visit(page, [
        '/mon-dmp', '/mon-dmp/espace/syntheses', '/mon-dmp/espace/analyses', '/mon-dmp/espace/personnel',
        '/mon-dmp/espace/directives', '/mon-dmp/remboursements', '/mon-dmp/deposer', '/mon-dmp/espace-personnel',
        '/mon-dmp/espace-personnel/notes', '/mon-dmp/espace-personnel/personnes-a-prevenir',
        '/mon-dmp/espace-personnel/personne-de-confiance', '/mon-dmp/espace-personnel/don-d-organes',
        '/mon-dmp/notifications', '/mon-dmp/notifications/reglages', '/mon-dmp/historique',
        '/mon-dmp/professionnels', '/mon-dmp/acces-en-urgence', '/mon-dmp/telecharger',
        '/mon-dmp/representants', '/mon-dmp/cloturer',
      ], way.lang);
      await page.goto('/mon-dmp/espace/analyses');
      await page.locator('main table a').first().click();
      await expect(page.locator('html')).toHaveAttribute('lang', way.lang);
    });

    test('les pages du personnel et du professionnel', async ({ page }) => {
      // Both sign in first, in French (the helpers' words), on one browser.
      await openMarieWithCard(page, 'Médecin Marc ROUSSEAU');
      await staffSignIn(page, 'agent.angers', 'agent.angers@example.org');
      await read(page, way.cookies);
      await visit(page, [
        '/personnel', '/guichet', '/professionnel/dossier', '/professionnel/deposer', '/professionnel/creer',
      ], way.lang);
    });
  });
}

// The later states, in each way too: a workshop and its room, a practice
// person who creates a DMP up to step 3, signs in, chooses a password,
// closes it and reopens it with a new creation code read from its letter; the desk console with a person identified; the
// statistics; a legal representative's choice of record. Fields are found by their names,
// which do not change with the language.
for (const way of ways) {
  test.describe(way.name, () => {
    test("l'atelier, sa salle, une carte d'entraînement, et la personne fictive qui crée son DMP puis le clôture", async ({ page }, info) => {
      test.setTimeout(180_000);
      await staffSignIn(page, 'animateur.cotesdarmor', 'animateur.cotesdarmor@example.org');
      await read(page, way.cookies);
      await visit(page, ['/atelier'], way.lang);
      await submit(page, 'form[place]').click();
      await expect(page.locator('.error-summary').first()).toBeVisible();
      const { workshop, cardCode } = await practiceWorkshop(page, `Médiathèque, Lannion (${way.name}, ${info.project.name})`);
      await workshop.locator('a[href$="/salle"]').click();
      await expect(page).toHaveURL(/\/salle$/);
      await expect(page.locator('html')).toHaveAttribute('lang', way.lang);

      // The practice person's card, then the creation up to step 3.
      await visit(page, ['/entrainement'], way.lang);
      const { login, password, person } = await practiceStep3(page, cardCode);
      await expect(page.locator('html')).toHaveAttribute('lang', way.lang);
      // Signing in: the code is kept on the card's page.
      await page.goto('/connexion');
      await field(page, 'login').fill(login);
      await field(page, 'password').fill(password);
      await submit(page, 'login').click();
      await expect(page).toHaveURL(/\/connexion\/code$/);
      await page.locator('main form button[type=submit]').first().click();
      await expect(page.getByRole('status').first()).toBeVisible();
      const cardPage = await page.context().newPage();
      await cardPage.goto('/entrainement');
      const signInCode = (await cardPage.locator('.outbox__body').first().innerText()).match(/\b(\d{6})\b/)![1];
      await cardPage.close();
      await field(page, 'code').fill(signInCode);
      await submit(page, 'code').click();
      await expect(page).toHaveURL(/\/connexion\/nouveau-mot-de-passe$/);
      await expect(page.locator('html')).toHaveAttribute('lang', way.lang);
      await field(page, 'form[password]').fill('lannion-chat-bleu-pluie');
      await field(page, 'form[confirm]').fill('lannion-chat-bleu-pluie');
      await submit(page, 'form[password]').click();
      await expect(page).toHaveURL(/\/mon-dmp$/);

      // Closed: the page that says so.
      await page.goto('/mon-dmp/cloturer');
      await field(page, 'comprends').check();
      await field(page, 'password').fill('lannion-chat-bleu-pluie');
      await submit(page, 'password').click();
      await expect(page).toHaveURL(/\/dmp-cloture$/);
      await expect(page.locator('html')).toHaveAttribute('lang', way.lang);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

      // Reopened with a new creation code: it goes by post, and the card's
      // page gives the letter to read.
      await page.goto('/creation/demande-de-code');
      await field(page, 'form[nir]').fill(person.nir);
      await field(page, 'form[serial]').fill(person.serial);
      await submit(page, 'form[nir]').click();
      await expect(page.locator('main [role=status]').first()).toBeVisible();
      const card = await page.context().newPage();
      const letter = card.locator('a[href^="/entrainement/lettre/"]').first();
      await expect(async () => {
        await card.goto('/entrainement');
        await expect(letter).toBeVisible({ timeout: 1_000 });
      }).toPass({ timeout: 20_000 });
      const pdf = await card.request.get((await letter.getAttribute('href'))!);
      expect(pdf.status()).toBe(200);
      await card.close();
      const text = pdfText(await pdf.body());
      const code = text.match(/\b([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})\b/)![1];
      await visit(page, ['/rouvrir-mon-dmp'], way.lang);
      await field(page, 'form[nir]').fill(person.nir);
      await field(page, 'form[code]').fill(code);
      await page.locator(`main [name="form[card_type]"][value="${person.cardType}"]`).check();
      await field(page, 'form[serial]').fill(person.serial);
      await field(page, 'consent').check();
      await submit(page, 'consent').click();
      await expect(page).toHaveURL(/\/rouvrir-mon-dmp\/fait$/);
      await expect(page.locator('html')).toHaveAttribute('lang', way.lang);
    });

    test("la console d'accueil avec une personne identifiée", async ({ page }) => {
      await staffSignIn(page, 'agent.angers', 'agent.angers@example.org');
      await read(page, way.cookies);
      await visit(page, ['/guichet'], way.lang);
      await field(page, 'form[nir]').fill('1 96 02 2B 033 008 02');
      await page.locator('main [name="form[card_type]"][value="sans_photo"]').check();
      await field(page, 'form[serial]').fill('123456789');
      await field(page, 'form[presence]').check();
      await submit(page, 'form[nir]').click();
      await expect(page.getByText('SANTONI Antoine')).toBeVisible();
      // The three questions sent unanswered: their errors, in the way.
      await submit(page, 'form[accept]').click();
      await expect(page.locator('.error-summary').first()).toBeVisible();
      await visit(page, ['/guichet'], way.lang);
    });

    test('les statistiques', async ({ page }) => {
      await staffSignIn(page, 'statistiques', 'statistiques@example.org');
      await read(page, way.cookies);
      await visit(page, ['/statistiques', '/statistiques?pas=mois'], way.lang);
    });

    test("le choix du DMP d'un représentant légal", async ({ page }) => {
      await signIn(page, 'lea.jeanbaptiste', 'Demo-DMP-Lea-2026', 'lea.jean-baptiste@example.org', /\/mon-dmp\/choisir$/);
      await read(page, way.cookies);
      await visit(page, ['/mon-dmp/choisir'], way.lang);
      await page.locator('main form button[type=submit]').last().click();
      await expect(page).toHaveURL(/\/mon-dmp$/);
      await expect(page.locator('html')).toHaveAttribute('lang', way.lang);
      await visit(page, ['/mon-dmp/espace/comptes-rendus', '/mon-dmp/historique'], way.lang);
    });
  });
}
