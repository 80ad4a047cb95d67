// @vitest-environment node
// Benchmark (npm run bench; BENCH_ONLY=live for this part alone), not a test of behaviour: 200
// participants, each with its own connection, seal a complete result and send it to one live room; the
// trainer's client opens each one as it arrives. The stock relay runs in a child process (as serve:live
// would), so its memory is its own.
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

const PARTICIPANTS = 200;
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

describe('live room benchmark', () => {
  it(`${PARTICIPANTS} participants send a complete result to one room`, async () => {
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
    try {
      const port = Number((await nextLine()).split(' ')[1]);
      const url = `ws://127.0.0.1:${port}/relay`;
      const before = await memory();
      const room = await newLiveRoom();
      const trainer = new LiveRoomClient({
        relay: url,
        room: room.room,
        role: 'trainer',
        WebSocketPolyfill: WebSocket,
      });
      const opened = new Set<string>();
      let refused = 0;
      const allIn = new Promise<number>((resolve) => {
        trainer.results.observe((event) => {
          for (const id of event.keysChanged) {
            const blob = trainer.results.get(id);
            void openResult(room, id, blob, 'bench').then((s) => {
              if (s) opened.add(s.id);
              else refused++;
              if (opened.size === PARTICIPANTS) resolve(performance.now());
            });
          }
        });
      });
      const people = Array.from({ length: PARTICIPANTS }, (_, i) => ({
        snapshot: buildSnapshot({
          ...completeBilan(i),
          alias: `Participant·e ${i + 1}`,
          includeNotes: false,
          now: Date.now(),
          contentVersion: 1,
          workshopId: 'bench',
          randomId: () => i.toString(16).padStart(16, '0'),
        }),
        client: new LiveRoomClient({
          relay: url,
          room: room.room,
          role: 'participant',
          WebSocketPolyfill: WebSocket,
        }),
      }));
      const connected = () => people.every((p) => p.client.view().connected) && trainer.view().connected;
      while (!connected()) await new Promise((r) => setTimeout(r, 50));
      const blobs = await Promise.all(people.map((p) => sealResult(room, p.snapshot)));
      const start = performance.now();
      people.forEach((p, i) => p.client.put(p.snapshot.id, blobs[i]!));
      const end = await allIn;
      const ms = Math.round(end - start);
      const after = await memory();
      const blobBytes = blobs.reduce((n, b) => n + b.length, 0);
      console.log(
        `BENCH live: ${PARTICIPANTS} results sent → all opened by the trainer in ${ms} ms; relay RSS ${before.rss} → ${after.rss} MB, heap ${before.heap} → ${after.heap} MB; blobs ${Math.round(blobBytes / 1024)} KiB`,
      );
      await writeResult('live-room', {
        measure: `live: ${PARTICIPANTS} participants send a complete result to one room → all opened by the trainer (Node, one relay)`,
        value: `${ms} ms; relay RSS ${before.rss} → ${after.rss} MB (heap ${before.heap} → ${after.heap} MB); ${Math.round(blobBytes / 1024)} KiB of sealed blobs`,
        budget: '—',
        ok: null,
      });
      expect(opened.size).toBe(PARTICIPANTS);
      expect(refused).toBe(0);
      for (const p of people) p.client.destroy();
      trainer.destroy();
    } finally {
      relay.kill();
    }
  });
});
