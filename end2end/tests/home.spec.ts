import { test, expect } from './fixtures';

test('la page d’accueil est rendue par le serveur et se lit sans JavaScript', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page).toHaveTitle(/Accueil – Mon DMP/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mon Dossier Médical Partagé');
  await expect(page.getByText(/ne coûte rien/)).toBeVisible();
  await expect(page.getByText(/Vous choisissez de le créer ou non/)).toBeVisible();

  // Both ways in lead somewhere real, not to a 404.
  await page.getByRole('main').getByRole('link', { name: 'Je crée mon DMP' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je crée mon DMP');
  await expect(page.getByText('Étape 1 sur 3')).toBeVisible();
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: "J'accède à mon DMP" }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("J'accède à mon DMP");
  await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible();
});

test('« Agrandir le texte » marche aussi sans JavaScript, et suit la personne de page en page', async ({ page }) => {
  await page.goto('/aide');
  await expect(page.locator('.page')).not.toHaveClass(/page--large-text/);
  await page.getByRole('button', { name: 'Agrandir le texte' }).click();
  await expect(page.locator('.page')).toHaveClass(/page--large-text/);
  await expect(page).toHaveURL(/\/aide$/);
  const kept = async () => (await page.context().cookies()).some((c) => c.name === 'dmp_texte');
  await expect.poll(kept).toBe(true);
  await page.goto('/creation');
  await expect(page.locator('.page')).toHaveClass(/page--large-text/);
  await page.getByRole('button', { name: 'Texte normal' }).click();
  await expect(page.locator('.page')).not.toHaveClass(/page--large-text/);
  await expect.poll(kept).toBe(false);
  await page.goto('/');
  await expect(page.locator('.page')).not.toHaveClass(/page--large-text/);
});

test('avec JavaScript, la page s’hydrate et le texte s’agrandit en WebAssembly', async ({ page }, info) => {
  test.skip(info.project.name !== 'javascript', 'l’hydratation demande JavaScript');
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // A Content-Security-Policy refusal shows up as a console error.
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto('/');
  const button = page.getByRole('button', { name: 'Agrandir le texte' });
  // The button only exists once the WebAssembly runs.
  await expect(button).toBeVisible();
  await expect(page.locator('.page')).not.toHaveClass(/page--large-text/);
  await button.click();
  await expect(page.locator('.page')).toHaveClass(/page--large-text/);
  await expect(page.getByRole('button', { name: 'Texte normal' })).toHaveAttribute('aria-pressed', 'true');
  expect(errors).toEqual([]);
});

test('une adresse inconnue donne une vraie page 404 en français', async ({ page }) => {
  const response = await page.goto('/cette-page-n-existe-pas');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
  await page.getByRole('link', { name: "Retour à l'accueil" }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mon Dossier Médical Partagé');
});

test('les conditions générales se lisent en page et se téléchargent en PDF', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: "Conditions générales d'utilisation" }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    "Conditions générales d'utilisation du Dossier Médical Partagé",
  );
  await expect(page.getByRole('heading', { level: 2, name: "4. L'accès en cas d'urgence" })).toBeVisible();
  const href = await page.getByRole('link', { name: 'Télécharger ces conditions en PDF' }).getAttribute('href');
  const pdf = await page.request.get(href!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

// Issue 17: English from Accept-Language or the switch, and the easy-to-read
// version (FALC), both kept from page to page without JavaScript.
test.describe('en anglais', () => {
  test.use({ locale: 'en-GB' });
  test('la langue du navigateur choisit l’anglais, le bouton « Français » revient au français', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My Shared Medical Record');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached();
    await expect(page.getByRole('main').getByRole('link', { name: 'Create my DMP' })).toBeVisible();
    await page.getByRole('button', { name: 'Français' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mon Dossier Médical Partagé');
    await page.goto('/aide');
    await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/aide$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('contentinfo')).toContainText('Terms of use');
    // The help pages, in English too.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Help: the DMP step by step');
    await page.getByRole('link', { name: 'In an emergency' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('In an emergency');
    await expect(page).toHaveTitle('In an emergency – Help – Mon DMP');
  });
});

test('« Facile à lire » montre la page d’accueil en phrases courtes, et suit la personne', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Facile à lire' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Le DMP : votre carnet de santé sur internet');
  await expect(page.getByText('DMP veut dire Dossier Médical Partagé.')).toBeVisible();
  await expect(page.locator('.easy__need')).toHaveCount(3);
  await expect(page.getByRole('button', { name: 'Texte habituel' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/creation');
  await expect(page.locator('.page')).toHaveClass(/page--easy/);
  // The help pages too, in their easy version.
  await page.goto('/aide/urgences');
  await expect(page.getByText('Cette aide est écrite en phrases courtes.')).toBeVisible();
  await expect(page.getByText('Vous pouvez dire non. Ouvrez votre DMP.')).toBeVisible();
  // In English too, the easy-to-read version.
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The DMP: your health record on the internet');
  await page.getByRole('button', { name: 'Français' }).click();
  await page.getByRole('button', { name: 'Texte habituel' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mon Dossier Médical Partagé');
});
