// @vitest-environment node
// Benchmark (npm run bench), not a test of behaviour: measures the share link of a complete bilan and
// the group synthesis of 200 people, prints the figures, asserts the budgets, and writes 200 profile
// files for the browser half of the benchmark (scripts/bench.mjs).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { COMPETENCIES } from '../src/domain/content/grid';
import {
  ACROBAT_STATEMENTS,
  ACTIVITY_IDS,
  SITUATIONS,
  STRATEGIST_STATEMENTS,
  TENSION_IDS,
} from '../src/domain/content/postures';
import { ACQUISITION_MODES } from '../src/domain/content/scales';
import type { CompetencyResponse, PostureValue } from '../src/domain/assessment';
import { buildSnapshot, snapshotToAnswers } from '../src/domain/exchange/snapshot';
import { encodeShareCode, shareLink } from '../src/domain/exchange/shareCode';
import { profileFile } from '../src/domain/exchange/profileFile';
import { synthesizeGroup } from '../src/domain/scoring/group';

const LINK_BUDGET = 600;
const OUT = '.bench/snapshots';

/** A complete bilan whose answers vary with `seed`. */
function completeBilan(seed: number) {
  const responses: Record<string, CompetencyResponse> = {};
  COMPETENCIES.forEach((c, i) => {
    responses[c.id] = {
      aisance: (((i + seed) % 4) + 1) as 1 | 2 | 3 | 4,
      mobilisation: ((i * 3 + seed) % 4) as 0 | 1 | 2 | 3,
      acquisition: ACQUISITION_MODES[(i + seed) % 4],
      ...((i + seed) % 5 === 0 ? { envie: true } : {}),
    };
  });
  const values: Record<string, PostureValue> = {};
  [...ACROBAT_STATEMENTS, ...STRATEGIST_STATEMENTS].forEach((s, i) => (values[s.id] = (i + seed) % 5));
  SITUATIONS.forEach((s, i) => (values[s.id] = s.options[(i + seed) % s.options.length] ?? s.options[0]!));
  TENSION_IDS.forEach((t, i) => (values[`tension.${t}`] = (i + seed) % 5));
  const even = Object.fromEntries(ACTIVITY_IDS.map((a) => [a, 10]));
  values['time.actual'] = even;
  values['time.wished'] = { ...even, management: 5, concertation: 15 };
  return { responses, values };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

describe('share and group benchmarks', () => {
  it('a complete bilan fits a link of at most 600 characters', async () => {
    const snapshot = buildSnapshot({
      ...completeBilan(1),
      alias: 'Dominique-Alexandra L.',
      includeNotes: false,
      now: Date.now(),
      contentVersion: 1,
      randomId: () => '0123456789abcdef',
    });
    const link = shareLink('https://quel-developpeur-euse.example.org', await encodeShareCode(snapshot));
    console.log(
      `BENCH share link of a complete bilan (no notes): ${link.length} characters (budget ${LINK_BUDGET})`,
    );
    expect(link.length).toBeLessThanOrEqual(LINK_BUDGET);
  });

  it('synthesises 200 complete profiles, and writes them as files for the browser benchmark', async () => {
    const snapshots = Array.from({ length: 200 }, (_, i) =>
      buildSnapshot({
        ...completeBilan(i),
        alias: `Participant·e ${i + 1}`,
        includeNotes: false,
        now: Date.now(),
        contentVersion: 1,
        randomId: () => i.toString(16).padStart(16, '0'),
      }),
    );
    const members = snapshots.map((s, i) => ({ id: String(i), alias: s.alias, ...snapshotToAnswers(s) }));
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const start = performance.now();
      synthesizeGroup(members);
      times.push(performance.now() - start);
    }
    console.log(`BENCH synthesizeGroup, 200 members: median ${median(times).toFixed(1)} ms over 5 runs`);
    await rm(OUT, { recursive: true, force: true });
    await mkdir(OUT, { recursive: true });
    await Promise.all(snapshots.map((s, i) => writeFile(`${OUT}/p${i}.json`, profileFile(s))));
  });
});
