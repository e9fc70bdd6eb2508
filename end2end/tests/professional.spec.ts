import { test, expect, Page } from '@playwright/test';

async function signInWithCard(page: Page, card: string) {
  await page.goto('/professionnel');
  await page.getByLabel('Carte').selectOption({ label: card });
  await page.getByLabel('Code PIN').fill('1234');
  await page.getByRole('button', { name: 'Valider le code PIN' }).click();
  await expect(page.getByRole('status')).toContainText(`Connecté avec la carte de : ${card}`);
}

test('un médecin se connecte avec sa carte de test, puis la retire', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Espace professionnel de santé' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Espace professionnel de santé');
  await page.getByLabel('Carte').selectOption({ label: 'Médecin Sophie LEBLANC' });
  await page.getByLabel('Code PIN').fill('0000');
  await page.getByRole('button', { name: 'Valider le code PIN' }).click();
  await expect(page.locator('.error-summary')).toContainText('Il vous reste 2 essais');
  await page.getByLabel('Carte').selectOption({ label: 'Médecin Sophie LEBLANC' });
  await page.getByLabel('Code PIN').fill('1234');
  await page.getByRole('button', { name: 'Valider le code PIN' }).click();
  await expect(page.getByRole('status')).toContainText('Connecté avec la carte de : Médecin Sophie LEBLANC');
  await page.getByRole('button', { name: 'Retirer ma carte (déconnexion)' }).click();
  await expect(page.getByLabel('Code PIN')).toBeVisible();
});

test('un médecin trouve Marie LEROY, déclare son autorisation et lit ses documents', async ({ page }, info) => {
  // One doctor per project: a declared consent lasts.
  await signInWithCard(page, info.project.name === 'javascript' ? 'Médecin Sophie LEBLANC' : 'Médecin Marc ROUSSEAU');
  // By identity traits; a typo first.
  await page.getByRole('textbox', { name: 'Nom de naissance' }).fill('Leroy');
  await page.getByRole('textbox', { name: 'Premier prénom' }).fill('Marie');
  await page.getByLabel('Date de naissance').fill('1984-07-10');
  await page.getByLabel('Sexe').selectOption('F');
  await page.getByRole('button', { name: 'Rechercher le DMP' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Aucun DMP trouvé' })).toBeVisible();
  await page.getByRole('textbox', { name: /^INS/ }).fill('284077505612322');
  await page.getByRole('button', { name: 'Rechercher le DMP' }).click();
  await expect(page).toHaveURL(/\/professionnel\/dossier$/);
  await expect(page.locator('.identity__list')).toContainText('LEROY Marie');
  await expect(page.getByText('déclarez que le patient vous y a autorisé')).toBeVisible();
  await page.getByRole('button', { name: 'Accéder au DMP' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Cochez la case' }).first()).toBeVisible();
  await page.getByLabel('Le patient m\'a autorisé à accéder à son DMP').check();
  await page.getByRole('button', { name: 'Accéder au DMP' }).click();
  await expect(page.getByRole('heading', { name: 'Documents' })).toBeVisible();
  await expect(page.locator('.identity__list')).toContainText('avec l\'autorisation du patient');
  await page.getByRole('link', { name: 'Bilan thyroïdien' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bilan thyroïdien');
  const src = (await page.locator('iframe.document-frame').getAttribute('src'))!;
  const file = await page.request.get(src);
  expect(file.status()).toBe(200);
  expect(file.headers()['cache-control']).toBe('no-store');
});

test('une infirmière accède en mode bris de glace, avec un motif', async ({ page }, info) => {
  await signInWithCard(page, 'Infirmier Émilie HOARAU');
  await page.getByRole('textbox', { name: /^INS/ }).fill('152116912304531');
  await page.getByRole('button', { name: 'Rechercher le DMP' }).click();
  await expect(page).toHaveURL(/\/professionnel\/dossier$/);
  await expect(page.locator('.identity__list')).toContainText('MOREAU Jean-Pierre');
  await page.getByRole('button', { name: 'Accéder en mode bris de glace' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Indiquez le motif' }).first()).toBeVisible();
  await page.getByLabel('Motif de l\'urgence').fill(`Malaise à domicile, patient inconscient (${info.project.name})`);
  await page.getByRole('button', { name: 'Accéder en mode bris de glace' }).click();
  await expect(page.locator('.emergency-banner')).toContainText('Accès en mode bris de glace');
  await expect(page.locator('.emergency-banner')).toContainText('Malaise à domicile');
  await expect(page.getByRole('heading', { name: 'Documents' })).toBeVisible();
  // The banner stays on every page of the record.
  await page.locator('table.documents a').first().click();
  await expect(page.locator('.emergency-banner')).toContainText('Accès en mode bris de glace');
});
