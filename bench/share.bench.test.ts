// @vitest-environment node
// Benchmark (npm run bench), not a test of behaviour: measures the share link of a complete bilan and
// the group synthesis of 200 people, prints the figures, asserts the budgets, and writes 200 profile
// files for the browser half of the benchmark (scripts/bench.mjs).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildSnapshot, snapshotToAnswers } from '../src/domain/exchange/snapshot';
import { encodeShareCode } from '../src/domain/exchange/shareCode';
import { links } from '../src/components/paths';
import { profileFile } from '../src/domain/exchange/profileFile';
import { synthesizeGroup } from '../src/domain/scoring/group';
import { completeBilan } from './fixtures';
import { writeResult } from './results';

const LINK_BUDGET = 600;
const OUT = '.bench/snapshots';

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
    const link = links.share('https://quel-developpeur-euse.example.org', await encodeShareCode(snapshot));
    console.log(
      `BENCH share link of a complete bilan (no notes): ${link.length} characters (budget ${LINK_BUDGET})`,
    );
    await writeResult('share-link', {
      measure: 'share link of a complete bilan, no notes (Node)',
      value: `${link.length} characters`,
      budget: `≤ ${LINK_BUDGET} characters`,
      ok: link.length <= LINK_BUDGET,
    });
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
    const answers = snapshots.map((s, i) => ({ id: String(i), alias: s.alias, ...snapshotToAnswers(s) }));
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      // New members each run, as for a group read again: a member's profile is computed once and kept.
      const members = answers.map((member) => ({ ...member }));
      const start = performance.now();
      synthesizeGroup(members);
      times.push(performance.now() - start);
    }
    console.log(`BENCH synthesizeGroup, 200 members: median ${median(times).toFixed(1)} ms over 5 runs`);
    await writeResult('synthesis-200', {
      measure: 'synthesizeGroup of 200 complete profiles (Node, median of 5)',
      value: `${median(times).toFixed(1)} ms`,
      budget: '—',
      ok: null,
    });
    await rm(OUT, { recursive: true, force: true });
    await mkdir(OUT, { recursive: true });
    await Promise.all(snapshots.map((s, i) => writeFile(`${OUT}/p${i}.json`, profileFile(s))));
  });
});
