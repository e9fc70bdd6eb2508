import { test, expect } from './fixtures';
import { openMarieWithCard, recordMenu, signInAsMarie } from './helpers';

// Run in this order: the patient, last, sees what the professionals did.
test.describe.configure({ mode: 'serial' });

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

const masked = (project: string) => `Ordonnance masquée (${project})`;

test('un médecin trouve Marie, devient médecin traitant, lit un PDF et dépose un document masqué', async ({ page }, info) => {
  // One doctor per project: a declared consent lasts.
  const doctor = info.project.name === 'javascript' ? 'Médecin Sophie LEBLANC' : 'Médecin Marc ROUSSEAU';
  await page.goto('/professionnel');
  await page.getByLabel('Carte').selectOption({ label: doctor });
  await page.getByLabel('Code PIN').fill('1234');
  await page.getByRole('button', { name: 'Valider le code PIN' }).click();
  // By identity traits; a typo first, then the INS.
  await page.getByRole('textbox', { name: 'Nom de naissance' }).fill('Leroy');
  await page.getByRole('textbox', { name: 'Premier prénom' }).fill('Marie');
  await page.getByLabel('Date de naissance').fill('1984-07-10');
  await page.getByLabel('Sexe').selectOption('F');
  await page.getByRole('button', { name: 'Rechercher le DMP' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Aucun DMP trouvé' })).toBeVisible();
  await page.getByRole('textbox', { name: /^INS/ }).fill('284077505612322');
  await page.getByRole('button', { name: 'Rechercher le DMP' }).click();
  await expect(page).toHaveURL(/\/professionnel\/dossier$/);
  // Without a right, only that a DMP exists.
  await expect(page.getByText('Un DMP existe pour ce patient.')).toBeVisible();
  await expect(page.getByText('LEROY Marie')).toHaveCount(0);
  await expect(page.getByText('déclarez que le patient vous y a autorisé')).toBeVisible();
  await page.getByRole('button', { name: 'Accéder au DMP' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Cochez la case' }).first()).toBeVisible();
  await page.getByLabel('Le patient m\'a autorisé à accéder à son DMP').check();
  await page.getByLabel(/je deviens son médecin traitant DMP/).check();
  await page.getByRole('button', { name: 'Accéder au DMP' }).click();
  await expect(page.getByRole('heading', { name: 'Documents' })).toBeVisible();
  await expect(page.locator('.identity__list')).toContainText('LEROY Marie');
  await expect(page.locator('.identity__list')).toContainText('en tant que médecin traitant DMP');

  await page.getByRole('link', { name: 'Bilan thyroïdien' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bilan thyroïdien');
  const src = (await page.locator('iframe.document-frame').getAttribute('src'))!;
  const file = await page.request.get(src);
  expect(file.status()).toBe(200);
  expect(file.headers()['cache-control']).toBe('no-store');

  await page.getByRole('link', { name: '← DMP du patient' }).click();
  await page.getByRole('link', { name: 'Déposer un document' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Déposer un document');
  await page.getByLabel('Type de document').selectOption({ label: 'Prescription de produits de santé — espace Traitements' });
  await page.getByLabel('Titre').fill(masked(info.project.name));
  await page.getByLabel('Fichier PDF').setInputFiles({ name: 'ordonnance.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
  await page.getByLabel(/Masqué aux professionnels/).check();
  await page.getByLabel(/Non visible par le patient/).check();
  await page.getByRole('button', { name: 'Déposer le document' }).click();
  await expect(page.locator('.error-summary')).toContainText('à la fois masqué');
  await page.getByLabel('Type de document').selectOption({ label: 'Prescription de produits de santé — espace Traitements' });
  await page.getByLabel('Titre').fill(masked(info.project.name));
  await page.getByLabel('Fichier PDF').setInputFiles({ name: 'ordonnance.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
  await page.getByLabel(/Masqué aux professionnels/).check();
  await page.getByRole('button', { name: 'Déposer le document' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Le document est déposé' })).toBeVisible();
  await expect(page.getByRole('link', { name: masked(info.project.name) })).toBeVisible();
});

test('un pharmacien autorisé ne voit pas le document masqué', async ({ page }, info) => {
  await openMarieWithCard(page, 'Pharmacien Dominique PAOLI');
  // The consent may already be declared (the other project's run): wait
  // for the page to say which.
  const consent = page.getByRole('button', { name: 'Accéder au DMP' });
  await expect(consent.or(page.getByRole('heading', { name: 'Documents' }))).toBeVisible();
  if (await consent.isVisible()) {
    await page.getByLabel('Le patient m\'a autorisé à accéder à son DMP').check();
    await page.getByRole('button', { name: 'Accéder au DMP' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Documents' })).toBeVisible();
  await expect(page.locator('table.documents')).toBeVisible();
  await expect(page.getByRole('link', { name: masked(info.project.name) })).toHaveCount(0);
});

test('une infirmière accède en mode bris de glace, avec un motif', async ({ page }, info) => {
  await openMarieWithCard(page, 'Infirmier Émilie HOARAU');
  await page.getByRole('button', { name: 'Accéder en mode bris de glace' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Indiquez le motif' }).first()).toBeVisible();
  await page.getByLabel('Motif de l\'urgence').fill(`Malaise à domicile, patiente inconsciente (${info.project.name})`);
  await page.getByRole('button', { name: 'Accéder en mode bris de glace' }).click();
  await expect(page.locator('.emergency-banner')).toContainText('Accès en mode bris de glace');
  await expect(page.locator('.emergency-banner')).toContainText('Malaise à domicile');
  await expect(page.getByRole('heading', { name: 'Documents' })).toBeVisible();
  await expect(page.locator('.identity__list')).toContainText('LEROY Marie');
  // The banner stays on every page of the session.
  await page.locator('table.documents a').first().click();
  await expect(page.locator('.emergency-banner')).toContainText('Accès en mode bris de glace');
  await page.getByRole('link', { name: /Espace professionnel/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Espace professionnel de santé');
  await expect(page.locator('.emergency-banner')).toContainText('Accès en mode bris de glace');
});

test('la patiente voit le nouveau document, les accès et ses notifications', async ({ page }, info) => {
  await signInAsMarie(page);
  await expect(page.getByRole('link', { name: masked(info.project.name) })).toBeVisible();
  await expect(page.getByText('Infirmier Émilie HOARAU, en urgence (bris de glace)').first()).toBeVisible();
  await expect(page.getByText(`Malaise à domicile, patiente inconsciente (${info.project.name})`)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Dernier accès d\'un professionnel' })).toBeVisible();
  await recordMenu(page, 'Mes notifications');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mes notifications');
  await expect(page.getByRole('heading', { name: 'Un nouveau document dans votre DMP' }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Accès en urgence à votre DMP' }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Un professionnel de santé a consulté votre DMP' }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
});
