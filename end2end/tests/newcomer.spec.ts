import { test, expect, Page } from './fixtures';
import { signInAsMarie, outboxCode } from './helpers';

// Issue 17: defects a newcomer meets, at a phone's width and a desktop's.
for (const width of [320, 1280]) {
  test.describe(`à ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('les pages du DMP ont un seul suffixe de titre et le menu indique la page en cours', async ({ page }) => {
      await signInAsMarie(page);
      const pages: [string, string][] = [
        ['/mon-dmp', 'Accueil de mon DMP'],
        ['/mon-dmp/historique', 'Historique des accès'],
        ['/mon-dmp/remboursements', 'Données de remboursement'],
        ['/mon-dmp/acces-en-urgence', 'Accès en urgence'],
      ];
      for (const [path, link] of pages) {
        await page.goto(path);
        const title = await page.title();
        expect(title.match(/Mon DMP/g), title).toHaveLength(1);
        expect(title).toMatch(/ – Mon DMP$/);
        const current = page.getByRole('navigation', { name: 'Mon DMP' }).locator('[aria-current="page"]');
        await expect(current).toHaveCount(1);
        await expect(current).toHaveText(link);
      }
    });

    test('sur la page du code, le champ du code vient avant « Recevoir un nouveau code »', async ({ page }) => {
      await page.goto('/connexion');
      await page.getByLabel('Identifiant de connexion').fill('marieleroy');
      await page.getByLabel('Mot de passe').fill('Demo-DMP-Marie-2026');
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await expect(page).toHaveURL(/\/connexion\/code$/);
      await page.getByRole('button', { name: 'Recevoir mon code' }).click();
      await expect(page.getByRole('status')).toContainText('Un code à 6 chiffres');
      const field = page.getByLabel('Code reçu');
      const again = page.getByRole('button', { name: 'Recevoir un nouveau code' });
      const before = await field.evaluate((input, button) =>
        Boolean(input.compareDocumentPosition(button as Node) & Node.DOCUMENT_POSITION_FOLLOWING), await again.elementHandle());
      expect(before).toBe(true);
      const fieldBox = (await field.boundingBox())!;
      const againBox = (await again.boundingBox())!;
      expect(fieldBox.y).toBeLessThan(againBox.y);
      // The code just received still works.
      await field.fill(await outboxCode(page, 'Votre code de connexion au DMP', 'marie.leroy@example.org'));
      await page.getByRole('button', { name: 'Valider' }).click();
      await expect(page).toHaveURL(/\/mon-dmp$/);
    });

    test('les remboursements écrivent les décimales avec une virgule et accordent « ligne »', async ({ page }) => {
      await signInAsMarie(page);
      await page.goto('/mon-dmp');
      await expect(page.getByText(/\d+ lignes? de remboursement/)).toBeVisible();
      await page.goto('/mon-dmp/remboursements');
      const care = page.locator('section.remb').filter({ has: page.getByRole('heading', { name: 'Soins médicaux et dentaires' }) });
      const cells = await care.locator('td').allInnerTexts();
      expect(cells.some((c) => /^\d+,\d{2}$/.test(c.trim())), cells.join(' | ')).toBe(true);
      expect(cells.some((c) => /^\d+\.\d{2}$/.test(c.trim()))).toBe(false);
      // One day with a care line: its table says « 1 ligne ».
      const day = (await care.locator('tbody tr').first().locator('td').first().innerText()).trim();
      const [d, m, y] = day.split('/');
      await page.getByLabel('Du', { exact: true }).fill(`${y}-${m}-${d}`);
      await page.getByLabel('Au', { exact: true }).fill(`${y}-${m}-${d}`);
      await page.getByRole('button', { name: 'Afficher' }).click();
      await expect(page).toHaveURL(/du=/);
      for (const caption of await page.locator('section.remb caption').allTextContents()) {
        const n = Number(caption.match(/: (\d+) lignes?$/)![1]);
        expect(caption).toMatch(n <= 1 ? / ligne$/ : / lignes$/);
      }
    });
  });
}

test('le fil des étapes dit en mots quelle étape est en cours et lesquelles viennent', async ({ page }) => {
  await page.goto('/creation');
  const steps = page.getByRole('navigation', { name: 'Étapes de la création du DMP' }).getByRole('listitem');
  await expect(steps.nth(0)).toContainText('(en cours)');
  await expect(steps.nth(1)).toContainText('(à venir)');
  await expect(steps.nth(2)).toContainText('(à venir)');
});

test("l'historique montre d'abord les accès des autres, pas ses propres visites", async ({ page }) => {
  await signInAsMarie(page);
  for (const path of ['/mon-dmp/espace/analyses', '/mon-dmp/remboursements', '/mon-dmp/acces-en-urgence']) {
    await page.goto(path);
  }
  await page.goto('/mon-dmp/historique');
  await expect(page.getByLabel('Qui')).toHaveValue('');
  await expect(page.getByLabel('Qui').locator('option:checked')).toHaveText('Tout, sauf mes propres consultations');
  const mine = page.locator('tbody tr').filter({ hasText: 'Consultation' }).filter({ hasText: 'Vous êtes titulaire du DMP' });
  await expect(mine).toHaveCount(0);
  await page.getByLabel('Qui').selectOption('tous');
  await page.getByRole('button', { name: 'Afficher' }).click();
  await expect(page).toHaveURL(/qui=tous/);
  await expect(mine.first()).toBeVisible();
});
