import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COMPETENCIES } from '../content/grid';
import {
  ACROBAT_STATEMENTS,
  ACTIVITY_IDS,
  INSTRUMENT_IDS,
  SITUATIONS,
  STRATEGIST_STATEMENTS,
  TENSION_IDS,
} from '../content/postures';
import { AISANCE_LEVELS, MOBILISATION_LEVELS } from '../content/scales';
import { synthesizeGroup, type GroupMember } from '../scoring/group';
import { whoCanHelp } from '../scoring/groupReading';
import { toBase64Url, fromBase64Url } from './bytes';
import {
  buildGroupSummary,
  decodeGroupSummary,
  encodeGroupSummary,
  groupSummaryFile,
  parseGroupSummaryFile,
  MAX_SUMMARY_CODE_CHARS,
  SUMMARY_FILE_FORMAT,
  type GroupSummary,
} from './groupSummary';

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 4 });
const splitArb = fc
  .array(fc.integer({ min: 0, max: 100 }), {
    minLength: ACTIVITY_IDS.length - 1,
    maxLength: ACTIVITY_IDS.length - 1,
  })
  .map((cuts) => {
    const bounds = [0, ...cuts.sort((a, b) => a - b), 100];
    return Object.fromEntries(ACTIVITY_IDS.map((id, i) => [id, (bounds[i + 1] ?? 0) - (bounds[i] ?? 0)]));
  });
const record = <V>(ids: readonly string[], arb: (id: string) => fc.Arbitrary<V>) =>
  fc.record(Object.fromEntries(ids.map((id) => [id, arb(id)])) as Record<string, fc.Arbitrary<V>>);

/** A member with any answers, each item answered or not. */
const memberArb = (id: string, alias: fc.Arbitrary<string>): fc.Arbitrary<GroupMember> =>
  fc
    .record({
      alias,
      responses: record(
        COMPETENCIES.map((c) => c.id),
        () =>
          maybe(
            fc.record({
              aisance: fc.constantFrom(...AISANCE_LEVELS),
              mobilisation: fc.constantFrom(...MOBILISATION_LEVELS),
            }),
          ),
      ),
      statements: record(
        [...ACROBAT_STATEMENTS, ...STRATEGIST_STATEMENTS].map((s) => s.id),
        () => maybe(fc.integer({ min: 0, max: 4 })),
      ),
      situations: record(
        SITUATIONS.map((s) => s.id),
        (sid) => maybe(fc.constantFrom(...(SITUATIONS.find((s) => s.id === sid)?.options ?? []))),
      ),
      tensions: record(TENSION_IDS, () => maybe(fc.integer({ min: 0, max: 4 }))),
      actual: maybe(splitArb),
    })
    .map((m) => ({
      id,
      alias: m.alias,
      responses: m.responses,
      values: {
        ...m.statements,
        ...m.situations,
        ...Object.fromEntries(Object.entries(m.tensions).map(([t, v]) => [`tension.${t}`, v])),
        'time.actual': m.actual,
      },
    }));

const aliasArb = fc.constantFrom('Ana', 'Bilal', 'Chloé', 'Ana', 'Dominique Martin-Lefèvre');
const groupArb = (min: number, max: number) =>
  fc
    .integer({ min, max })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => memberArb(`m${i}`, aliasArb))));

const summaryOf = (
  members: readonly GroupMember[],
  o: { named?: boolean; instruments?: GroupSummary['instruments']; name?: string } = {},
) =>
  buildGroupSummary({
    name: o.name ?? 'Équipe du Val',
    members,
    synthesis: synthesizeGroup(members),
    instruments: o.instruments ?? INSTRUMENT_IDS,
    named: o.named ?? false,
    sentAt: Date.UTC(2026, 11, 1, 9, 30),
  });

describe('group summary', () => {
  it('comes back whole from its link and from its file, whatever the answers (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        groupArb(1, 6),
        fc.boolean(),
        fc.subarray([...INSTRUMENT_IDS]),
        async (members, named, instruments) => {
          const summary = summaryOf(members, { named, instruments });
          const code = await encodeGroupSummary(summary);
          expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
          expect(await decodeGroupSummary(`https://exemple.fr/synthese#s=${code}`)).toEqual({
            ok: true,
            summary,
          });
          expect(parseGroupSummaryFile(groupSummaryFile(summary))).toEqual({ ok: true, summary });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('carries the readings, not the answers: no alias unless named, nothing of an instrument not shown', () => {
    const members = fc.sample(groupArb(4, 4), { numRuns: 1, seed: 7 })[0]!;
    const anonymous = summaryOf(members, { instruments: ['grid'] });
    const text = JSON.stringify(anonymous);
    expect(text).not.toMatch(/Ana|Bilal|Chloé|Dominique/);
    expect(text).not.toMatch(/competency\.|time\.actual/);
    expect(anonymous.synthesis.directions.every((d) => d.frequency.n === 0)).toBe(true);
    expect(anonymous.synthesis.preferred.every((p) => p.members === 0)).toBe(true);
    expect(anonymous.synthesis.meetings.n).toBe(0);
    // Who could help whom: the same pairs as on the gatherer's page, P1…Pn in the members' order.
    const pairs = whoCanHelp(members);
    expect(anonymous.help.map((p) => p.helpers)).toEqual(
      pairs.map((p) => p.helpers.map((id) => `P${Number(id.slice(1)) + 1}`)),
    );
    const named = summaryOf(members, { named: true, instruments: ['grid'] });
    expect(named.help.flatMap((p) => [...p.helpers, ...p.learners]).every((n) => !/^P\d+$/.test(n))).toBe(
      true,
    );
  });

  it('refuses a damaged, cut, foreign, newer or oversized link, and says which', async () => {
    const summary = summaryOf(fc.sample(groupArb(3, 3), { numRuns: 1, seed: 3 })[0]!);
    const code = await encodeGroupSummary(summary);
    const flip = (at: number) => code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
    expect(await decodeGroupSummary('')).toEqual({ ok: false, error: 'empty' });
    expect(await decodeGroupSummary('https://exemple.fr/synthese#s=')).toEqual({ ok: false, error: 'empty' });
    expect(await decodeGroupSummary('abc*def')).toEqual({ ok: false, error: 'not-base64' });
    expect(await decodeGroupSummary('x'.repeat(MAX_SUMMARY_CODE_CHARS + 1))).toEqual({
      ok: false,
      error: 'too-long',
    });
    for (const at of [2, Math.floor(code.length / 2), code.length - 2])
      expect(await decodeGroupSummary(flip(at))).toEqual({ ok: false, error: 'corrupt' });
    expect(await decodeGroupSummary(code.slice(0, -7))).toEqual({ ok: false, error: 'corrupt' });
    const bytes = fromBase64Url(code) as Uint8Array<ArrayBuffer>;
    bytes[0] = 2;
    expect(await decodeGroupSummary(toBase64Url(bytes))).toEqual({ ok: false, error: 'future-version' });
  });

  it('refuses a well-formed code whose content breaks the schema (a forged summary)', async () => {
    const summary = summaryOf(fc.sample(groupArb(2, 2), { numRuns: 1, seed: 5 })[0]!);
    const forged = {
      ...summary,
      synthesis: { ...summary.synthesis, cells: summary.synthesis.cells.slice(1) },
    };
    await expect(encodeGroupSummary(forged)).rejects.toThrow(TypeError);
    const file = (s: unknown) => JSON.stringify({ format: SUMMARY_FILE_FORMAT, summary: s });
    expect(parseGroupSummaryFile(file(forged))).toEqual({ ok: false, error: 'invalid' });
    const disordered = {
      ...summary,
      synthesis: {
        ...summary.synthesis,
        meetings: { n: 2, median: 50, min: 60, max: 40, q1: 45, q3: 55 },
      },
    };
    expect(parseGroupSummaryFile(file(disordered))).toEqual({ ok: false, error: 'invalid' });
    expect(parseGroupSummaryFile(file({ ...summary, version: 2 }))).toEqual({
      ok: false,
      error: 'future-version',
    });
    expect(parseGroupSummaryFile('{"format":"quel-developpeur-euse/profil"}')).toEqual({
      ok: false,
      error: 'foreign',
    });
    expect(parseGroupSummaryFile('{ pas du JSON')).toEqual({ ok: false, error: 'not-json' });
    expect(parseGroupSummaryFile(' '.repeat(10) + 'x'.repeat(300 * 1024))).toEqual({
      ok: false,
      error: 'too-long',
    });
  });

  it('cleans the name it receives', () => {
    const summary = summaryOf(fc.sample(groupArb(1, 1), { numRuns: 1, seed: 1 })[0]!);
    const read = parseGroupSummaryFile(
      groupSummaryFile({ ...summary, name: '  Équipe\u202E  du Val\u200B ' }),
    );
    expect(read.ok && read.summary.name).toBe('Équipe du Val');
  });

  it('measures the link of a 12-member group with every instrument answered', async () => {
    const lengths = await Promise.all(
      fc.sample(groupArb(12, 12), { numRuns: 5, seed: 12 }).map(async (members) => {
        const code = await encodeGroupSummary(summaryOf(members, { named: false }));
        return `https://exemple.fr/synthese#s=${code}`.length;
      }),
    );
    console.info(`12-member summary link: ${lengths.join(', ')} characters`);
    expect(Math.max(...lengths)).toBeLessThan(MAX_SUMMARY_CODE_CHARS);
  });
});
