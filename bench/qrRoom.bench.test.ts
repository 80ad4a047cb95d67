// @vitest-environment node
// Benchmark set-up (npm run bench), not a test of behaviour: what « 30 QR codes read in a row » needs in
// the browser. A backup holding one workshop (fixed id, 30 expected), imported through « Mes données »
// so the receiving page counts results for it; 30 participants' share links made the way the app makes
// them (complete bilans, each for that workshop); and the Y4M video Chromium plays as its camera, made
// by the helper the workshop-room spec uses.
import { mkdir, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildBackup, parseBackup, serializeBackup } from '../src/domain/exchange/backup';
import { buildSnapshot } from '../src/domain/exchange/snapshot';
import { encodeShareCode } from '../src/domain/exchange/shareCode';
import { links } from '../src/components/paths';
import { PROBES, QR_SIDE, qrLuma, qrSignature, qrVideo } from '../tests/e2e/qrFrames';
import { completeBilan } from './fixtures';

const QR_ROOM = {
  dir: '.bench/qr-room',
  workshopId: 'banc-qr-salle',
  title: 'Banc QR en salle',
  count: 30,
  /** Frames per second of the fake camera, frames each code is held, blank frames between codes. */
  fps: 10,
  hold: 8,
  gap: 2,
} as const;

describe('30 QR codes read in a row: set-up', () => {
  it('writes the workshop backup, the 30 participants and the camera video', async () => {
    const now = Date.now();
    const { workshopId, title, count, fps, hold, gap, dir } = QR_ROOM;
    const backup = buildBackup(
      {
        assessments: [],
        competencyAnswers: [],
        postureAnswers: [],
        planItems: [],
        worksheets: [],
        groups: [{ id: 'banc-qr-groupe', name: title, anonymous: false, workshopId, createdAt: now }],
        receivedProfiles: [],
        workshops: [
          {
            id: workshopId,
            title,
            date: new Date(now).toISOString().slice(0, 10),
            instruments: ['grid', 'acrobat', 'strategist', 'situations', 'tensions', 'time'],
            anonymous: false,
            expected: count,
            createdAt: now,
          },
        ],
        reperes: [],
      },
      now,
    );
    const text = serializeBackup(backup);
    const parsed = parseBackup(text);
    expect(parsed.ok ? 'ok' : parsed.error).toBe('ok');

    const participants = await Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const alias = `Participant·e ${i + 1}`;
        const snapshot = buildSnapshot({
          ...completeBilan(i),
          alias,
          includeNotes: false,
          now,
          contentVersion: 1,
          randomId: () => (0xa000 + i).toString(16).padStart(16, '0'),
          workshopId,
        });
        return {
          alias,
          link: links.share('https://quel-developpeur-euse.example.org', await encodeShareCode(snapshot)),
        };
      }),
    );
    await mkdir(dir, { recursive: true });
    await writeFile(`${dir}/backup.json`, text);
    await writeFile(
      `${dir}/qr.y4m`,
      qrVideo(
        participants.map((p) => p.link),
        { fps, hold, gap },
      ),
    );
    await writeFile(
      `${dir}/room.json`,
      JSON.stringify(
        {
          ...QR_ROOM,
          side: QR_SIDE,
          probes: PROBES,
          aliases: participants.map((p) => p.alias),
          // What the page's probe of a video frame finds for each code, to know which one it sees.
          signatures: participants.map((p) => qrSignature(qrLuma(p.link))),
        },
        null,
        2,
      ),
    );
    const longest = Math.max(...participants.map((p) => p.link.length));
    console.log(`BENCH QR room: ${count} links (longest ${longest} characters), video in ${dir}/qr.y4m`);
  });
});
