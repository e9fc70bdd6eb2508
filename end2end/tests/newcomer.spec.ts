import { test, expect, Page } from './fixtures';
import { execFileSync } from 'node:child_process';
import { askForSignInCode, identifyLea, signInAsMarie, outboxCode, practiceStep3, practiceWorkshop, secretsPdf, staffSignIn } from './helpers';

// Issue 17: defects a newcomer meets, at a phone's width and a desktop's.

// The element lies wholly within the page's width: nothing to scroll to.
async function expectInside(page: Page, element: ReturnType<Page['locator']>, width: number) {
  await expect(element).toBeVisible();
  const box = (await element.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
}
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
      await askForSignInCode(page, 'marieleroy', 'Demo-DMP-Marie-2026');
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

    test('les tableaux tiennent dans la largeur : rien ne se cache sur le côté', async ({ page }) => {
      await signInAsMarie(page);
      await page.goto('/mon-dmp/remboursements');
      const care = page.locator('section.remb').filter({ has: page.getByRole('heading', { name: 'Soins médicaux et dentaires' }) });
      await expectInside(page, care.locator('tbody tr').first().locator('td').nth(3), width);
      for (const region of await page.locator('.table-scroll').all()) {
        expect(await region.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(1);
      }
      await page.goto('/mon-dmp/espace/analyses');
      const row = page.locator('table.documents tbody tr').first();
      await expectInside(page, row.locator('td').nth(3), width);
      await expectInside(page, row.getByRole('button', { name: /^(Masquer|Ne plus masquer)/ }), width);
      if (width === 320) {
        // Each cell says which column it belongs to.
        await expect(row.locator('td').nth(3)).toHaveAttribute('data-label', 'Auteur');
      }
    });

    test('le menu du DMP est court, les liens du quotidien d’abord, « Clôturer » à part', async ({ page }) => {
      await signInAsMarie(page);
      await page.goto('/mon-dmp');
      const nav = page.getByRole('navigation', { name: 'Mon DMP' });
      await expect(nav.locator('.record-nav__main li')).toHaveCount(3);
      await expect(nav.locator('.record-nav__main')).not.toContainText('Clôturer');
      await expect(nav.getByRole('link', { name: 'Clôturer mon DMP' })).toBeHidden();
      // The page's heading is on the first screen, even on a phone.
      const h1 = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
      expect(h1.y + h1.height).toBeLessThan(width === 320 ? 640 : 500);
      await nav.locator('summary', { hasText: 'Gérer mon DMP' }).click();
      await expect(nav.locator('.record-nav__apart').getByRole('link', { name: 'Clôturer mon DMP' })).toBeVisible();
      await page.goto('/mon-dmp/telecharger');
      await expect(nav.getByRole('link', { name: 'Télécharger mon DMP' })).toBeVisible();
      await expect(nav.locator('[aria-current="page"]')).toHaveText('Télécharger mon DMP');
    });

    test('le DMP a neuf espaces, les directives anticipées à part, et l’espace personnel dit la même chose partout', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByText('Votre dossier est rangé en neuf espaces')).toBeVisible();
      await expect(page.locator('ul.spaces li')).toHaveCount(9);
      await signInAsMarie(page);
      await page.goto('/mon-dmp');
      await expect(page.getByRole('heading', { name: 'Mes neuf espaces' })).toBeVisible();
      await expect(page.locator('ul.spaces-list > li')).toHaveCount(9);
      await expect(page.locator('ul.spaces-list')).not.toContainText('Directives anticipées');
      await expect(page.getByRole('heading', { name: 'Mes directives anticipées' })).toBeVisible();
      await page.goto('/mon-dmp/espace/personnel');
      await expect(page.getByRole('link', { name: 'Mes allergies et mes vaccins' })).toBeVisible();
      await page.goto('/mon-dmp/espace-personnel');
      const allergies = page.locator('dt', { hasText: 'Allergies' }).locator('xpath=following-sibling::dd[1]');
      await expect(allergies).toContainText('Pénicilline');
      await expect(page.getByRole('link', { name: 'Espace personnel', exact: true })).toBeVisible();
    });

    test('après un lien du site, le focus va au titre de la nouvelle page, qui est annoncée', async ({ page }, info) => {
      await signInAsMarie(page);
      await page.goto('/mon-dmp');
      // Reached from outside (typed, bookmarked): the page starts at its top.
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
      await page.getByRole('navigation', { name: 'Mon DMP' }).getByRole('link', { name: 'Historique des accès' }).click();
      await expect(page).toHaveURL(/\/mon-dmp\/historique$/);
      if (info.project.name === 'javascript') {
        await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
        await expect(page.locator('#annonce')).toHaveText('Nouvelle page affichée');
      } else {
        await expect(page.locator('main#contenu')).toBeFocused();
      }
    });

    test("à l'étape 2 sans JavaScript, la liste des erreurs est sur le premier écran", async ({ page }) => {
      await page.goto('/creation');
      await identifyLea(page);
      await page.getByRole('button', { name: 'Valider' }).click();
      const summary = page.locator('.error-summary');
      await expect(summary).toBeVisible();
      const box = (await summary.boundingBox())!;
      expect(box.y).toBeLessThan(page.viewportSize()!.height);
      await page.locator('summary', { hasText: 'Abandonner' }).click();
      await page.getByRole('button', { name: 'Oui, abandonner' }).click();
      await expect(page).toHaveURL(/\/creation$/);
    });

    // (1) and (5): step 3 of a practice person's creation.
    test("à l'étape 3, « Terminer » demande d'abord, le mot de passe se lit sans ambiguïté et le document dit où aller", async ({ page }, info) => {
      test.setTimeout(120_000);
      await staffSignIn(page, 'animateur.cotesdarmor', 'animateur.cotesdarmor@example.org');
      const { cardCode } = await practiceWorkshop(page, `Foyer rural, Plestin (${width} px, ${info.project.name})`);
      const { password } = await practiceStep3(page, cardCode);
      // The password in a font where c/C, s/S, l/I differ; the INS-C in groups.
      expect(await page.locator('#mot-de-passe').evaluate((e) => getComputedStyle(e).fontFamily)).toMatch(/mono/i);
      await expectInside(page, page.locator('#mot-de-passe'), width);
      await page.locator('summary', { hasText: 'Pour les professionnels de santé' }).click();
      await expect(page.locator('.technical .nowrap-groups')).toHaveText(/^\d{4} \d{4} \d{4} \d{4} \d{4} \d{2}$/);
      const { file } = await secretsPdf(page, password);
      expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toContain('DejaVuSansMono-Bold');

      // « Terminer » asks first; while unanswered the password stays.
      const finish = page.locator('summary', { hasText: 'Terminer' });
      await expectInside(page, finish, width);
      await finish.click();
      await expect(page.getByText("L'avez-vous noté, imprimé ou téléchargé ?")).toBeVisible();
      await page.reload();
      await expect(page.locator('#mot-de-passe')).toHaveText(password);
      await page.locator('summary', { hasText: 'Terminer' }).click();
      await page.getByRole('button', { name: "Oui, je l'ai noté : terminer" }).click();
      await expect(page).toHaveURL(/\/creation$/);
      await page.goto('/creation/donnees-de-connexion');
      await expect(page.locator('#mot-de-passe')).toHaveCount(0);
    });

    test("« Abandonner » demande d'abord, et ne perd rien tant qu'on n'a pas confirmé", async ({ page }) => {
      await page.goto('/creation');
      await identifyLea(page);
      const giveUp = page.locator('summary', { hasText: 'Abandonner' });
      await expectInside(page, giveUp, width);
      await giveUp.click();
      await expect(page.getByRole('button', { name: 'Oui, abandonner' })).toBeVisible();
      await page.reload();
      await expect(page).toHaveURL(/\/creation\/informations$/);
      await expect(page.locator('.identity')).toContainText('JEAN-BAPTISTE');
      await page.locator('summary', { hasText: 'Abandonner' }).click();
      await page.getByRole('button', { name: 'Oui, abandonner' }).click();
      await expect(page).toHaveURL(/\/creation$/);
    });

    // (4) The picture of the card and the words say the same place.
    test('le numéro de série de la carte Vitale : l’image et les mots disent le même endroit', async ({ page }) => {
      await page.goto('/creation');
      const place = 'au recto, en haut à droite, juste à gauche de la photo';
      await expect(page.locator('main').getByText(place).first()).toBeVisible();
      const picture = page.locator('img[src="/carte-vitale-avec-photo.svg"]');
      await expectInside(page, picture, width);
      await expect(picture).toHaveAttribute('alt', new RegExp(place));
      // The picture draws it so: its serial box left of the photo, in the top right half.
      const svg = await (await page.request.get('/carte-vitale-avec-photo.svg')).text();
      const rect = (colour: string) => {
        const tag = svg.split('<rect').find((r) => r.includes(colour))!;
        const n = (a: string) => Number(tag.match(new RegExp(` ${a}="([0-9.]+)"`))![1]);
        return { x: n('x'), y: n('y'), w: n('width'), h: n('height') };
      };
      const [serial, photo] = [rect('#c62828'), rect('#cfd8dc')];
      expect(serial.x + serial.w).toBeLessThanOrEqual(photo.x);
      expect(serial.x + serial.w / 2).toBeGreaterThan(160);
      expect(serial.y + serial.h / 2).toBeLessThan(101);
      // The example number is nobody's: no demo person's NIR.
      await expect(page.locator('main')).not.toContainText('2 83 01 97 112 005 50');
      await expect(page.locator('main')).not.toContainText('2 84 07 75 056 123 22');
    });

    // (10) Kiosk mode is not a visitor's switch; « Agrandir le texte » is in
    // the server's page, before any WebAssembly.
    test('un visiteur ne change pas le mode borne, et « Agrandir le texte » est là sans WebAssembly', async ({ page }) => {
      await page.goto('/borne');
      await expect(page.getByText("Cet appareil n'est pas en mode borne.")).toBeVisible();
      await expect(page.getByRole('button', { name: /mode borne/ })).toHaveCount(0);
      await page.request.post('/api/borne/mode', { form: { on: '1' }, maxRedirects: 0 });
      expect((await page.context().cookies()).some((c) => c.name === 'dmp_borne')).toBe(false);
      const html = await (await page.request.get('/creation')).text();
      expect(html.replace(/<!>/g, '')).toMatch(/<button[^>]*>Agrandir le texte<\/button>/);
      await expectInside(page, page.getByRole('button', { name: 'Agrandir le texte' }), width);
    });

    test('le fil des étapes dit en mots quelle étape est en cours et lesquelles viennent', async ({ page }) => {
      await page.goto('/creation');
      const steps = page.getByRole('navigation', { name: 'Étapes de la création du DMP' }).getByRole('listitem');
      await expect(steps.nth(0)).toContainText('(en cours)');
      await expect(steps.nth(1)).toContainText('(à venir)');
      await expect(steps.nth(2)).toContainText('(à venir)');
      await identifyLea(page);
      await expect(steps.nth(0)).toContainText('(terminée)');
      await expect(steps.nth(1)).toContainText('(en cours)');
      await expect(steps.nth(2)).toContainText('(à venir)');
      await page.locator('summary', { hasText: 'Abandonner' }).click();
      await page.getByRole('button', { name: 'Oui, abandonner' }).click();
      await expect(page).toHaveURL(/\/creation$/);
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
  });
}
