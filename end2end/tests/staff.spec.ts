import { test, expect } from '@playwright/test';

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
