import { test, expect } from '@playwright/test';

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
