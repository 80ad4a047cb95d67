// @vitest-environment node
/// <reference types="node" />
// The live room against the stock relay (the one `npm run serve:live` attaches), in Node: participants
// seal and send their results, the trainer opens them; the relay's memory holds no pseudonym, no answer.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- the ws package ships no type declarations (and @types/ws does not match the browser WebSocket type y-websocket expects)
import WebSocket from 'ws';
import * as Y from 'yjs';
import { attachRelay } from '../../scripts/live-relay.mjs';
import { newLiveRoom, openResult, sealResult } from '../domain/exchange/liveCrypto';
import { buildSnapshot } from '../domain/exchange/snapshot';
import { LiveRoomClient, type LiveRole } from './liveRoom';

let server: Server;
let relay: ReturnType<typeof attachRelay>;
let url = '';

beforeAll(async () => {
  server = createServer((_req, res) => res.writeHead(404).end());
  relay = attachRelay(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/relay`;
});
afterAll(async () => {
  relay.close();
  await new Promise((done) => server.close(done));
});

const client = (room: string, role: LiveRole) =>
  new LiveRoomClient({ relay: url, room, role, WebSocketPolyfill: WebSocket });

const snapshot = (alias: string, i: number) =>
  buildSnapshot({
    responses: {},
    values: { 'tension.cadre-institutionnel': i % 5, 'tension.demande-sociale': 4 },
    alias,
    includeNotes: false,
    now: 1_700_000_000_000,
    contentVersion: 1,
    randomId: () => `${i}`.padStart(16, 'a'),
    workshopId: 'atelier1',
  });

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('a live room through the stock relay', () => {
  it('carries sealed results to the trainer, receipts back, and keeps the relay blind', async () => {
    const room = await newLiveRoom();
    const trainer = client(room.room, 'trainer');
    const people = ['Zoé Martin', 'Yanis Benali', 'Xavière Dupuis'].map((alias, i) => ({
      snapshot: snapshot(alias, i + 1),
      room: client(room.room, 'participant'),
    }));
    await until(() => trainer.view().present === 3);
    for (const p of people) p.room.put(p.snapshot.id, await sealResult(room, p.snapshot));
    await until(() => trainer.results.size === 3);

    const opened = await Promise.all(
      [...trainer.results.entries()].map(([id, blob]) => openResult(room, id, blob, 'atelier1')),
    );
    expect(opened.map((s) => s?.alias).sort()).toEqual(['Xavière Dupuis', 'Yanis Benali', 'Zoé Martin']);
    for (const s of opened) trainer.markReceived(s!.id);
    await until(() => people.every((p) => p.room.received(p.snapshot.id)));

    const doc = relay.docs.get(room.room)!;
    const stored = Buffer.from(Y.encodeStateAsUpdate(doc)).toString('latin1');
    for (const text of [
      'Zoé',
      'Yanis',
      'Xavi',
      'Martin',
      'cadre-institutionnel',
      'demande-sociale',
      'atelier1',
      room.key,
    ])
      expect(stored).not.toContain(text);
    expect(Buffer.from(Y.encodeStateAsUpdate(doc)).toString('utf8')).not.toContain('Zoé');
    expect(doc.getMap('results').size).toBe(3);

    // Closed: a participant's later send is refused on their side; clearing leaves an empty room.
    trainer.close();
    await until(() => people[0]!.room.view().closed);
    expect(people[0]!.room.put('bbbbbbbbbbbbbbbb', 'x')).toBe(false);
    expect(await trainer.clear()).toBe(true);
    expect(doc.getMap('results').size).toBe(0);
    expect(doc.getMap('receipts').size).toBe(0);
    for (const p of people) p.room.destroy();
  });

  it('reconnects: a result sent while the relay is down arrives once it is back', async () => {
    const room = await newLiveRoom();
    const trainer = client(room.room, 'trainer');
    const person = client(room.room, 'participant');
    await until(() => person.view().connected && trainer.view().connected);
    relay.close();
    await until(() => !person.view().connected && !trainer.view().connected);
    const s = snapshot('Hors ligne', 7);
    person.put(s.id, await sealResult(room, s));
    relay = attachRelay(server);
    await until(() => trainer.results.has(s.id), 10_000);
    expect(await openResult(room, s.id, trainer.results.get(s.id), 'atelier1')).toEqual(s);
    trainer.destroy();
    person.destroy();
  });
});
