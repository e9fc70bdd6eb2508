import { test, expect, Page } from './fixtures';
import { countMail, openWithCard, signIn } from './helpers';

// Emma JEAN-BAPTISTE (11) is a minor; her mother Léa reads her record with
// her own account, never what is kept from legal representatives.
const EMMA = '215039712004629';
const LEA = 'lea.jean-baptiste@example.org';

test.describe.configure({ mode: 'serial' });

// Léa's one account reads both her daughters' records: she chooses Emma's.
async function signInAsLea(page: Page) {
  await signIn(page, 'lea.jeanbaptiste', 'Demo-DMP-Lea-2026', LEA, /\/mon-dmp\/choisir$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quel DMP voulez-vous consulter ?');
  await expect(page.getByRole('button', { name: /Le DMP de Inès JEAN-BAPTISTE/ })).toBeVisible();
  await page.getByRole('button', { name: 'Ouvrir : Le DMP de Emma JEAN-BAPTISTE, dont je suis représentant légal' }).click();
  await expect(page).toHaveURL(/\/mon-dmp$/);
  await expect(page.getByText('Vous lisez le DMP de Emma JEAN-BAPTISTE, en tant que représentant légal.')).toBeVisible();
}

test('Léa lit le DMP de sa fille Emma, sans la consultation confidentielle', async ({ page }) => {
  await signInAsLea(page);
  await expect(page.locator('.identity__list')).toContainText('JEAN-BAPTISTE Emma');
  await page.locator('.spaces-list').getByRole('link', { name: 'Comptes rendus', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Consultation de cardiologie' })).toBeVisible();
  await expect(page.getByText('Consultation confidentielle')).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Mon DMP' }).getByRole('link', { name: 'Historique des accès' }).click();
  await expect(page.getByText('Représentant légal').first()).toBeVisible();
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
});

const secret = (project: string) => `Suivi confidentiel (${project})`;

test('le Dr LEBLANC, en connexion secrète, dépose un document : Léa ne le voit pas et n’en est pas avertie', async ({ page }, info) => {
  const before = await countMail(page, 'Un nouveau document dans votre DMP', LEA);
  await openWithCard(page, 'Médecin Sophie LEBLANC', EMMA);
  // Emma's consent, as she gives it in the consultation (asked once: the
  // second project finds it declared).
  const consent = page.getByLabel('Le patient m\'a autorisé à accéder à son DMP');
  const identity = page.locator('.identity__list').filter({ hasText: 'JEAN-BAPTISTE Emma' });
  await expect(consent.or(identity).first()).toBeVisible();
  if (await consent.isVisible()) {
    await consent.check();
    await page.getByRole('button', { name: 'Accéder au DMP' }).click();
  }
  await expect(page.locator('.identity__list')).toContainText('JEAN-BAPTISTE Emma');
  // Her own secret consultation: the author reads it.
  await expect(page.getByRole('link', { name: 'Consultation confidentielle' })).toBeVisible();
  // Emma asks for the secret: without her agreement ticked, nothing changes.
  await page.getByRole('button', { name: 'Passer en connexion secrète' }).click();
  await expect(page.getByRole('link', { name: 'Cochez la case si le patient mineur a demandé' })).toBeVisible();
  await page.getByLabel(/Le patient mineur m'a demandé que cette consultation reste secrète/).check();
  await page.getByRole('button', { name: 'Passer en connexion secrète' }).click();
  await expect(page.getByRole('button', { name: 'Quitter la connexion secrète' })).toBeVisible();
  await page.getByRole('link', { name: 'Déposer un document' }).click();
  // In secret mode the choice is not offered: every deposit is kept from them.
  await expect(page.getByText('Connexion secrète : ce document ne sera pas visible des représentants légaux')).toBeVisible();
  await expect(page.getByLabel(/Non visible par les représentants légaux/)).toHaveCount(0);
  await page.getByLabel('Type de document').selectOption({ label: 'Prescription de produits de santé — espace Traitements' });
  await page.getByLabel('Titre').fill(secret(info.project.name));
  await page.getByLabel('Fichier PDF').setInputFiles({ name: 'suivi.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
  await page.getByRole('button', { name: 'Déposer le document' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Le document est déposé' })).toBeVisible();
  await page.getByRole('link', { name: secret(info.project.name) }).click();
  await expect(page.getByText('Attention, ce document n\'est pas visible des représentants légaux pour préserver le secret du mineur titulaire du DMP.')).toBeVisible();
  await page.getByRole('button', { name: 'Quitter la connexion secrète' }).click();
  await expect(page.getByRole('button', { name: 'Passer en connexion secrète' })).toBeVisible();
  await page.goto('/professionnel');
  await page.getByRole('button', { name: 'Retirer ma carte (déconnexion)' }).click();

  await signInAsLea(page);
  await expect(page.locator('.identity__list')).toContainText('JEAN-BAPTISTE Emma');
  await expect(page.getByText(secret(info.project.name))).toHaveCount(0);
  await page.goto('/mon-dmp/espace/traitements');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Traitements');
  await expect(page.getByText(secret(info.project.name))).toHaveCount(0);
  expect(await countMail(page, 'Un nouveau document dans votre DMP', LEA)).toBe(before);
});
