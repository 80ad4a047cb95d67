// The pro-action café run in a room: projected full screen at 1080p, rounds that end and move on by
// themselves, and a reload that carries on. Playwright's clock fast-forwards the rounds.
import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 1920, height: 1080 } });

const TOPIC = 'Comment construire ma légitimité en tant que chef-fe de projet ?';

test('a café on a real topic, projected full screen, moves on to the next round and survives a reload', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-03-12T09:00:00Z') });
  await page.goto('/ateliers/pro-action-cafe');
  await expect(page.getByRole('main')).not.toHaveAttribute('inert');

  await page.getByRole('button', { name: `Prendre ce sujet : ${TOPIC}` }).click();
  await page.getByRole('spinbutton', { name: 'Durée du tour 1 (minutes)' }).fill('1');

  await page.getByRole('button', { name: 'Plein écran' }).click();
  const room = page.getByRole('dialog', { name: 'Tour 1 sur 3 : La question derrière la question' });
  await expect(room).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await expect(room.getByText(TOPIC)).toBeVisible();

  // Every prompt of the round in view without scrolling, in type read from the back of the room.
  const prompts = room.getByRole('listitem');
  await expect(prompts).toHaveText(['Quelle est la question derrière la question ?', 'Les 7 pourquoi ?']);
  for (const prompt of await prompts.all()) {
    await expect(prompt).toBeInViewport({ ratio: 1 });
    const size = await prompt.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(32);
  }
  await expect(room.getByRole('timer')).toHaveText('01:00');
  await expect(room.getByRole('timer')).toBeInViewport({ ratio: 1 });

  await room.getByRole('button', { name: 'Démarrer' }).click();
  await page.clock.runFor(61_000);

  // The end is marked, and round 2 runs by itself.
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText(
    'Fin du tour 1 : La question derrière la question. Le tour 2 commence.',
  );
  const second = page.getByRole('dialog', { name: 'Tour 2 sur 3 : Le sujet à 360°' });
  await expect(second.getByRole('listitem')).toHaveText([
    'Que manque-t-il à ma question ?',
    'Quels sont les angles morts ?',
  ]);
  for (const prompt of await second.getByRole('listitem').all())
    await expect(prompt).toBeInViewport({ ratio: 1 });
  await expect(second.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.clock.runFor(5_000);
  await expect(second.getByRole('timer')).toHaveText(/^19:5\d$/);

  await page.reload();
  await expect(page.getByRole('main')).not.toHaveAttribute('inert');
  await expect(page.getByRole('region', { name: 'Tour 2 : Le sujet à 360°' })).toHaveAttribute(
    'aria-current',
    'step',
  );
  await expect(page.getByRole('textbox', { name: /Le sujet du porteur/ })).toHaveValue(TOPIC);
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText(/^19:[45]\d$/);
});
