import { test, expect, Page } from './fixtures';
import { askForSignInCode, downloaded, pdfText, staffSignIn } from './helpers';

// Issue 16: an association's workshop in practice mode. Each project has its
// own portal, so each makes its own workshop and cards; the tests of this
// file follow one another (the cards of the first serve the next).
test.describe.configure({ mode: 'serial' });

type Card = { cardCode: string; name: string; nir: string; card: string; serial: string; code: string };
const cards: Card[] = [];

// Today in Paris, as a date field takes it.
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(new Date());

async function facilitatorSignIn(page: Page) {
  await staffSignIn(page, 'animateur.cotesdarmor', 'animateur.cotesdarmor@example.org');
  await page.getByRole('link', { name: "Ouvrir l'espace des ateliers" }).click();
  await expect(page).toHaveURL(/\/atelier$/);
}

// The value printed under a label of a card (pdftotext keeps the lines).
function after(section: string, label: string): string {
  const lines = section.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  const i = lines.findIndex((l) => l.includes(label));
  expect(i, `${label} in ${section}`).toBeGreaterThanOrEqual(0);
  return lines[i + 1];
}

test("l'animateur prépare un atelier en mode entraînement et imprime les cartes", async ({ page }) => {
  await facilitatorSignIn(page);
  await page.getByLabel('Date').fill(today());
  await page.getByLabel('Lieu').fill('Salle des fêtes, Plouha');
  await page.getByLabel('Association').fill('Générations Mouvement des Côtes-d’Armor');
  await page.getByLabel('Créer et consulter son DMP').check();
  await page.getByLabel('Participants attendus').fill('4');
  await page.getByRole('button', { name: "Créer l'atelier" }).click();
  const workshop = page.locator('li.workshop').filter({ hasText: 'Salle des fêtes, Plouha' }).first();
  await expect(workshop).toBeVisible();

  await workshop.getByLabel("Nombre de cartes d'entraînement (1 à 60)").fill('4');
  await workshop.getByRole('button', { name: "Préparer l'entraînement" }).click();
  await expect(workshop.getByText("4 cartes d'entraînement")).toBeVisible();

  const text = pdfText(await downloaded(page, workshop.getByRole('link', { name: "Imprimer les cartes d'entraînement (PDF)" })));
  const sections = text.split("Carte d'entraînement n° ").slice(1);
  expect(sections).toHaveLength(4);
  for (const section of sections.slice(0, 2)) {
    expect(section).toContain('personne fictive');
    const type = section.match(/Carte Vitale (avec|sans) photo/)![0];
    cards.push({
      cardCode: after(section, 'code de la carte'),
      name: after(section, 'Nom :'),
      nir: after(section, 'N° de sécurité sociale'),
      card: type,
      serial: after(section, `${type}, numéro`),
      code: after(section, 'Code de création du DMP'),
    });
  }
  expect(cards[0].cardCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  expect(cards[0].nir.replace(/ /g, '')).toMatch(/^[12][0-9]{4}[0-9AB]{2}[0-9]{8}$/);
});

async function enterCard(page: Page, card: Card) {
  await page.goto('/entrainement');
  await page.getByLabel('Code de la carte').fill(card.cardCode.toLowerCase());
  await page.getByRole('button', { name: "Commencer l'entraînement" }).click();
  await expect(page.getByText(/Carte d'entraînement n° \d/).first()).toBeVisible();
  await expect(page.getByRole('note')).toContainText('personne fictive');
}

async function step1(page: Page, card: Card) {
  await page.getByLabel('Numéro de sécurité sociale').fill(card.nir);
  await page.getByLabel('Code de création').fill(card.code);
  await page.getByLabel(card.card).check();
  await page.getByLabel('Numéro de série de la carte Vitale').fill(card.serial);
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page).toHaveURL(/\/creation\/informations$/);
}

async function step2(page: Page) {
  await page.getByLabel('Adresse e-mail', { exact: true }).fill('participant@exemple.fr');
  await page.getByLabel("Confirmez l'adresse e-mail").fill('participant@exemple.fr');
  await page.getByLabel(/J'accepte les Conditions Générales/).check();
  await page.getByRole('button', { name: 'Valider' }).click();
}

test('un participant crée son DMP avec la carte 1, se connecte avec le code de sa carte et masque un document', async ({ page }) => {
  test.skip(cards.length === 0, 'needs the cards of the first test');
  const card = cards[0];
  await enterCard(page, card);
  await expect(page.getByText(card.name)).toBeVisible();
  await page.getByRole('link', { name: "Créer le DMP d'entraînement" }).click();
  await expect(page).toHaveURL(/\/creation$/);
  await step1(page, card);
  await step2(page);
  await expect(page).toHaveURL(/\/creation\/donnees-de-connexion$/);
  const login = (await page.locator('#identifiant').innerText()).trim();
  const password = (await page.locator('#mot-de-passe').innerText()).trim();

  await askForSignInCode(page, login, password);

  // The code is on the card's page, and nowhere else.
  const cardPage = await page.context().newPage();
  await cardPage.goto('/entrainement');
  const mail = cardPage.locator('.outbox__message').filter({ hasText: 'Votre code de connexion au DMP' }).first();
  const code = (await mail.locator('.outbox__body').innerText()).match(/\b(\d{6})\b/)![1];
  await cardPage.goto('/demo/messages');
  await expect(cardPage.locator('body')).not.toContainText(code);
  await cardPage.close();

  await page.getByLabel('Code reçu').fill(code);
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page).toHaveURL(/\/connexion\/nouveau-mot-de-passe$/);
  await page.getByLabel('Nouveau mot de passe (obligatoire)', { exact: true }).fill('atelier-plouha-lapin-vert');
  await page.getByLabel('Confirmez le nouveau mot de passe').fill('atelier-plouha-lapin-vert');
  await page.getByRole('button', { name: 'Enregistrer mon mot de passe' }).click();
  await expect(page).toHaveURL(/\/mon-dmp$/);
  await expect(page.getByRole('note')).toContainText('personne fictive');

  // The practice record is full: a document of the analyses space, masked.
  await page.goto('/mon-dmp/espace/analyses');
  const row = page.locator('table.documents tbody tr').first();
  const title = (await row.locator('td').nth(1).getByRole('link').innerText()).trim();
  await row.getByRole('button', { name: `Masquer aux professionnels : ${title}` }).click();
  const masked = page.locator('table.documents tbody tr').filter({ hasText: title }).first();
  await expect(masked.getByText('Masqué', { exact: true })).toBeVisible();
});

test("la salle de l'animateur montre le participant à la bonne étape, et se met à jour seule", async ({ page }, info) => {
  test.skip(cards.length === 0, 'needs the cards of the first test');
  await facilitatorSignIn(page);
  const workshop = page.locator('li.workshop').filter({ hasText: 'Salle des fêtes, Plouha' }).first();
  await workshop.getByRole('link', { name: 'Voir la salle en direct' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('La salle en direct');
  const table = page.getByRole('table', { name: /Où en sont les 4 cartes/ });
  await expect(table.getByRole('row', { name: /A masqué un document/ })).toContainText('1');
  await expect(table.getByRole('row', { name: /Pas encore commencé/ })).toContainText('3');
  const updated = page.getByText(/^Mis à jour à/);
  const first = await updated.innerText();
  if (info.project.name === 'javascript') {
    // Live: the room alone is fetched again, the page is not reloaded.
    await page.evaluate(() => { (window as any).sameVisit = true; });
    await expect(updated).not.toHaveText(first, { timeout: 25_000 });
    expect(await page.evaluate(() => (window as any).sameVisit)).toBe(true);
  } else {
    // Without JavaScript the whole page reloads itself.
    await expect(page.locator('meta[http-equiv="refresh"]')).toHaveCount(1);
    await expect(updated).not.toHaveText(first, { timeout: 25_000 });
  }
});

test('un deuxième participant perd la connexion au milieu de l’étape 2 et reprend où il en était', async ({ page }) => {
  test.skip(cards.length < 2, 'needs the cards of the first test');
  const card = cards[1];
  await enterCard(page, card);
  await page.goto('/creation');
  await step1(page, card);

  // The link drops as the form is sent: nothing arrives.
  await page.context().setOffline(true);
  await page.getByLabel('Adresse e-mail', { exact: true }).fill('participant@exemple.fr');
  await page.getByLabel("Confirmez l'adresse e-mail").fill('participant@exemple.fr');
  await page.getByLabel(/J'accepte les Conditions Générales/).check();
  await page.getByRole('button', { name: 'Valider' }).click().catch(() => {});
  await page.waitForTimeout(500);
  await page.context().setOffline(false);

  // Back online, the creation picks up at step 2; done once.
  await page.goto('/creation');
  await expect(page.getByText('Vous avez une démarche de création en cours.')).toBeVisible();
  await page.getByRole('link', { name: "Reprendre à l'étape 2" }).click();
  await expect(page).toHaveURL(/\/creation\/informations$/);
  await step2(page);
  await expect(page).toHaveURL(/\/creation\/donnees-de-connexion$/);
  await expect(page.getByRole('heading', { name: 'Votre DMP est créé' })).toBeVisible();
  await page.goto('/entrainement');
  await expect(page.getByText("Le DMP d'entraînement de cette personne est ouvert.")).toBeVisible();
});
