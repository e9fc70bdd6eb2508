import { test, expect, Page } from './fixtures';
import { identifyLea, staffSignIn } from './helpers';

// Only a desk agent signed in on the device switches it; the agent is then
// signed out, and the device is ready for the public.
async function becomeKiosk(page: Page) {
  await staffSignIn(page, 'agent.angers', 'agent.angers@example.org');
  await page.goto('/borne');
  await page.getByRole('button', { name: 'Activer le mode borne sur cet appareil' }).click();
  await expect(page).toHaveURL(/\/creation$/);
  await expect(page.getByText("Borne d'accueil")).toBeVisible();
  await page.goto('/personnel');
  await expect(page.getByText("Votre connexion a expiré ou n'a pas commencé.")).toBeVisible();
  await page.goto('/creation');
}

// Issue 17 (10): a visitor can neither switch a device to kiosk mode nor
// take a kiosk out of it.
test('le mode borne ne se change que par un agent d’accueil connecté', async ({ page }) => {
  await page.goto('/borne');
  await expect(page.getByText("Cet appareil n'est pas en mode borne.")).toBeVisible();
  await expect(page.getByRole('button', { name: /mode borne/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: "Me connecter comme agent d'accueil" })).toBeVisible();
  // Even a forged post changes nothing.
  await page.request.post('/api/borne/mode', { form: { on: '1' }, maxRedirects: 0 });
  expect((await page.context().cookies()).some((c) => c.name === 'dmp_borne')).toBe(false);

  await becomeKiosk(page);
  await page.goto('/borne');
  await expect(page.getByText('Cet appareil est en mode borne.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Désactiver le mode borne' })).toHaveCount(0);
  await page.request.post('/api/borne/mode', { form: { on: '0' }, maxRedirects: 0 });
  await page.goto('/borne');
  await expect(page.getByText('Cet appareil est en mode borne.')).toBeVisible();

  // The agent signs in on it and switches it back.
  await staffSignIn(page, 'agent.angers', 'agent.angers@example.org');
  await page.goto('/borne');
  await page.getByRole('button', { name: 'Désactiver le mode borne' }).click();
  await expect(page.getByText("Cet appareil n'est pas en mode borne.")).toBeVisible();
});

test('borne d’accueil : pas de remplissage automatique, et « Abandonner » efface tout', async ({ page }) => {
  await becomeKiosk(page);
  await expect(page.locator('form[action="/api/creation/identification"]')).toHaveAttribute('autocomplete', 'off');
  const page1 = await page.request.get('/creation');
  expect(page1.headers()['cache-control']).toBe('no-store');
  await identifyLea(page);
  await expect(page.locator('form[action="/api/creation/informations"]')).toHaveAttribute('autocomplete', 'off');
  await page.locator('summary', { hasText: 'Abandonner' }).click();
  await page.getByRole('button', { name: 'Oui, abandonner' }).click();
  await expect(page).toHaveURL(/\/creation$/);
  await page.goto('/creation/informations');
  await expect(page.getByRole('link', { name: /étape 1/ })).toBeVisible();
});

test('borne d’accueil : après un temps sans activité, un avertissement puis tout est effacé', async ({ page }, info) => {
  test.skip(info.project.name !== 'javascript', 'le compte à rebours demande JavaScript');
  await becomeKiosk(page);
  await expect(page.getByRole('button', { name: 'Agrandir le texte' })).toBeVisible();

  // « Je continue » keeps what was typed.
  await page.getByLabel('Numéro de sécurité sociale').fill('2 83 01 97 112 005 50');
  const dialog = page.getByRole('alertdialog', { name: 'Êtes-vous toujours là ?' });
  await expect(dialog).toBeVisible({ timeout: 10_000 });
  await expect(dialog).toContainText('seront effacées dans');
  await page.getByRole('button', { name: 'Je continue' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Numéro de sécurité sociale')).toHaveValue('2 83 01 97 112 005 50');

  // Identified, then nobody touches the screen: back to a blank welcome screen.
  await page.getByLabel('Numéro de sécurité sociale').fill('');
  await identifyLea(page);
  await expect(page.locator('.identity')).toContainText('JEAN-BAPTISTE');
  await expect(dialog).toBeVisible({ timeout: 10_000 });
  await expect(page).toHaveURL(/\/creation$/, { timeout: 15_000 });
  await expect(page.getByLabel('Numéro de sécurité sociale')).toHaveValue('');
  // The creation session is gone on the server too.
  await page.goto('/creation/informations');
  await expect(page.locator('.identity')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /étape 1/ })).toBeVisible();
});

test('borne d’accueil : un DMP consulté sur la borne se ferme seul après un temps sans activité', async ({ page }, info) => {
  test.skip(info.project.name !== 'javascript', 'le compte à rebours demande JavaScript');
  await becomeKiosk(page);
  await page.goto('/connexion');
  await page.getByLabel('Identifiant de connexion').fill('jpmoreau');
  await page.getByLabel('Mot de passe').fill('Demo-DMP-JeanPierre-2026');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).toHaveURL(/\/connexion\/code$/);
  await expect(page.getByText('par SMS (06 •• •• •• 78)')).toBeVisible();
  await page.getByRole('button', { name: 'Recevoir mon code' }).click();
  await expect(page.getByRole('status')).toContainText('Un code à 6 chiffres');
  const outbox = await page.context().newPage();
  await outbox.goto('/demo/messages');
  const sms = outbox.locator('.outbox__message').filter({ hasText: '+33612345678' }).first();
  await expect(sms).toContainText('SMS');
  const code = (await sms.locator('.outbox__body').innerText()).match(/\b(\d{6})\b/)![1];
  await outbox.close();
  await page.getByLabel('Code reçu').fill(code);
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page).toHaveURL(/\/mon-dmp$/);
  await expect(page.locator('.identity__list')).toContainText('MOREAU Jean-Pierre');

  // Nobody touches the screen: warning, then signed out and back to the welcome screen.
  await expect(page.getByRole('alertdialog', { name: 'Êtes-vous toujours là ?' })).toBeVisible({ timeout: 10_000 });
  await expect(page).toHaveURL(/\/creation$/, { timeout: 15_000 });
  await page.goto('/mon-dmp');
  await expect(page.getByText('Pour consulter votre DMP, connectez-vous.')).toBeVisible();
});
