import { test, expect, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';

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
  await page.goto('/personnel/connexion');
  await page.getByLabel('Identifiant professionnel').fill('agent.angers');
  await page.getByLabel('Mot de passe').fill('Demo-DMP-Personnel-2026');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).toHaveURL(/\/personnel\/code$/);
  const outbox = await page.context().newPage();
  await outbox.goto('/demo/messages');
  const mail = outbox.locator('.outbox__message')
    .filter({ hasText: "Votre code de connexion à l'espace du personnel DMP" })
    .filter({ hasText: 'agent.angers@example.org' })
    .first();
  const code = (await mail.locator('.outbox__body').innerText()).match(/\b(\d{6})\b/)![1];
  await outbox.close();
  await page.getByLabel('Code reçu').fill(code);
  await page.getByRole('button', { name: 'Valider' }).click();
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
  // Whether he has a DMP yet depends on the creation tests run before.
  await expect(page.getByText(/^(N'a pas encore de DMP\.|A un DMP, ouvert le .+\.)$/)).toBeVisible();

  await page.getByRole('button', { name: 'Personne suivante' }).click();
  await expect(page.getByRole('heading', { name: 'Identifier la personne' })).toBeVisible();
});

async function staffSignIn(page: Page, login: string, email: string) {
  await page.goto('/personnel/connexion');
  await page.getByLabel('Identifiant professionnel').fill(login);
  await page.getByLabel('Mot de passe').fill('Demo-DMP-Personnel-2026');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).toHaveURL(/\/personnel\/code$/);
  const outbox = await page.context().newPage();
  await outbox.goto('/demo/messages');
  const mail = outbox.locator('.outbox__message')
    .filter({ hasText: "Votre code de connexion à l'espace du personnel DMP" })
    .filter({ hasText: email })
    .first();
  const code = (await mail.locator('.outbox__body').innerText()).match(/\b(\d{6})\b/)![1];
  await outbox.close();
  await page.getByLabel('Code reçu').fill(code);
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page).toHaveURL(/\/personnel$/);
}

async function downloaded(page: Page, link: RegExp): Promise<string> {
  const download = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: link }).click(),
  ]).then(([d]) => d);
  return download.path();
}

// With JavaScript, Antoine SANTONI, who has neither e-mail nor mobile; without,
// his neighbour in the demo, the boy Noah JEAN-BAPTISTE, with his mother.
test("l'agent d'accueil crée le DMP avec les trois questions et remet le document des secrets", async ({ page }, info) => {
  const javascript = info.project.name === 'javascript';
  await staffSignIn(page, 'agent.angers', 'agent.angers@example.org');
  await page.getByRole('link', { name: "Ouvrir la console d'accueil" }).click();
  const person = javascript
    ? { nir: '1 96 02 2B 033 008 02', card: 'Carte Vitale sans photo', serial: '123456789', name: 'SANTONI Antoine' }
    : { nir: '1 15 03 97 120 045 80', card: 'Carte Vitale avec photo', serial: '80234567890', name: 'JEAN-BAPTISTE Noah' };
  await page.getByLabel('Numéro de sécurité sociale').fill(person.nir);
  await page.getByLabel(person.card).check();
  await page.getByLabel('Numéro de série de la carte Vitale').fill(person.serial);
  await page.getByLabel(/est devant moi avec sa carte Vitale/).check();
  await page.getByRole('button', { name: 'Identifier la personne' }).click();
  await expect(page.getByText(person.name)).toBeVisible();
  await expect(page.getByText("N'a pas encore de DMP.")).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Créer le DMP : les trois questions' })).toBeVisible();

  // Nothing answered: each question says so, and nothing is created.
  await page.getByRole('button', { name: 'Créer le DMP' }).click();
  await expect(page.getByText('Cochez cette case une fois le DMP présenté').first()).toBeVisible();
  await expect(page.getByText(/Indiquez la réponse de la personne : un professionnel/).first()).toBeVisible();
  await expect(page.getByText("N'a pas encore de DMP.")).toBeVisible();

  await page.getByLabel('Le DMP a été présenté à la personne, qui consent à sa création.').check();
  await page.getByRole('group', { name: /en cas d'urgence, sans son accord/ }).getByLabel('Oui').check();
  await page.getByRole('group', { name: /SAMU – Centre 15 peut-il/ }).getByLabel('Non').check();
  if (!javascript) {
    await page.getByLabel("Lien avec l'enfant").selectOption('MTH');
    await page.getByLabel(/^Nom du représentant légal/).fill('Jean-Baptiste');
    await page.getByLabel(/^Prénom du représentant légal/).fill('Léa');
    await page.getByLabel('Adresse e-mail', { exact: true }).fill('lea.jean-baptiste@example.org');
    await page.getByLabel("Confirmez l'adresse e-mail").fill('lea.jean-baptiste@example.org');
  }
  await page.getByRole('button', { name: 'Créer le DMP' }).click();
  await expect(page.getByText(/A un DMP, ouvert le/)).toBeVisible();

  const file = await downloaded(page, /Télécharger le document des secrets/);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain(person.name);
  if (javascript) {
    await expect(page.getByText('DMP créé sans accès internet')).toBeVisible();
    expect(text).toContain('sans accès internet');
    expect(text).not.toContain('Mot de passe initial');
  } else {
    const login = (await page.getByText(/Identifiant : [a-z0-9.]+\./).innerText()).match(/Identifiant : ([a-z0-9.]+)\./)![1];
    expect(text).toContain(login);
    expect(text).toMatch(/Mot de passe initial\s*:\s*[A-Za-z0-9]{12}/);
  }
  await page.getByRole('button', { name: 'Personne suivante' }).click();
  await expect(page.getByRole('heading', { name: 'Identifier la personne' })).toBeVisible();
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

  const file = await downloaded(page, /Télécharger ces chiffres/);
  const csv = execFileSync('cat', [file], { encoding: 'utf8' });
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toBe('jour,departement,canal,crees,alimentes,alimentes_assurance_maladie');
  expect(lines.length).toBeGreaterThan(10);
  expect(csv).toMatch(/,guichet,\d+,\d+,\d+/);
});
