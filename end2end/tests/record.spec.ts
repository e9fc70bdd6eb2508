import { test, expect } from './fixtures';
import { recordMenu, signInAsMarie } from './helpers';

test('un DMP de démonstration : chaque espace, un PDF, puis déconnexion', async ({ page }, info) => {
  await signInAsMarie(page);
  await expect(page.locator('.identity__list')).toContainText('LEROY Marie');
  await expect(page.getByRole('heading', { name: 'Derniers documents' })).toBeVisible();

  const spaces: [string, string][] = [
    ['Synthèses', 'Volet de synthèse médicale'],
    ['Traitements', 'Ordonnance de lévothyroxine'],
    ['Analyses', 'Bilan thyroïdien'],
    ['Imagerie', 'Radiographie du thorax'],
    ['Comptes rendus', 'Consultation de cardiologie'],
    ['Prévention', 'Vaccination contre la grippe saisonnière'],
    ['Certificats', 'Certificat de non contre-indication au sport'],
    ['Espace personnel', 'Mes allergies et mes vaccins'],
    ['Directives anticipées', ''],
    ['Données de remboursement', ''],
  ];
  for (const [space, title] of spaces) {
    await page.goto('/mon-dmp');
    // The nine spaces are cards; the advance directives are set apart.
    const list = space === 'Directives anticipées' ? page.locator('main p') : page.locator('.spaces-list');
    await list.getByRole('link', { name: space, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(space);
    if (title) {
      await expect(page.getByRole('link', { name: title })).toBeVisible();
    }
  }
  await expect(page.getByRole('table').first()).toBeVisible();
  await page.goto('/mon-dmp/espace/personnel');
  // The patient's own document is set apart.
  await expect(page.getByText('Déposé par vous')).toBeVisible();

  // A professional's PDF opens in the page and downloads.
  await page.goto('/mon-dmp/espace/analyses');
  await page.getByRole('link', { name: 'Bilan thyroïdien' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bilan thyroïdien');
  await expect(page.getByText('CR d\'examens biologiques')).toBeVisible();
  const frame = page.locator('iframe.document-frame');
  await expect(frame).toBeVisible();
  const src = (await frame.getAttribute('src'))!;
  const file = await page.request.get(src);
  expect(file.status()).toBe(200);
  expect(file.headers()['content-type']).toBe('application/pdf');
  expect(file.headers()['cache-control']).toBe('no-store');
  expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-');
  const download = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Télécharger', exact: true }).click(),
  ]).then(([d]) => d);
  expect(download.suggestedFilename()).toMatch(/^document-\d+\.pdf$/);

  // Someone else's document number: not found.
  const foreign = await page.goto('/mon-dmp/documents/999999');
  expect(foreign?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Document introuvable');

  // A document of one's own: refused when it is not a PDF or an image,
  // then deposited, found in its space, and deleted.
  const title = `Ordonnance scannée (${info.project.name})`;
  await recordMenu(page, 'Déposer un document');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Déposer un document');
  await page.getByLabel('Type de document').selectOption({ label: 'Traitement ou document de soins déposé par le patient — espace Traitements' });
  await page.getByLabel('Titre').fill(title);
  await page.getByLabel('Fichier').setInputFiles({ name: 'ordonnance.pdf', mimeType: 'application/pdf', buffer: Buffer.from('pas un PDF') });
  await page.getByRole('button', { name: 'Déposer le document' }).click();
  await expect(page.locator('.error-summary')).toContainText('ni un PDF');
  await page.getByLabel('Type de document').selectOption({ label: 'Traitement ou document de soins déposé par le patient — espace Traitements' });
  await page.getByLabel('Titre').fill(title);
  await page.getByLabel('Fichier').setInputFiles({ name: 'ordonnance.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
  await page.getByRole('button', { name: 'Déposer le document' }).click();
  await expect(page).toHaveURL(/\/mon-dmp\/espace\/traitements$/);
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await page.getByRole('button', { name: 'Supprimer ce document' }).click();
  await expect(page).toHaveURL(/\/mon-dmp\/espace\/traitements$/);
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/connexion\/deconnecte$/);
  const after = await page.request.get(src);
  expect(after.status()).toBe(404);
});

test('l\'espace personnel : une personne à prévenir, des notes de santé', async ({ page }, info) => {
  await signInAsMarie(page);
  await recordMenu(page, 'Mes informations personnelles');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mes informations personnelles');

  // One person per run of this test, named after its project.
  const first = info.project.name === 'javascript' ? 'Paul' : 'Pauline';
  await page.getByRole('link', { name: 'Ajouter ou retirer une personne à prévenir' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Personnes à prévenir en cas d\'urgence');
  await page.getByRole('textbox', { name: /^Nom/ }).fill('Leroy');
  await page.getByRole('textbox', { name: /^Prénom/ }).fill(first);
  await page.getByRole('textbox', { name: /^Lien avec vous/ }).fill('Frère');
  await page.getByRole('textbox', { name: /^Téléphone/ }).fill('12');
  await page.getByRole('button', { name: 'Ajouter cette personne' }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toContainText('10 chiffres');
  await summary.getByRole('link').first().click();
  await expect(page.getByRole('textbox', { name: /^Téléphone/ })).toBeFocused();
  // Without JavaScript the page came back from the server: type again
  // what it does not keep.
  if (info.project.name !== 'javascript') {
    await page.getByRole('textbox', { name: /^Nom/ }).fill('Leroy');
    await page.getByRole('textbox', { name: /^Prénom/ }).fill(first);
    await page.getByRole('textbox', { name: /^Lien avec vous/ }).fill('Frère');
  }
  await page.getByRole('textbox', { name: /^Téléphone/ }).fill('06 11 22 33 44');
  await page.getByRole('button', { name: 'Ajouter cette personne' }).click();
  await expect(page).toHaveURL(/\/mon-dmp\/espace-personnel\?fait=contact-ajoute$/);
  await expect(page.getByRole('status')).toContainText('La personne à prévenir est ajoutée.');
  await expect(page.getByText(`${first} Leroy (Frère), 06 11 22 33 44`)).toBeVisible();

  // Health notes, shown on the summary.
  await page.getByRole('link', { name: 'Modifier mes notes de santé' }).click();
  await page.getByLabel('Allergies').fill(`Pénicilline (${info.project.name})`);
  await page.getByLabel('Groupe sanguin').selectOption('A+');
  await page.getByRole('button', { name: 'Enregistrer mes notes' }).click();
  await expect(page.getByRole('status')).toContainText('Vos notes de santé sont enregistrées.');
  await expect(page.getByText(`Pénicilline (${info.project.name})`)).toBeVisible();

  // And the person is removed again.
  await page.getByRole('link', { name: 'Ajouter ou retirer une personne à prévenir' }).click();
  await page.getByRole('button', { name: `Retirer ${first} Leroy` }).click();
  await expect(page.getByRole('status')).toContainText('La personne à prévenir est retirée.');
  await expect(page.getByText(`${first} Leroy (Frère)`)).toHaveCount(0);

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page).toHaveURL(/\/connexion\/deconnecte$/);
});
