// Situations answered in a shuffled but stable order, with habit or situation; tensions pair by pair;
// both read back in the profile, in French and once in English.
import { expect, test } from '@playwright/test';
import { createBilan, storedCount, unfoldChartData } from './app';

// The « Vers l'intérieur » option of each of the five situations that offer it.
const INTERIEUR =
  /^(Je m'interroge d'abord sur ma propre représentation de l'écologie|Je m'interroge sur mon champ d'action|Je prends du recul sur ma place|Je m'interroge sur ma propre représentation du poste|Je fais le point avec moi-même)/;

test('situations and tensions, answered and read in the profile', async ({ page }) => {
  const bilan = await createBilan(page);
  await page.goto(`${bilan}/situations`);
  await expect(page.getByRole('main')).not.toHaveAttribute('inert');
  await expect(page.getByRole('main')).toContainText('pourrait se trouver confronté·e');
  await expect(page.getByRole('main')).not.toContainText('Neuf situations vécues');

  const moves = page.getByRole('group', { name: 'Par où commenceriez-vous ?' });
  await expect(moves).toHaveCount(9);
  const fits = page.getByRole('group', { name: "Ce choix, c'est plutôt…" });
  await expect(fits).toHaveCount(9);

  // The order is drawn for this bilan, and the same after a reload.
  const firstOrder = await moves
    .first()
    .getByRole('radio')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  await page.reload();
  await expect(page.getByRole('main')).not.toHaveAttribute('inert');
  // The bilan's answers are read after the page is taken over: its situations come with them.
  await expect(moves).toHaveCount(9);
  expect(
    await moves
      .first()
      .getByRole('radio')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
  ).toEqual(firstOrder);

  // « Vers l'intérieur » wherever it is offered, the first option shown elsewhere; six moves are what
  // the situation calls for, three are the usual reflex.
  for (let i = 0; i < 9; i++) {
    const inner = moves.nth(i).getByRole('radio', { name: INTERIEUR });
    if ((await inner.count()) > 0) await inner.check();
    else await moves.nth(i).getByRole('radio').first().check();
    await fits
      .nth(i)
      .getByRole('radio', { name: i < 6 ? 'Ce que cette situation demande' : 'Mon réflexe habituel' })
      .check();
  }
  await expect(page.getByText('9 sur 9', { exact: true }).first()).toBeVisible();
  // The last choice is on screen at once; the test leaves once it is stored too (9 moves, 9 fits).
  await expect.poll(() => storedCount(page, 'postureAnswers')).toBe(18);

  // Tensions: the four pulls, then the six pairs; « Public et usager·ère·s » wins its three pairs.
  await page.goto(`${bilan}/tensions`);
  await expect(page.getByRole('main')).not.toHaveAttribute('inert');
  await expect(
    page.getByRole('group', { name: "Quel poids a « Cadre institutionnel » sur vous aujourd'hui ?" }),
  ).toBeVisible();
  for (const force of [
    'Politique publique',
    'Culture professionnelle',
    'Cadre institutionnel',
    'Public et usager·ère·s',
  ])
    await page
      .getByRole('group', { name: `Quel poids a « ${force} » sur vous aujourd'hui ?` })
      .getByRole('radio', { name: 'Fortement', exact: true })
      .check();
  const pairs = page.getByRole('group', { name: /tirent en sens contraire, laquelle l'emporte \?$/ });
  await expect(pairs).toHaveCount(6);
  for (let i = 0; i < 6; i++) {
    const usagers = pairs.nth(i).getByRole('radio', { name: "« Public et usager·ère·s » l'emporte" });
    if ((await usagers.count()) > 0) await usagers.check();
    else if (i > 0)
      await pairs.nth(i).getByRole('radio', { name: "Je tiens l'équilibre entre les deux" }).check();
  }
  // The first pair by keyboard alone: Space chooses the first option, the arrow moves to the balance.
  await pairs.first().getByRole('radio').first().focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(
    pairs.first().getByRole('radio', { name: "Je tiens l'équilibre entre les deux" }),
  ).toBeChecked();
  await expect(page.getByText('10 sur 10', { exact: true }).first()).toBeVisible();

  await page.goto(`${bilan}/profil`);
  await expect(page.getByRole('heading', { level: 1, name: 'Mon profil' })).toBeVisible();
  const situations = page.getByRole('region', { name: 'Posture de prédilection et adaptation' });
  await expect(situations).toContainText(
    "Posture de prédilection : « Vers l'intérieur », choisie 5 fois sur les 5 où elle était proposée (100 %).",
  );
  await expect(situations).toContainText(
    'Adaptation : vous vous écartez souvent de votre réflexe habituel quand la situation le demande (6 situations sur 9).',
  );
  await expect(situations).toContainText('Le résultat est un taux de choix');
  await expect(situations).not.toContainText('Adaptation : 0 %');
  await unfoldChartData(page);
  await expect(situations.getByRole('row', { name: /Vers l'intérieur/ })).toContainText('100 %');

  const tensions = page.getByRole('region', { name: 'Les tensions de ma posture' });
  await expect(tensions).toContainText(
    "Quand deux forces tirent en sens contraire, « Public et usager·ère·s » l'emporte le plus souvent : dans 3 paires sur les 6 auxquelles vous avez répondu.",
  );
  await expect(
    tensions.getByRole('row', { name: /« Cadre institutionnel » et « Public et usager·ère·s »/ }),
  ).toContainText('Public et usager·ère·s');
  await expect(
    tensions.getByRole('row', { name: /« Politique publique » et « Culture professionnelle »/ }),
  ).toContainText("L'équilibre entre les deux");
  const portrait = page.getByRole('region', { name: 'Quel·le développeur·euse êtes-vous ?' });
  await expect(portrait).toContainText(
    'Vous vous écartez souvent de votre réflexe habituel quand la situation le demande.',
  );

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('region', { name: 'Preferred posture and adaptation' })).toContainText(
    'Adaptation: you often depart from your usual reflex when the situation calls for it (6 situations out of 9).',
  );
  await expect(page.getByRole('region', { name: 'The tensions in my posture' })).toContainText(
    'When two forces pull in opposite directions, “Public and service users” prevails most often',
  );
});
