import { test, expect, Page } from './fixtures';
import { readFileSync } from 'node:fs';
import { downloaded, pdfText, staffSignIn } from './helpers';

// Each project signs in with its own demo account: the two run at once
// and read their codes from one outbox.
const accounts: Record<string, { login: string; email: string; name: string; role: string }> = {
  'javascript': { login: 'agent.angers', email: 'agent.angers@example.org', name: 'Camille ROUSSEAU', role: "Agent d'accueil" },
  'sans-javascript': { login: 'statistiques', email: 'statistiques@example.org', name: 'Nadia BENALI', role: 'Statisticien' },
};

test("un membre du personnel se connecte avec son mot de passe et le code reçu par e-mail", async ({ page }, info) => {
  const who = accounts[info.project.name];
  await page.goto('/personnel/connexion');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Espace du personnel');

  // A wrong password: the usual message, linked from the summary.
  await page.getByLabel('Identifiant professionnel').fill(who.login);
  await page.getByLabel('Mot de passe').fill('pas-le-bon');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByText('Identifiant ou mot de passe incorrect').first()).toBeVisible();

  await page.getByLabel('Identifiant professionnel').fill(who.login);
  await page.getByLabel('Mot de passe').fill('Demo-DMP-Personnel-2026');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).toHaveURL(/\/personnel\/code$/);
  await expect(page.getByRole('status')).toContainText('Un code à 6 chiffres a été envoyé');

  const outbox = await page.context().newPage();
  await outbox.goto('/demo/messages');
  const mail = outbox.locator('.outbox__message')
    .filter({ hasText: "Votre code de connexion à l'espace du personnel DMP" })
    .filter({ hasText: who.email })
    .first();
  const code = (await mail.locator('.outbox__body').innerText()).match(/\b(\d{6})\b/)![1];
  await outbox.close();

  await page.getByLabel('Code reçu').fill(code);
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page).toHaveURL(/\/personnel$/);
  await expect(page.getByText(who.name)).toBeVisible();
  await expect(page.getByText(who.role)).toBeVisible();

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/personnel\/connexion$/);
  await page.goto('/personnel');
  await expect(page.getByText('Votre connexion a expiré')).toBeVisible();
});

test("l'agent d'accueil identifie une personne avec sa carte Vitale à la console", async ({ page }) => {
  await staffSignIn(page, 'agent.angers', 'agent.angers@example.org');
  await page.getByRole('link', { name: "Ouvrir la console d'accueil" }).click();
  await expect(page).toHaveURL(/\/guichet$/);

  // Antoine SANTONI's card, the presence box forgotten: said next to it.
  await page.getByLabel('Numéro de sécurité sociale').fill('1 96 02 2B 033 008 02');
  await page.getByLabel('Carte Vitale sans photo').check();
  await page.getByLabel('Numéro de série de la carte Vitale').fill('123456789');
  await page.getByRole('button', { name: 'Identifier la personne' }).click();
  await expect(page.getByText('Cochez cette case').first()).toBeVisible();

  await page.getByLabel('Numéro de sécurité sociale').fill('1 96 02 2B 033 008 02');
  await page.getByLabel('Carte Vitale sans photo').check();
  await page.getByLabel('Numéro de série de la carte Vitale').fill('123456789');
  await page.getByLabel(/est devant moi avec sa carte Vitale/).check();
  await page.getByRole('button', { name: 'Identifier la personne' }).click();
  await expect(page.getByRole('heading', { name: 'Personne identifiée' })).toBeVisible();
  await expect(page.getByText('SANTONI Antoine')).toBeVisible();
  await expect(page.getByText("N'a pas encore de DMP.")).toBeVisible();

  await page.getByRole('button', { name: 'Personne suivante' }).click();
  await expect(page.getByRole('heading', { name: 'Identifier la personne' })).toBeVisible();
});

async function identify(page: Page, p: { nir: string; card: string; serial: string; name: string }) {
  await page.getByLabel('Numéro de sécurité sociale').fill(p.nir);
  await page.getByLabel(p.card).check();
  await page.getByLabel('Numéro de série de la carte Vitale').fill(p.serial);
  await page.getByLabel(/est devant moi avec sa carte Vitale/).check();
  await page.getByRole('button', { name: 'Identifier la personne' }).click();
  await expect(page.getByText(p.name)).toBeVisible();
  await expect(page.getByText("N'a pas encore de DMP.")).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Créer le DMP : les trois questions' })).toBeVisible();
}

async function answer(page: Page) {
  await page.getByLabel('Le DMP a été présenté à la personne, qui consent à sa création.').check();
  await page.getByRole('group', { name: /en cas d'urgence, sans son accord/ }).getByLabel('Oui').check();
  await page.getByRole('group', { name: /SAMU – Centre 15 peut-il/ }).getByLabel('Non').check();
}

// Each project has its own portal: Antoine SANTONI, who has neither e-mail
// nor mobile, is free in both.
test("l'agent d'accueil crée le DMP d'Antoine SANTONI avec les trois questions et remet le document des secrets", async ({ page }, info) => {
  await staffSignIn(page, 'agent.angers', 'agent.angers@example.org');
  await page.getByRole('link', { name: "Ouvrir la console d'accueil" }).click();
  await identify(page, { nir: '1 96 02 2B 033 008 02', card: 'Carte Vitale sans photo', serial: '123456789', name: 'SANTONI Antoine' });

  // Nothing answered: each question says so, and nothing is created.
  await page.getByRole('button', { name: 'Créer le DMP' }).click();
  await expect(page.getByText('Cochez cette case une fois le DMP présenté').first()).toBeVisible();
  await expect(page.getByText(/Indiquez la réponse de la personne : un professionnel/).first()).toBeVisible();
  await expect(page.getByText("N'a pas encore de DMP.")).toBeVisible();

  // No e-mail, no mobile: created all the same, without an account.
  await answer(page);
  await page.getByRole('button', { name: 'Créer le DMP' }).click();
  await expect(page.getByText(/A un DMP, ouvert le/)).toBeVisible();
  await expect(page.getByText('DMP créé sans accès internet')).toBeVisible();
  const text = pdfText(await downloaded(page, page.getByRole('link', { name: /Télécharger le document des secrets/ })));
  expect(text).toContain('SANTONI Antoine');
  expect(text).toContain('sans accès internet');
  expect(text).not.toContain('Mot de passe initial');
  await page.getByRole('button', { name: 'Personne suivante' }).click();
  await expect(page.getByRole('heading', { name: 'Identifier la personne' })).toBeVisible();

  if (info.project.name !== 'javascript') {
    // A child on his mother's card, who answers for him and gives her e-mail:
    // connection data for her, printed.
    await identify(page, { nir: '1 15 03 97 120 045 80', card: 'Carte Vitale avec photo', serial: '80234567890', name: 'JEAN-BAPTISTE Noah' });
    await answer(page);
    await page.getByLabel("Lien avec l'enfant").selectOption('MTH');
    await page.getByLabel(/^Nom du représentant légal/).fill('Jean-Baptiste');
    await page.getByLabel(/^Prénom du représentant légal/).fill('Léa');
    await page.getByLabel('Adresse e-mail', { exact: true }).fill('lea.jean-baptiste@example.org');
    await page.getByLabel("Confirmez l'adresse e-mail").fill('lea.jean-baptiste@example.org');
    await page.getByRole('button', { name: 'Créer le DMP' }).click();
    await expect(page.getByText(/A un DMP, ouvert le/)).toBeVisible();
    const login = (await page.getByText(/Identifiant : [a-z0-9.]+\./).innerText()).match(/Identifiant : ([a-z0-9.]+)\./)![1];
    const pdf = pdfText(await downloaded(page, page.getByRole('link', { name: /Télécharger le document des secrets/ })));
    expect(pdf).toContain('JEAN-BAPTISTE Noah');
    expect(pdf).toContain(login);
    expect(pdf).toMatch(/Mot de passe initial\s*:\s*[A-Za-z0-9]{12}/);
  }
});

test('le statisticien lit les statistiques et télécharge le CSV', async ({ page }) => {
  await staffSignIn(page, 'statistiques', 'statistiques@example.org');
  await page.getByRole('link', { name: 'Voir les statistiques des DMP' }).click();
  await expect(page).toHaveURL(/\/statistiques$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statistiques des DMP');
  // The demo's months of openings: charts drawn, with their tables.
  const byChannel = page.getByRole('table', { name: 'DMP créés par canal' });
  await expect(byChannel.getByRole('rowheader', { name: 'Agent d\'accueil' })).toBeVisible();
  await expect(page.locator('svg.chart').first()).toBeVisible();
  expect(await page.locator('svg.chart rect').count()).toBeGreaterThan(10);

  // Another grouping, by a plain form.
  await page.getByLabel('Regrouper').selectOption('mois');
  await page.getByRole('button', { name: 'Afficher' }).click();
  await expect(page).toHaveURL(/pas=mois/);
  await expect(page.getByRole('heading', { name: 'DMP créés, par mois' })).toBeVisible();

  const file = await downloaded(page, page.getByRole('link', { name: /Télécharger ces chiffres/ }));
  const csv = readFileSync(file, 'utf8');
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toBe('jour,departement,canal,crees,alimentes,alimentes_assurance_maladie');
  expect(lines.length).toBeGreaterThan(10);
  expect(csv).toMatch(/,guichet,\d+,\d+,\d+/);
});
