import { test, expect } from './fixtures';
import { downloaded, pdfText } from './helpers';

// Jean-Pierre MOREAU has a ready DMP and no e-mail: his new creation code
// comes as a letter (PDF) in the demo outbox.
test('identifiant ou mot de passe oublié : nouveau code par courrier, nouvelles données de connexion', async ({ page }) => {
  // Letters already there (another run of this test): the new one is awaited.
  const letters = page.locator('.outbox__message')
    .filter({ hasText: 'Votre code de création de DMP' })
    .filter({ hasText: 'MOREAU' });
  await page.goto('/demo/messages');
  const before = await letters.count();

  await page.goto('/creation/demande-de-code');
  // With JavaScript, hydration must not reset what is typed next.
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Numéro de sécurité sociale').fill('1 52 11 69 123 045 31');
  await page.getByLabel('Numéro de série de la carte Vitale').fill('80456789012');
  await page.getByRole('button', { name: 'Recevoir un nouveau code' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'nouveau code de création' })).toBeVisible();

  // Written by the background worker within seconds; the newest comes first.
  await expect(async () => {
    await page.goto('/demo/messages');
    expect(await letters.count()).toBeGreaterThan(before);
  }).toPass({ timeout: 20000 });
  const letter = letters.first();
  const text = pdfText(await downloaded(page, letter.getByRole('link', { name: /Pièce jointe/ })));
  const code = text.match(/\b([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})\b/)![1];

  await page.goto('/connexion');
  await page.getByRole('link', { name: 'Identifiant ou mot de passe oublié' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Identifiant ou mot de passe oublié');
  await page.getByLabel('Numéro de sécurité sociale').fill('152116912304531');
  await page.getByLabel('Code de création').fill(code);
  await page.getByLabel('Carte Vitale avec photo').check();
  await page.getByLabel('Numéro de série de la carte Vitale').fill('80456789012');
  await page.getByRole('button', { name: 'Recevoir de nouvelles données de connexion' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mes nouvelles données de connexion');
  await expect(page.locator('#identifiant')).toHaveText('jpmoreau');
  const password = (await page.locator('#mot-de-passe').innerText()).trim();
  expect(password).toMatch(/^[A-Za-z0-9]{12}$/);

  // The new password opens the way to the one-time code.
  await page.goto('/connexion');
  await page.getByLabel('Identifiant de connexion').fill('jpmoreau');
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).toHaveURL(/\/connexion\/code$/);
});
