import { test, expect } from '../tests/fixtures';
import { askForSignInCode, outboxCode, pdfText } from '../tests/helpers';

// Issue 18: two instances behind a round-robin load balancer, no
// stickiness. A creation, the document des secrets, a first sign-in and
// the record, with consecutive requests answered by different instances
// (nginx names each in X-Instance). One demo person per project.
const people = {
  javascript: { nir: '2 69 05 49 588 157 80', code: 'DEMA-2345-6789', card: 'avec_photo', serial: '80123456789', name: 'DUBOIS Claire' },
  'sans-javascript': { nir: '176079935001231', code: 'DEME-2345-6789', card: 'sans_photo', serial: '1234567890', name: 'BENALI Youssef' },
} as const;

test('créer son DMP, imprimer le document des secrets, se connecter et lire son DMP à travers deux instances', async ({ page }, info) => {
  const who = people[info.project.name as keyof typeof people];
  const email = `${info.project.name}@exemple.fr`;
  // Who answered each page and each server function, in order.
  const answered: string[] = [];
  page.on('response', (r) => {
    const kind = r.request().resourceType();
    const by = r.headers()['x-instance'];
    if (by && (kind === 'document' || kind === 'fetch')) answered.push(by);
  });

  await page.goto('/creation');
  await page.getByLabel('Numéro de sécurité sociale').fill(who.nir);
  await page.getByLabel('Code de création').fill(who.code);
  await page.locator(`[name="form[card_type]"][value="${who.card}"]`).check();
  await page.getByLabel('Numéro de série de la carte Vitale').fill(who.serial);
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page).toHaveURL(/\/creation\/informations$/);
  await page.getByLabel('Adresse e-mail', { exact: true }).fill(email);
  await page.getByLabel("Confirmez l'adresse e-mail").fill(email);
  await page.getByLabel(/J'accepte les Conditions Générales/).check();
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page).toHaveURL(/\/creation\/donnees-de-connexion$/);
  const login = (await page.locator('#identifiant').innerText()).trim();
  const password = (await page.locator('#mot-de-passe').innerText()).trim();
  expect(password).toMatch(/^[A-Za-z0-9]{12}$/);

  // Step 3 again and the document des secrets, several times: whichever
  // instance answers shows the same password. Two documents in a row each
  // time, so that round-robin gives them to both instances whatever the
  // number of requests a reload makes.
  const pdfBy = new Set<string>();
  for (let i = 0; i < 4; i++) {
    await page.reload();
    await expect(page.locator('#mot-de-passe')).toHaveText(password);
    for (const twice of [0, 1]) {
      const pdf = await page.request.get('/creation/document-des-secrets.pdf');
      expect(pdf.status()).toBe(200);
      pdfBy.add(pdf.headers()['x-instance']);
      const text = pdfText(await pdf.body());
      expect(text).toContain(who.name);
      expect(text).toContain(password);
    }
  }
  expect(pdfBy.size, [...pdfBy].join(' ')).toBe(2);

  // « Terminer », then the first sign-in: code by e-mail, a new password.
  await page.locator('summary', { hasText: 'Terminer' }).click();
  await page.getByRole('button', { name: "Oui, je l'ai noté : terminer" }).click();
  await expect(page).toHaveURL(/\/creation$/);
  await page.goto('/creation/donnees-de-connexion');
  await expect(page.locator('#mot-de-passe')).toHaveCount(0);
  await askForSignInCode(page, login, password);
  await page.getByLabel('Code reçu').fill(await outboxCode(page, 'Votre code de connexion au DMP', email));
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page).toHaveURL(/\/connexion\/nouveau-mot-de-passe$/);
  await page.getByLabel('Nouveau mot de passe (obligatoire)', { exact: true }).fill('deux-instances-un-dmp');
  await page.getByLabel('Confirmez le nouveau mot de passe').fill('deux-instances-un-dmp');
  await page.getByRole('button', { name: 'Enregistrer mon mot de passe' }).click();
  await expect(page).toHaveURL(/\/mon-dmp$/);

  // The record, page after page: the session holds on either instance.
  for (const path of ['/mon-dmp/remboursements', '/mon-dmp/historique', '/mon-dmp/espace/syntheses', '/mon-dmp']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('body')).not.toContainText('Votre connexion a expiré');
  }
  await expect(page.locator('.identity__list')).toContainText(who.name.split(' ')[0]);

  // Both instances took part, and consecutive answers often came from
  // different ones (round-robin, no stickiness).
  expect(new Set(answered).size, answered.join(' ')).toBe(2);
  const switches = answered.filter((by, i) => i > 0 && by !== answered[i - 1]).length;
  expect(switches, answered.join(' ')).toBeGreaterThanOrEqual(5);
});
