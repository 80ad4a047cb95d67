// Each posture instrument taken in the built app, resumed, and brought together in the profile.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chooseOutwards, createBilan, showWholePage, unfoldChartData } from './app';

async function open(page: Page, bilan: string, title: string, heading: string) {
  await page.goto(bilan);
  await page.getByRole('link', { name: `Commencer « ${title} »` }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  // The statements of the acrobat and the strategist, all on the page.
  if (/acrobate|stratège/.test(title)) await showWholePage(page);
}

/** Answers the radio groups of the page (or those given) in order, one level name per group. */
async function answerGroups(
  page: Page,
  levels: readonly string[],
  groups: Locator = page.getByRole('group'),
) {
  await expect(groups).toHaveCount(levels.length);
  for (const [i, level] of levels.entries()) {
    await groups.nth(i).getByRole('radio', { name: level, exact: true }).check();
  }
}

test('the five posture instruments, in any order, make one whole profile', async ({ page }) => {
  // Five questionnaires answered, then the whole profile in two languages and printed.
  test.setTimeout(120_000);
  const bilan = await createBilan(page);

  // Tensions first: any order is fine.
  await open(page, bilan, 'Les tensions de ma posture', 'Les tensions de ma posture');
  await answerGroups(
    page,
    ['Moyennement', 'Un peu', 'Très fortement', 'Fortement'],
    page.getByRole('group', { name: /^Quel poids a/ }),
  );
  // Then, pair by pair, the balance between the two forces.
  const pairs = page.getByRole('group', { name: /laquelle l'emporte \?$/ });
  await answerGroups(page, Array<string>(6).fill("Je tiens l'équilibre entre les deux"), pairs);
  await expect(page.getByText('10 sur 10', { exact: true }).first()).toBeVisible();

  // The acrobat: everything "Souvent" but looking backwards ("En arrière") "Jamais".
  await open(page, bilan, "L'acrobate : mes zones de vigilance", "L'acrobate : mes zones de vigilance");
  const acrobat = [
    'Souvent',
    'Souvent',
    'Souvent',
    'Souvent',
    'Souvent',
    'Souvent',
    'Souvent',
    'Souvent',
    'Souvent',
  ];
  await answerGroups(page, [
    ...acrobat,
    'Jamais',
    'Jamais',
    'Souvent',
    'Souvent',
    'Souvent',
    'Souvent',
    'Souvent',
  ]);
  await page.getByLabel('Ma note (facultative)').fill('Je ne prends jamais le temps de capitaliser.');
  await expect(page.getByText('Note enregistrée sur cet appareil.')).toBeVisible();
  // Reload: the answers and the note are still there.
  await page.reload();
  await expect(page.getByText('16 sur 16', { exact: true }).first()).toBeVisible();
  await expect(
    page.getByRole('group').nth(9).getByRole('radio', { name: 'Jamais', exact: true }),
  ).toBeChecked();
  await expect(page.getByLabel('Ma note (facultative)')).toHaveValue(
    'Je ne prends jamais le temps de capitaliser.',
  );

  await open(page, bilan, 'Le·la stratège : ma vision élargie', 'Le·la stratège : ma vision élargie');
  await answerGroups(page, [
    'Très souvent',
    'Très souvent',
    'Parfois',
    'Parfois',
    'Rarement',
    'Rarement',
    'Parfois',
    'Parfois',
  ]);

  // Situations: « Vers l'extérieur » wherever it is offered (5 situations of 9), the first option shown
  // elsewhere; each time the usual reflex.
  await open(
    page,
    bilan,
    'Situations : ma posture de prédilection',
    'Situations : ma posture de prédilection',
  );
  const situations = page.getByRole('group', { name: 'Par où commenceriez-vous ?' });
  await expect(situations).toHaveCount(9);
  await chooseOutwards(page, 'Mon réflexe habituel');
  // All nine stored (the progress counts stored answers) before the page is left.
  await expect(page.getByText('9 sur 9', { exact: true }).first()).toBeVisible();

  // Working time: a split that is not 100 % is refused with a clear message, then corrected.
  await open(page, bilan, 'Mon temps de travail', 'Mon temps de travail');
  const actual = page.getByRole('form', { name: "Mon temps tel qu'il est" });
  await actual.getByLabel('Management, encadrement').fill('20');
  await actual.getByLabel('Réunions avec les services de la collectivité').fill('25');
  await expect(actual.getByText('Total : 45 % — il manque 55 %.')).toBeVisible();
  await actual.getByRole('button', { name: 'Enregistrer mon temps actuel' }).click();
  await expect(actual.getByRole('alert')).toHaveText(
    "Cette répartition n'est pas enregistrée : elle fait 45 % et doit faire exactement 100 %.",
  );
  await page.reload();
  await expect(page.getByText('0 sur 2', { exact: true }).first()).toBeVisible();
  const actualAgain = page.getByRole('form', { name: "Mon temps tel qu'il est" });
  const split: Record<string, string> = {
    'Management, encadrement': '20',
    'Réunions avec les services de la collectivité': '25',
    "Réunions avec les services de l'État": '10',
    'Réunions avec les partenaires locaux': '10',
    'Programmation et instruction de dossiers': '35',
  };
  for (const [label, value] of Object.entries(split)) await actualAgain.getByLabel(label).fill(value);
  await expect(actualAgain.getByText('Total : 100 % — le compte est bon.')).toBeVisible();
  await actualAgain.getByRole('button', { name: 'Enregistrer mon temps actuel' }).click();
  await expect(actualAgain.getByRole('status')).toHaveText('Répartition enregistrée.');
  const wished = page.getByRole('form', { name: 'Mon temps tel que je le souhaiterais' });
  await wished.getByLabel('Management, encadrement').fill('20');
  await wished.getByLabel('Réunions avec les partenaires locaux').fill('20');
  await wished.getByLabel('Concertation avec les habitant·e·s').fill('60');
  await wished.getByRole('button', { name: 'Enregistrer mon temps souhaité' }).click();
  await expect(wished.getByRole('status')).toHaveText('Répartition enregistrée.');

  await page.getByRole('link', { name: 'Voir le résultat dans mon profil' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mon profil' })).toBeVisible();

  // The portrait, in the practitioners' words, and what is still missing.
  const portrait = page.getByRole('region', { name: 'Quel·le développeur·euse êtes-vous ?' });
  await expect(portrait).toContainText(
    "Face aux situations, votre posture de prédilection est « Vers l'extérieur ».",
  );
  await expect(portrait).toContainText(
    'Vous choisissez selon votre réflexe habituel, quelle que soit la situation.',
  );
  await expect(portrait).toContainText('Zones de vigilance, à regarder de plus près : « En arrière ».');
  await expect(portrait).toContainText(
    "Ce qui pèse le plus sur votre posture aujourd'hui : « Cadre institutionnel ».",
  );
  await expect(portrait).toContainText(
    "Les réunions occupent 45 % de votre temps (environ 30 % dans l'étude FORS de 2011).",
  );
  await expect(portrait).toContainText('Vous en souhaiteriez 20 %.');
  await expect(portrait).not.toContainText('vous êtes un');
  await expect(portrait.getByRole('link', { name: 'Grille de compétences' })).toBeVisible();

  // Situations: preferred posture and adaptation, with its chart's table.
  const situationsPart = page.getByRole('region', { name: 'Posture de prédilection et adaptation' });
  await expect(situationsPart).toContainText(
    "Adaptation : dans les 9 situations où vous l'avez précisé, votre choix est votre réflexe habituel.",
  );
  await expect(situationsPart).toContainText(
    "Posture de prédilection : « Vers l'extérieur », choisie 5 fois sur les 5 où elle était proposée (100 %).",
  );
  // Charts are drawn as they come near the screen: at the top of the page, the last ones are not yet.
  const charts = await page.locator('.chart').count();
  expect(charts).toBeGreaterThanOrEqual(6);
  expect(await page.locator('.chart .recharts-wrapper').count()).toBeLessThan(charts);
  // Each chart's table is folded under it, as a reader opens it.
  await unfoldChartData(page);
  await expect(situationsPart.getByRole('table').getByRole('row')).toHaveCount(11);

  // The acrobat: its six-direction chart, table and zone de vigilance.
  const acrobatPart = page.getByRole('region', { name: "L'acrobate et mes zones de vigilance" });
  await expect(
    acrobatPart.getByRole('img', { name: "Fréquence moyenne des pratiques, par direction de l'acrobate" }),
  ).toBeVisible();
  await expect(acrobatPart.getByRole('row', { name: /En arrière/ })).toContainText('0 / 4 (2 réponses)');
  await expect(acrobatPart.getByRole('listitem')).toHaveCount(1);

  // The strategist beside the acrobat.
  const strategistPart = page.getByRole('region', { name: 'Le·la stratège' });
  await expect(strategistPart).toContainText("À côté de l'acrobate");
  await expect(strategistPart.getByRole('row', { name: /Expérimenter/ })).toContainText('4 / 4');

  // Tensions as one chart with its table; time with the FORS reference line's figure.
  const tensionsPart = page.getByRole('region', { name: 'Les tensions de ma posture' });
  const pulls = tensionsPart.getByRole('table', {
    name: "Force avec laquelle chaque dimension pèse aujourd'hui (0 à 4)",
  });
  await expect(pulls.getByRole('row', { name: /Cadre institutionnel/ })).toContainText(
    'Très fortement (4 / 4)',
  );
  const timePart = page.getByRole('region', { name: 'Mon temps de travail' });
  await expect(timePart.getByRole('row', { name: /Étude FORS \(2011\), environ/ })).toContainText('30 %');
  await expect(timePart.getByRole('row', { name: /^Concertation avec les habitant·e·s/ })).toContainText(
    '+60',
  );

  // The reflective note is kept in the profile.
  await expect(page.getByText('Je ne prends jamais le temps de capitaliser.')).toBeVisible();

  // The whole profile in English.
  await page.getByRole('button', { name: 'Switch to English' }).click();
  const portraitEn = page.getByRole('region', { name: 'What kind of territorial developer are you?' });
  await expect(portraitEn).toContainText('preferred posture');
  await expect(portraitEn).toContainText('Looking back');

  // Printed as an A4 personal report with the dates and the sources.
  await page.getByRole('button', { name: 'Passer en français' }).click();
  await page.emulateMedia({ media: 'print' });
  // On paper, all of them.
  await expect(page.locator('.chart .recharts-wrapper')).toHaveCount(charts);
  await expect(page.getByText(/^Profil imprimé le .* Bilan commencé le/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(20_000);
});

test('a partial bilan shows what it has and says what is missing', async ({ page }) => {
  const bilan = await createBilan(page);
  await open(page, bilan, "L'acrobate : mes zones de vigilance", "L'acrobate : mes zones de vigilance");
  await page.getByRole('group').first().getByRole('radio', { name: 'Souvent', exact: true }).check();
  await expect(page.getByText('1 sur 16', { exact: true }).first()).toBeVisible();
  await page.goto(`${bilan}/profil`);
  const acrobatPart = page.getByRole('region', { name: "L'acrobate et mes zones de vigilance" });
  await expect(acrobatPart).toContainText('Résultat partiel : 1 réponse sur 16.');
  await expect(acrobatPart).toContainText('Répondez pour au moins trois directions');
  await expect(page.getByRole('region', { name: 'Le·la stratège' })).toContainText('Pas encore de réponse.');
  await page
    .getByRole('region', { name: 'Le·la stratège' })
    .getByRole('link', { name: 'Commencer « Le·la stratège : ma vision élargie »' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Le·la stratège : ma vision élargie' }),
  ).toBeVisible();
});
