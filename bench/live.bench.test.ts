// @vitest-environment node
// Benchmark (npm run bench; BENCH_ONLY=live for this part alone), not a test of behaviour: 200
// participants, each with its own connection, seal a complete result and send it to one live room, then
// 50 rooms of 30 at once; each trainer's client opens every result as it arrives. The stock relay runs in
// a child process (as serve:live would), so its memory is its own.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- the ws package ships no type declarations (and @types/ws does not match the browser WebSocket type y-websocket expects)
import WebSocket from 'ws';
import { newLiveRoom, openResult, sealResult } from '../src/domain/exchange/liveCrypto';
import { buildSnapshot } from '../src/domain/exchange/snapshot';
import { LiveRoomClient } from '../src/db/liveRoom';
import { completeBilan } from './fixtures';
import { writeResult } from './results';

const RELAY = fileURLToPath(new URL('../scripts/live-relay.mjs', import.meta.url));
// The relay alone in its process: prints its port, then its memory (MB) on each line read.
const RELAY_PROCESS = `
import { createServer } from 'node:http';
import { attachRelay } from ${JSON.stringify(RELAY)};
const server = createServer((_q, r) => r.writeHead(404).end());
attachRelay(server);
server.listen(0, '127.0.0.1', () => console.log('port', server.address().port));
process.stdin.on('data', () => { globalThis.gc?.(); const m = process.memoryUsage(); console.log('mem', (m.rss / 1e6).toFixed(1), (m.heapUsed / 1e6).toFixed(1)); });
`;

/** The relay in its own process, with a way to read its memory. */
function startRelay() {
  const relay = spawn('node', ['--expose-gc', '--input-type=module', '-e', RELAY_PROCESS], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  const waiters: ((line: string) => void)[] = [];
  relay.stdout.on('data', (chunk: Buffer) => {
    for (const line of String(chunk).trim().split('\n')) {
      const w = waiters.shift();
      if (w) w(line);
      else lines.push(line);
    }
  });
  const nextLine = () =>
    new Promise<string>((resolve) => (lines.length ? resolve(lines.shift()!) : waiters.push(resolve)));
  const memory = async () => {
    relay.stdin.write('\n');
    const [, rss, heap] = (await nextLine()).split(' ');
    return { rss: Number(rss), heap: Number(heap) };
  };
  const url = nextLine().then((line) => `ws://127.0.0.1:${Number(line.split(' ')[1])}/relay`);
  return { url, memory, stop: () => relay.kill() };
}

/** One room: its trainer, its participants with their sealed results, and when the trainer has them all. */
async function openRoom(url: string, roomIndex: number, size: number) {
  const room = await newLiveRoom();
  const client = (role: 'trainer' | 'participant') =>
    new LiveRoomClient({ relay: url, room: room.room, role, WebSocketPolyfill: WebSocket });
  const trainer = client('trainer');
  const opened = new Set<string>();
  let refused = 0;
  const allIn = new Promise<number>((resolve) => {
    trainer.results.observe((event) => {
      for (const id of event.keysChanged) {
        void openResult(room, id, trainer.results.get(id), 'bench').then((s) => {
          if (s) opened.add(s.id);
          else refused++;
          if (opened.size === size) resolve(performance.now());
        });
      }
    });
  });
  const people = Array.from({ length: size }, (_, i) => ({
    snapshot: buildSnapshot({
      ...completeBilan(roomIndex * size + i),
      alias: `Participant·e ${i + 1}`,
      includeNotes: false,
      now: Date.now(),
      contentVersion: 1,
      workshopId: 'bench',
      randomId: () => (roomIndex * size + i).toString(16).padStart(16, '0'),
    }),
    client: client('participant'),
  }));
  const blobs = await Promise.all(people.map((p) => sealResult(room, p.snapshot)));
  return {
    connected: () => trainer.view().connected && people.every((p) => p.client.view().connected),
    send: () => people.forEach((p, i) => p.client.put(p.snapshot.id, blobs[i]!)),
    allIn,
    opened: () => opened.size,
    refused: () => refused,
    blobBytes: blobs.reduce((n, b) => n + b.length, 0),
    destroy: () => {
      for (const p of people) p.client.destroy();
      trainer.destroy();
    },
  };
}

/** `rooms` rooms of `size` participants send at once; the time until every trainer has every result. */
async function measure(rooms: number, size: number, label: string, key: string) {
  const relay = startRelay();
  try {
    const url = await relay.url;
    const before = await relay.memory();
    const all = [];
    for (let r = 0; r < rooms; r++) all.push(await openRoom(url, r, size));
    while (!all.every((room) => room.connected())) await new Promise((r) => setTimeout(r, 50));
    const start = performance.now();
    for (const room of all) room.send();
    const ends = await Promise.all(all.map((room) => room.allIn));
    const ms = Math.round(Math.max(...ends) - start);
    const after = await relay.memory();
    const kib = Math.round(all.reduce((n, room) => n + room.blobBytes, 0) / 1024);
    console.log(
      `BENCH live: ${label} → all opened by the trainers in ${ms} ms; relay RSS ${before.rss} → ${after.rss} MB, heap ${before.heap} → ${after.heap} MB; blobs ${kib} KiB`,
    );
    await writeResult(key, {
      measure: `live: ${label} → all opened by the trainers (Node, one relay)`,
      value: `${ms} ms; relay RSS ${before.rss} → ${after.rss} MB (heap ${before.heap} → ${after.heap} MB); ${kib} KiB of sealed blobs`,
      budget: '—',
      ok: null,
    });
    for (const room of all) {
      expect(room.opened()).toBe(size);
      expect(room.refused()).toBe(0);
      room.destroy();
    }
  } finally {
    relay.stop();
  }
}

describe('live room benchmark', () => {
  it('200 participants send a complete result to one room', async () => {
    await measure(1, 200, '200 participants send a complete result to one room', 'live-room');
  }, 300_000);

  it('50 rooms of 30 participants send at once', async () => {
    await measure(50, 30, '50 rooms × 30 participants send at once', 'live-rooms');
  }, 600_000);
});
