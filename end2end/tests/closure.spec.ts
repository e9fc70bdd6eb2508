import { test, expect } from './fixtures';
import { countMail, readMail, recordMenu, signInAsMarie } from './helpers';

// Marie's record is closed and reopened within one test: the other files
// find it as it was.
test('la patiente télécharge son DMP, le clôture avec son mot de passe, puis le rouvre', async ({ page }) => {
  await signInAsMarie(page);
  await recordMenu(page, 'Télécharger mon DMP');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Télécharger mon DMP');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Télécharger mon DMP (ZIP)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('mon-dmp.zip');
  const fs = await import('fs');
  const zip = fs.readFileSync((await download.path())!);
  expect(zip.subarray(0, 2).toString()).toBe('PK');

  await recordMenu(page, 'Clôturer mon DMP');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clôturer mon DMP');
  await expect(page.getByText('Plus personne ne pourra consulter ni alimenter votre DMP')).toBeVisible();
  await page.getByLabel('Mon mot de passe, pour confirmer').fill('Demo-DMP-Marie-2026');
  await page.getByRole('button', { name: 'Clôturer mon DMP' }).click();
  await expect(page.locator('.error-summary')).toContainText('Cochez la case');
  await page.getByLabel(/J'ai compris que plus personne/).check();
  await page.getByLabel('Mon mot de passe, pour confirmer').fill('pas le bon');
  await page.getByRole('button', { name: 'Clôturer mon DMP' }).click();
  await expect(page.locator('.error-summary')).toContainText('Mot de passe incorrect');
  await page.getByLabel(/J'ai compris que plus personne/).check();
  await page.getByLabel('Mon mot de passe, pour confirmer').fill('Demo-DMP-Marie-2026');
  await page.getByRole('button', { name: 'Clôturer mon DMP' }).click();
  await expect(page).toHaveURL(/\/dmp-cloture$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Votre DMP est clôturé');

  // Signing in says it is closed (the password is right).
  await page.goto('/connexion');
  await page.getByLabel('Identifiant de connexion').fill('marieleroy');
  await page.getByLabel('Mot de passe').fill('Demo-DMP-Marie-2026');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.locator('.error-summary')).toContainText('Votre DMP est clôturé');

  // A new creation code, then the reopening.
  const codesBefore = await countMail(page, 'Votre code de création de DMP', 'marie.leroy@example.org');
  await page.goto('/creation/demande-de-code');
  await page.getByLabel('Numéro de sécurité sociale').fill('284077505612322');
  await page.getByLabel('Numéro de série de la carte Vitale').fill('80345678901');
  await page.getByRole('button', { name: 'Recevoir un nouveau code' }).click();
  await expect(page.getByText('un nouveau code de création lui est envoyé')).toBeVisible();
  const mail = await readMail(page, 'Votre code de création de DMP', 'marie.leroy@example.org', codesBefore);
  const code = mail.match(/\b([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})\b/)![1];

  await page.goto('/dmp-cloture');
  await page.getByRole('link', { name: 'Rouvrir mon DMP' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rouvrir mon DMP');
  await page.getByLabel('Numéro de sécurité sociale').fill('284077505612322');
  await page.getByLabel('Code de création').fill(code);
  await page.getByLabel('Carte Vitale avec photo').check();
  await page.getByLabel('Numéro de série de la carte Vitale').fill('80345678901');
  await page.getByRole('button', { name: 'Rouvrir mon DMP' }).click();
  await expect(page.locator('.error-summary')).toContainText('Cochez la case pour donner votre accord');
  await page.getByLabel('Numéro de sécurité sociale').fill('284077505612322');
  await page.getByLabel('Code de création').fill(code);
  await page.getByLabel('Carte Vitale avec photo').check();
  await page.getByLabel('Numéro de série de la carte Vitale').fill('80345678901');
  await page.getByLabel(/je demande la réouverture de mon DMP/).check();
  await page.getByRole('button', { name: 'Rouvrir mon DMP' }).click();
  await expect(page).toHaveURL(/\/rouvrir-mon-dmp\/fait$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Votre DMP est rouvert');

  // Everything is back.
  await signInAsMarie(page);
  await expect(page.getByRole('heading', { name: 'Derniers documents' })).toBeVisible();
  await expect(page.locator('table.documents tbody tr').first()).toBeVisible();
  await recordMenu(page, 'Historique des accès');
  await expect(page.locator('tbody tr').filter({ hasText: 'Réouverture du DMP' }).first()).toBeVisible();
  await expect(page.locator('tbody tr').filter({ hasText: 'Clôture du DMP' }).first()).toBeVisible();
});

test('la patiente choisit ce qu\'elle reçoit par e-mail', async ({ page }) => {
  await signInAsMarie(page);
  await recordMenu(page, 'Mes notifications');
  await page.getByRole('link', { name: /Choisir ce que je reçois/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Réglages des notifications');
  await expect(page.getByText('Toujours envoyé, sur chaque moyen de contact : vous devez en être informé.')).toBeVisible();
  const newDocument = page.getByLabel('E-mail : Un nouveau document est ajouté à mon DMP');
  await expect(newDocument).toBeChecked();
  await newDocument.uncheck();
  await page.getByRole('button', { name: 'Enregistrer mes réglages' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Vos réglages sont enregistrés.' })).toBeVisible();
  await expect(page.getByLabel('E-mail : Un nouveau document est ajouté à mon DMP')).not.toBeChecked();
  await expect(page.getByLabel('E-mail : Mon DMP est clôturé')).toBeChecked();
  // Back as it was.
  await page.getByLabel('E-mail : Un nouveau document est ajouté à mon DMP').check();
  await page.getByRole('button', { name: 'Enregistrer mes réglages' }).click();
  await expect(page.getByLabel('E-mail : Un nouveau document est ajouté à mon DMP')).toBeChecked();
});
