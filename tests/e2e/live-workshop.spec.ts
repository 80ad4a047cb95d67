// Live workshops (npm run serve:live): the spec starts the live server itself on a free port. A trainer
// opens a live room, participants join by the link and send; each result shows on the trainer's page
// within 2 s; the relay stops and restarts mid-workshop and every result arrives once; a blob altered
// by a raw Yjs client is refused; served without the relay, nothing live is offered or opened.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
// @ts-expect-error -- the ws package ships no type declarations (and @types/ws does not match the browser WebSocket type y-websocket expects)
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { decodeInvite } from '../../src/domain/workshop';

const OUT_DIR = process.env.E2E_OUTDIR ?? 'dist';
const PARTICIPANTS = Number(process.env.E2E_LIVE_PARTICIPANTS ?? 12);
const FORCES = [
  'Politique publique',
  'Culture professionnelle',
  'Cadre institutionnel',
  'Public et usager·ère·s',
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** `npm run serve:live` on `port`, resolved once it prints its address. */
function startLive(port: number): Promise<ChildProcess> {
  const child = spawn('node', ['scripts/serve-live.mjs'], {
    env: { ...process.env, PORT: String(port), OUT_DIR },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (String(chunk).includes('Live workshops:')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`serve:live exited with ${code}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

test.describe.configure({ mode: 'serial' });

let server: ChildProcess;
let port = 0;
let base = '';
test.beforeAll(async () => {
  port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = await startLive(port);
});
test.afterAll(async () => {
  await stop(server);
});

async function createLiveWorkshop(page: Page, title: string): Promise<string> {
  await page.goto(`${base}/ateliers`);
  await expect(page.getByRole('main')).not.toHaveAttribute('inert');
  await page.getByLabel("Titre de l'atelier").fill(title);
  for (const label of ["L'acrobate : mes zones de vigilance", 'Situations : ma posture de prédilection'])
    await page.getByRole('checkbox', { name: label, exact: true }).uncheck();
  await page.getByRole('checkbox', { name: 'Les tensions de ma posture', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Atelier anonyme (P1, P2… dans la synthèse)' }).uncheck();
  const live = page.getByRole('checkbox', { name: 'Atelier en direct' });
  await expect(live).not.toBeChecked();
  await live.check();
  await page.getByRole('button', { name: "Créer l'atelier" }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return page.getByLabel("Lien d'invitation", { exact: true }).inputValue();
}

/** A participant on their own device: joins by the link, answers the four pulls, reaches « Envoyer ». */
async function prepareParticipant(browser: Browser, join: string, alias: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const p = await context.newPage();
  await p.goto(join);
  await p.getByRole('button', { name: "Commencer mon bilan d'atelier" }).click();
  await expect(p.getByRole('link', { name: /Commencer « Les tensions de ma posture »/ })).toBeVisible();
  const bilan = p.url();
  await p.goto(`${bilan}/tensions`);
  await expect(p.getByRole('main')).not.toHaveAttribute('inert');
  for (const [i, force] of FORCES.entries())
    await p
      .getByRole('group', { name: `Quel poids a « ${force} » sur vous aujourd'hui ?` })
      .getByRole('radio', { name: i % 2 ? 'Fortement' : 'Un peu', exact: true })
      .check();
  await p.goto(bilan);
  await p.getByRole('link', { name: 'Envoyer au formateur·rice' }).click();
  await p.getByLabel('Pseudonyme').fill(alias);
  return p;
}

async function expectNoAxeViolation(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

const send = (p: Page) => p.getByRole('button', { name: 'Envoyer au formateur·rice' }).click();
const liveStatus = (page: Page) => page.getByRole('region', { name: 'En direct' }).getByRole('status');

test(`${PARTICIPANTS} participants send live; the relay restarts mid-workshop; an altered blob is refused`, async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000 + PARTICIPANTS * 20_000);
  const sockets: string[] = [];
  page.on('websocket', (ws) => sockets.push(ws.url()));
  const join = await createLiveWorkshop(page, 'Tensions en direct');
  // The room and its key travel after # only.
  const invite = decodeInvite(join);
  expect(invite?.live?.room).toMatch(/^[A-Za-z0-9_-]{22}$/);
  expect(join.split('#')[0]).not.toContain(invite!.live!.room);
  await expect(liveStatus(page)).toHaveText('0 connecté·e, 0 résultat reçu');
  await expect(page.getByText('Relais connecté.')).toBeVisible();
  // Same origin, under /relay: the CSP's connect-src 'self' lets it through.
  expect(sockets).toEqual([`ws://127.0.0.1:${port}/relay/${invite!.live!.room}`]);

  const aliases = Array.from({ length: PARTICIPANTS }, (_, i) => `Participant·e ${i + 1}`);
  const participants: Page[] = [];
  for (const alias of aliases) participants.push(await prepareParticipant(browser, join, alias));
  // Presence: each participant with their sending page open is counted.
  await expect(liveStatus(page)).toHaveText(`${PARTICIPANTS} connecté·e·s, 0 résultat reçu`);

  // The first half sends with the relay up: each result is on the trainer's page within 2 s.
  const half = Math.ceil(PARTICIPANTS / 2);
  for (let i = 0; i < half; i++) {
    await send(participants[i]!);
    await expect(liveStatus(page)).toContainText(`${i + 1} résultat${i ? 's' : ''} reçu`, { timeout: 2000 });
    await expect(participants[i]!.getByText('Reçu par votre formateur·rice')).toBeVisible();
  }

  // The relay stops: the others send meanwhile, their results wait on their devices.
  await stop(server);
  await expect(page.getByText('Relais injoignable')).toBeVisible();
  for (let i = half; i < PARTICIPANTS; i++) {
    await send(participants[i]!);
    await expect(participants[i]!.getByText('Envoyé · en attente de votre formateur·rice')).toBeVisible();
    await expect(participants[i]!.getByText(/Hors connexion pour l'instant/)).toBeVisible();
  }
  server = await startLive(port);
  await expect(liveStatus(page)).toContainText(`${PARTICIPANTS} résultats reçus`, { timeout: 15_000 });
  for (const p of participants) await expect(p.getByText('Reçu par votre formateur·rice')).toBeVisible();
  // The live panel and the participant's live status, as axe sees them.
  await expectNoAxeViolation(page);
  await expectNoAxeViolation(participants[0]!);
  // Every result once, in the group and its synthesis.
  const arrivals = page.getByRole('region', { name: 'Résultats reçus' });
  await expect(arrivals.getByRole('status')).toHaveText(`${PARTICIPANTS} résultats reçus`);
  await expect(arrivals).toContainText(`Reçus de : ${aliases.slice(0, -1).join(', ')} et ${aliases.at(-1)}.`);

  // A raw Yjs client writes an altered blob into the room: refused, nothing changes.
  const doc = new Y.Doc();
  const raw = new WebsocketProvider(`ws://127.0.0.1:${port}/relay`, invite!.live!.room, doc, {
    WebSocketPolyfill: WebSocket,
    disableBc: true,
  });
  await new Promise<void>((resolve) => raw.once('sync', () => resolve()));
  const [id, blob] = [...doc.getMap<string>('results').entries()][0]!;
  const altered = `${blob.slice(0, 40)}${blob[40] === 'A' ? 'B' : 'A'}${blob.slice(41)}`;
  doc.getMap('results').set('ffffffffffffffff', altered);
  doc.getMap('results').set(id, 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
  await expect(page.getByRole('alert')).toHaveText(
    '2 résultats reçus en direct sont illisibles ou altérés : ils ont été ignorés.',
  );
  await expect(arrivals.getByRole('status')).toHaveText(`${PARTICIPANTS} résultats reçus`);
  raw.destroy();

  // Closing the room: a later send is refused and the participant is told.
  await page.getByRole('button', { name: 'Fermer la salle' }).click();
  await expect(page.getByText('Salle fermée')).toBeVisible();
  const late = await prepareParticipant(browser, join, 'En retard');
  await send(late);
  await expect(late.getByText(/La salle de cet atelier est fermée/)).toBeVisible();
  await expect(arrivals.getByRole('status')).toHaveText(`${PARTICIPANTS} résultats reçus`);

  // Clearing it from the relay: the page says so and no longer connects.
  await page.getByRole('button', { name: 'Effacer la salle du relais' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Effacer la salle du relais' }).click();
  await expect(page.getByText('La salle a été effacée du relais.')).toBeVisible();
  await expect(arrivals.getByRole('status')).toHaveText(`${PARTICIPANTS} résultats reçus`);
});

test('served without the relay (npm start), nothing live is offered and no WebSocket opens', async ({
  page,
}) => {
  const sockets: string[] = [];
  page.on('websocket', (ws) => sockets.push(ws.url()));
  await page.goto('/ateliers');
  await expect(page.getByRole('main')).not.toHaveAttribute('inert');
  await expect(page.getByLabel("Titre de l'atelier")).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Atelier en direct' })).toHaveCount(0);
  await page.getByLabel("Titre de l'atelier").fill('Sans relais');
  await page.getByRole('button', { name: "Créer l'atelier" }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sans relais' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'En direct' })).toHaveCount(0);
  expect(decodeInvite(await page.getByLabel("Lien d'invitation", { exact: true }).inputValue())?.live).toBe(
    undefined,
  );
  expect(sockets).toEqual([]);
});
