import { test, expect, Page } from './fixtures';
import { openMarieWithCard, recordMenu, signInAsMarie } from './helpers';

// Each test puts back what it changed: the other files use the same record.
test.describe.configure({ mode: 'serial' });

async function receiptIsAPdf(page: Page) {
  const notice = page.getByRole('status').filter({ hasText: 'Votre choix est enregistré' });
  await expect(notice).toBeVisible();
  const href = (await notice.getByRole('link', { name: 'Imprimer le reçu (PDF)' }).getAttribute('href'))!;
  const pdf = await page.request.get(href);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
}

test('la patiente masque un document aux professionnels, puis le démasque', async ({ page }) => {
  await signInAsMarie(page);
  await page.goto('/mon-dmp/espace/analyses');
  const row = page.locator('table.documents tbody tr').first();
  const title = (await row.locator('td').nth(1).getByRole('link').innerText()).trim();
  await row.getByRole('button', { name: `Masquer aux professionnels : ${title}` }).click();
  await receiptIsAPdf(page);
  await expect(page).toHaveURL(/\/mon-dmp\/espace\/analyses\?recu=\d+$/);
  const masked = page.locator('table.documents tbody tr').filter({ hasText: title }).first();
  await expect(masked.getByText('Masqué', { exact: true })).toBeVisible();

  // From the document itself.
  await masked.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText('Ce document est masqué aux professionnels de santé.')).toBeVisible();
  await expect(page.getByText('par votre médecin traitant DMP et par le professionnel qui l\'a déposé')).toBeVisible();
  await page.getByRole('button', { name: 'Ne plus masquer' }).click();
  await receiptIsAPdf(page);
  await expect(page.getByText('Ce document est visible des professionnels de santé que vous avez autorisés')).toBeVisible();
});

test('la patiente bloque une sage-femme trouvée dans l\'annuaire, puis la débloque', async ({ page }) => {
  await signInAsMarie(page);
  await recordMenu(page, 'Professionnels autorisés ou bloqués');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Professionnels autorisés ou bloqués');
  await expect(page.getByText('ne peut pas être bloqué').first()).toBeVisible();
  // A wrong RPPS first.
  await page.getByLabel('N° RPPS (11 chiffres)').fill('123');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Le numéro RPPS compte 11 chiffres' })).toBeVisible();
  await page.getByLabel('N° RPPS (11 chiffres)').fill('');
  await page.getByLabel('Profession').selectOption('Sage-femme');
  await page.getByLabel('Ville').fill('rouen');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 professionnel trouvé.' })).toBeVisible();
  await page.getByRole('button', { name: 'Bloquer Julie BLONDEL' }).first().click();
  await receiptIsAPdf(page);
  const known = page.locator('table.documents').first().locator('tr').filter({ hasText: 'BLONDEL' });
  await expect(known).toContainText('Bloqué');
  await known.getByRole('button', { name: 'Débloquer Julie BLONDEL' }).click();
  await receiptIsAPdf(page);
  await expect(page.locator('table.documents').first().locator('tr').filter({ hasText: 'BLONDEL' }).filter({ hasText: 'Bloqué' })).toHaveCount(0);
});

test('un régulateur du SAMU consulte le DMP, puis la patiente s\'oppose au bris de glace et lit l\'historique', async ({ page }) => {
  await openMarieWithCard(page, 'Médecin Paul FERRAND');
  await page.getByRole('button', { name: 'Accéder en mode SAMU–Centre 15' }).click();
  await expect(page.locator('.emergency-banner')).toBeVisible();
  await page.context().clearCookies();

  await signInAsMarie(page);
  await recordMenu(page, 'Accès en urgence');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accès à mon DMP en cas d\'urgence');
  await expect(page.getByText('le médecin régulateur du SAMU peut consulter votre DMP')).toBeVisible();
  const brisDeGlace = page.getByRole('group', { name: /sans mon autorisation/ });
  await brisDeGlace.getByLabel('Non, je m\'y oppose').check();
  await page.getByRole('button', { name: 'Enregistrer mes choix' }).click();
  await receiptIsAPdf(page);
  await expect(page.getByRole('group', { name: /sans mon autorisation/ }).getByLabel('Non, je m\'y oppose')).toBeChecked();

  await recordMenu(page, 'Historique des accès');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Historique des accès');
  const emergency = page.locator('tr.history__emergency').filter({ hasText: 'Paul FERRAND' }).first();
  await expect(emergency).toContainText('Accès en urgence');
  await expect(emergency).toContainText('SAMU–Centre 15 : appel au médecin régulateur');
  await page.getByLabel('Qui').selectOption('moi');
  await page.getByRole('button', { name: 'Afficher' }).click();
  await expect(page).toHaveURL(/qui=moi/);
  const choice = page.locator('tbody tr').filter({ hasText: 'Modification des choix d\'accès en urgence' }).first();
  await expect(choice).toContainText('accès en mode bris de glace : refusé');
  await expect(choice).toContainText('Vous êtes titulaire du DMP');
  await expect(choice.getByRole('link', { name: 'Imprimer le reçu (PDF)' })).toBeVisible();
  await expect(page.locator('tr.history__emergency')).toHaveCount(0);

  // Put the choice back for the other tests.
  await recordMenu(page, 'Accès en urgence');
  await page.getByRole('group', { name: /sans mon autorisation/ }).getByLabel('Oui, je l\'autorise').check();
  await page.getByRole('button', { name: 'Enregistrer mes choix' }).click();
  await receiptIsAPdf(page);
});
