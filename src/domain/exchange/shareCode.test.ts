import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompetencyResponse } from '../assessment';
import { COMPETENCIES } from '../content/grid';
import {
  ACROBAT_STATEMENTS,
  ACTIVITY_IDS,
  BALANCE,
  INSTRUMENT_IDS,
  POSTURE_IDS,
  SITUATION_FITS,
  TENSION_PAIRS,
  pairKey,
  SITUATIONS,
  STRATEGIST_STATEMENTS,
  TENSION_IDS,
} from '../content/postures';
import { ACQUISITION_MODES, AISANCE_LEVELS, MOBILISATION_LEVELS } from '../content/scales';
import {
  CODE_V1,
  CODE_V3,
  CODE_VERSION,
  MAX_CODE_CHARS,
  MAX_DECODED_BYTES,
  ShareCodeTooLongError,
  decodeShareCode,
  encodeShareCode,
  type ShareCodeError,
} from './shareCode';
import { snapshotSchema, type ProfileSnapshot } from './snapshot';
import { cleanName } from '../text';

const STATEMENTS = [...ACROBAT_STATEMENTS, ...STRATEGIST_STATEMENTS];
const ORIGIN = 'https://example.org';
/** A share link as a person pastes it (the app writes it with links.share, components/paths.ts). */
const shareLink = (origin: string, code: string) => `${origin}/recevoir#p=${code}`;

// ——— Builders ———

const snapshot = (o: Partial<ProfileSnapshot> = {}): ProfileSnapshot => ({
  version: 1,
  id: '0123456789abcdef',
  alias: 'Camille',
  createdAt: Date.UTC(2026, 2, 5, 10, 30, 12),
  contentVersion: 1,
  competencies: {},
  practice: {},
  situations: {},
  tensions: {},
  time: {},
  ...o,
});

const ACTUAL = {
  management: 10,
  'reunions-collectivite': 20,
  'reunions-etat': 5,
  'reunions-partenaires': 15,
};
const fullSplit = (o: Readonly<Record<string, number>>) => ({
  ...Object.fromEntries(ACTIVITY_IDS.map((id) => [id, 0])),
  ...o,
});

const NOTES = [
  'Surtout avec les bailleurs, depuis la réorganisation.',
  'Je le fais sans en avoir le titre.',
  'Appris sur le terrain avec le CLSPD.',
  'À renforcer : le conseil citoyen me le demande.',
  'Le nouvel élu attend des notes courtes.',
];
const REFLECTIONS: Readonly<Record<string, string>> = {
  grid: 'Je me retrouve plus dans l’animation que dans la stratégie, et ça me va pour l’instant.',
  acrobat: 'Je regarde peu en arrière : pas le temps d’évaluer.',
  situations: 'La légitimité reste ma question de fond.',
  time: 'Trop de réunions de reporting, pas assez de temps avec les associations.',
};

/** Every competence with every field, every statement, situation and tension, both time splits. */
function completeSnapshot(notes: boolean, o: Partial<ProfileSnapshot> = {}): ProfileSnapshot {
  return snapshot({
    competencies: Object.fromEntries(
      COMPETENCIES.map((c, i): [string, CompetencyResponse] => [
        c.id,
        {
          aisance: AISANCE_LEVELS[i % 4],
          mobilisation: MOBILISATION_LEVELS[(i * 3) % 4],
          acquisition: ACQUISITION_MODES[(i * 7) % 4],
          envie: true,
          notConcerned: true,
          ...(notes && i % 4 === 0 ? { note: NOTES[(i / 4) % NOTES.length] } : {}),
        },
      ]),
    ),
    practice: Object.fromEntries(STATEMENTS.map((s, i) => [s.id, (i * 3) % 5])),
    situations: Object.fromEntries(SITUATIONS.map((s, i) => [s.id, s.options[i % s.options.length] ?? ''])),
    situationFits: Object.fromEntries(SITUATIONS.map((s, i) => [s.id, SITUATION_FITS[i % 2] ?? 'habit'])),
    tensions: Object.fromEntries(TENSION_IDS.map((t, i) => [t, (i + 2) % 5])),
    tensionPairs: Object.fromEntries(
      TENSION_PAIRS.map((pair, i) => [pairKey(pair), [...pair, BALANCE][i % 3] ?? BALANCE]),
    ),
    time: {
      actual: fullSplit({ ...ACTUAL, programmation: 30, etude: 20 }),
      wished: fullSplit({ ...ACTUAL, associations: 30, concertation: 20 }),
    },
    ...(notes ? { reflections: REFLECTIONS } : {}),
    ...o,
  });
}

// ——— Raw bytes, to forge codes the encoder would never write ———

const toBytes = (code: string) => new Uint8Array(Buffer.from(code, 'base64url'));
const toCode = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const forge = (version: number, flags: number, payload: Uint8Array | readonly number[]) =>
  toCode(Uint8Array.from([version, flags, ...payload]));

async function pipe(data: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  void writer.write(new Uint8Array(data));
  void writer.close();
  const chunks: number[] = [];
  const reader = stream.readable.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(...r.value);
  return Uint8Array.from(chunks);
}
const deflateRaw = (data: Uint8Array) => pipe(data, new CompressionStream('deflate-raw'));

/** A version-2 code's parts: flags, body (as sent) and checksum; the length is one varint byte or two. */
function frameOf(code: string): { flags: number; body: Uint8Array; checksum: Uint8Array } {
  const bytes = toBytes(code);
  const lengthBytes = ((bytes[2] ?? 0) & 0x80) === 0 ? 1 : 2;
  return {
    flags: bytes[1] ?? 0,
    body: bytes.subarray(2 + lengthBytes, bytes.length - 4),
    checksum: bytes.subarray(bytes.length - 4),
  };
}

/** A framed code (version 2 or later) around `body`, with its length and a correct checksum. */
async function forgeFramed(
  version: number,
  flags: number,
  body: Uint8Array | readonly number[],
): Promise<string> {
  const length = body.length < 0x80 ? [body.length] : [(body.length & 0x7f) | 0x80, body.length >>> 7];
  const framed = Uint8Array.from([version, flags, ...length, ...body]);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', framed));
  return toCode(Uint8Array.from([...framed, ...digest.subarray(0, 4)]));
}

/** A code of the version written now around a payload of that version. */
const forgeCurrent = (flags: number, body: Uint8Array | readonly number[]) =>
  forgeFramed(CODE_VERSION, flags, body);

/** The flags and the uncompressed payload of a valid code of the version written now. */
async function unpack(code: string): Promise<{ flags: number; payload: Uint8Array }> {
  const { flags, body } = frameOf(code);
  const payload = flags & 1 ? await pipe(body, new DecompressionStream('deflate-raw')) : body;
  return { flags: flags & ~1, payload };
}

/** Offset of the bit-packed section in the payload of a snapshot without workshop id. */
const bitSection = (s: ProfileSnapshot) => 8 + 4 + 1 + 1 + new TextEncoder().encode(s.alias).length;

function setBits(payload: Uint8Array, bitOffset: number, n: number, value: number): Uint8Array {
  const out = payload.slice();
  for (let i = 0; i < n; i++) {
    const at = bitOffset + i;
    const mask = 0x80 >>> (at % 8);
    const bit = (value >>> (n - 1 - i)) & 1;
    const byte = out[at >>> 3] ?? 0;
    out[at >>> 3] = bit ? byte | mask : byte & ~mask;
  }
  return out;
}

const COMPETENCY_BITS = 11;
const SITUATION_BITS_AT = COMPETENCIES.length * COMPETENCY_BITS + STATEMENTS.length * 3;
// Version 3: 4 bits per situation, then the tensions, each situation's fit and each pair.
const TIME_BITS_AT =
  SITUATION_BITS_AT + SITUATIONS.length * 4 + TENSION_IDS.length * 3 + SITUATIONS.length * 2 + 6 * 2;

type Outcome = ShareCodeError['kind'] | 'ok';
const decodeError = async (code: string): Promise<Outcome> => {
  const r = await decodeShareCode(code);
  return r.ok ? 'ok' : r.error.kind;
};

// ——— Arbitraries, built from the content ———

const definedOnly = <V>(record: Partial<Record<string, V>>): Record<string, V> =>
  Object.fromEntries(Object.entries(record).filter((e): e is [string, V] => e[1] !== undefined));

const wellFormed = (s: string) =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
const textArb = fc
  .oneof(
    { weight: 30, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }) },
    { weight: 10, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1900, maxLength: 2000 }) },
  )
  .filter((s) => s.length <= 2000 && wellFormed(s));
const aliasArb = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  .map((s) => s.trim())
  .filter((s) => s.length >= 1 && s.length <= 40 && cleanName(s) === s);
const frequencyArb = fc.integer({ min: 0, max: 4 });
const splitArb = fc
  .array(fc.integer({ min: 0, max: 100 }), {
    minLength: ACTIVITY_IDS.length - 1,
    maxLength: ACTIVITY_IDS.length - 1,
  })
  .map((cuts) => {
    const bounds = [0, ...cuts.sort((a, b) => a - b), 100];
    return Object.fromEntries(ACTIVITY_IDS.map((id, i) => [id, (bounds[i + 1] ?? 0) - (bounds[i] ?? 0)]));
  });
const responseArb = (notes: boolean) =>
  fc
    .record(
      {
        aisance: fc.constantFrom(...AISANCE_LEVELS),
        mobilisation: fc.constantFrom(...MOBILISATION_LEVELS),
        acquisition: fc.constantFrom(...ACQUISITION_MODES),
        envie: fc.constant(true as const),
        notConcerned: fc.constant(true as const),
        ...(notes ? { note: textArb } : {}),
      },
      { requiredKeys: [] },
    )
    .map((r): CompetencyResponse | undefined => (Object.keys(r).length > 0 ? { ...r } : undefined));
const someOf = <V>(ids: readonly string[], arb: (id: string) => fc.Arbitrary<V | undefined>) =>
  fc
    .record(Object.fromEntries(ids.map((id) => [id, arb(id)])), { requiredKeys: [] })
    .map((r) => definedOnly(r as Partial<Record<string, V>>));

const snapshotArb: fc.Arbitrary<ProfileSnapshot> = fc.boolean().chain((notes) =>
  fc
    .record({
      id: fc.uint8Array({ minLength: 8, maxLength: 8 }).map((b) => Buffer.from(b).toString('hex')),
      alias: aliasArb,
      createdAt: fc.integer({ min: 0, max: 0xffff_ffff }).map((s) => s * 1000),
      contentVersion: fc.integer({ min: 1, max: 1000 }),
      workshopId: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/), { nil: undefined }),
      competencies: someOf(
        COMPETENCIES.map((c) => c.id),
        () => responseArb(notes),
      ),
      practice: someOf(
        STATEMENTS.map((s) => s.id),
        () => frequencyArb,
      ),
      situations: someOf(
        SITUATIONS.map((s) => s.id),
        (id) => fc.constantFrom(...(SITUATIONS.find((s) => s.id === id)?.options ?? [])),
      ),
      tensions: someOf(TENSION_IDS, () => frequencyArb),
      actual: fc.option(splitArb, { nil: undefined }),
      wished: fc.option(splitArb, { nil: undefined }),
      reflections: someOf(INSTRUMENT_IDS, () => textArb),
    })
    .map(({ workshopId, actual, wished, reflections, ...rest }): ProfileSnapshot => ({
      version: 1,
      ...rest,
      ...(workshopId !== undefined ? { workshopId } : {}),
      time: { ...(actual ? { actual } : {}), ...(wished ? { wished } : {}) },
      ...(notes ? { reflections } : {}),
    })),
);

// ——— Tests ———

describe('CODE_V1', () => {
  it('names only ids that still exist in the content, options in the same order', () => {
    const competencyIds = new Set<string>(COMPETENCIES.map((c) => c.id));
    for (const id of CODE_V1.competencies) expect(competencyIds.has(id), id).toBe(true);
    expect(CODE_V1.acquisitionModes).toEqual(ACQUISITION_MODES.slice(0, CODE_V1.acquisitionModes.length));
    const statementIds = new Set<string>(STATEMENTS.map((s) => s.id));
    for (const id of CODE_V1.statements) expect(statementIds.has(id), id).toBe(true);
    for (const { id, options } of CODE_V1.situations) {
      expect(SITUATIONS.map((s) => s.id)).toContain(id);
      for (const o of options) expect(POSTURE_IDS, id).toContain(o);
    }
    for (const id of CODE_V1.tensions) expect(TENSION_IDS, id).toContain(id);
    for (const id of CODE_V1.activities) expect(ACTIVITY_IDS, id).toContain(id);
    for (const id of CODE_V1.instruments) expect(INSTRUMENT_IDS, id).toContain(id);
  });

  it('can carry every current content id (new content needs a new code version first)', () => {
    expect(new Set(COMPETENCIES.map((c) => c.id))).toEqual(new Set(CODE_V1.competencies));
    expect(new Set(STATEMENTS.map((s) => s.id))).toEqual(new Set(CODE_V1.statements));
    expect(SITUATIONS.map((s) => s.id)).toEqual(CODE_V1.situations.map((s) => s.id));
    expect([...POSTURE_IDS]).toEqual([...CODE_V3.postures]);
    expect([...SITUATION_FITS]).toEqual([...CODE_V3.fits]);
    expect(TENSION_PAIRS.map((p) => [...p])).toEqual(CODE_V3.pairs.map((p) => [...p]));
    expect(CODE_V3.balance).toBe(BALANCE);
    expect([...ACQUISITION_MODES]).toEqual([...CODE_V1.acquisitionModes]);
    expect(new Set(TENSION_IDS)).toEqual(new Set(CODE_V1.tensions));
    expect([...ACTIVITY_IDS]).toEqual([...CODE_V1.activities]);
    expect(new Set(INSTRUMENT_IDS)).toEqual(new Set(CODE_V1.instruments));
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(CODE_V1)).toBe(true);
    expect(Object.isFrozen(CODE_V1.competencies)).toBe(true);
    expect(Object.isFrozen(CODE_V1.situations[0]?.options)).toBe(true);
  });
});

describe('encodeShareCode / decodeShareCode', () => {
  const withWorkshop = { workshopId: 'atelier-2026_Lyon' };
  const cases: [string, ProfileSnapshot][] = [
    ['an empty bilan', snapshot()],
    ['an empty bilan with notes included but none written', snapshot({ reflections: {} })],
    [
      'a partial bilan',
      snapshot({
        competencies: {
          'competency.strategie.regulation.negociation': { aisance: 3, mobilisation: 2 },
          'competency.connaissances.prospective.veille': { notConcerned: true },
          'competency.animation.prospective.maillage': { acquisition: 'terrain', envie: true },
        },
        practice: { 'acrobat.haut.appui': 0, 'strategist.officieux.alliances': 4 },
        situations: { 'situation.legitimite': 'avant' },
        tensions: { 'cadre-institutionnel': 3 },
        time: { wished: fullSplit({ etude: 60, concertation: 40 }) },
      }),
    ],
    ['a complete bilan without notes', completeSnapshot(false)],
    ['a complete bilan with notes', completeSnapshot(true)],
    ['a complete bilan with notes and a workshop', completeSnapshot(true, withWorkshop)],
    ['a complete bilan without notes, with a workshop', completeSnapshot(false, withWorkshop)],
    ['an alias with accents and emoji', snapshot({ alias: 'Zoé 🌱 Ñandú' })],
    ['the earliest and latest dates', snapshot({ createdAt: 0, contentVersion: 1000 })],
    ['the latest date', snapshot({ createdAt: 0xffff_ffff * 1000 })],
  ];

  it.each(cases)('round-trips %s exactly', async (_, s) => {
    expect(snapshotSchema.safeParse(s).success).toBe(true);
    const code = await encodeShareCode(s);
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeShareCode(code)).toStrictEqual({ ok: true, snapshot: s });
  });

  it('keeps a complete bilan without notes within a 600-character link', async () => {
    const withoutNotes = shareLink(ORIGIN, await encodeShareCode(completeSnapshot(false)));
    const withNotes = shareLink(ORIGIN, await encodeShareCode(completeSnapshot(true)));
    console.log(
      `share link of a complete bilan: ${withoutNotes.length} characters without notes, ${withNotes.length} with notes`,
    );
    expect(withoutNotes.length).toBeLessThanOrEqual(600);
  });

  it('keeps any complete bilan without notes within 600 characters, whatever its answers and names', async () => {
    const all = <V>(ids: readonly string[], arb: (id: string) => fc.Arbitrary<V>) =>
      fc.tuple(...ids.map(arb)).map((vs) => Object.fromEntries(ids.map((id, i) => [id, vs[i] as V])));
    const completeArb = fc.record({
      alias: fc.string({ unit: fc.constantFrom('é', '€', 'ß', 'x'), minLength: 40, maxLength: 40 }),
      workshopId: fc.stringMatching(/^[A-Za-z0-9_-]{40}$/),
      competencies: all(
        COMPETENCIES.map((c) => c.id),
        () =>
          fc.record({
            aisance: fc.constantFrom(...AISANCE_LEVELS),
            mobilisation: fc.constantFrom(...MOBILISATION_LEVELS),
            acquisition: fc.constantFrom(...ACQUISITION_MODES),
            envie: fc.constant(true as const),
          }),
      ),
      practice: all(
        STATEMENTS.map((x) => x.id),
        () => frequencyArb,
      ),
      situations: all(
        SITUATIONS.map((x) => x.id),
        (id) => fc.constantFrom(...(SITUATIONS.find((x) => x.id === id)?.options ?? [])),
      ),
      tensions: all(TENSION_IDS, () => frequencyArb),
      actual: splitArb,
      wished: splitArb,
    });
    let longest = 0;
    await fc.assert(
      fc.asyncProperty(completeArb, async ({ actual, wished, ...rest }) => {
        const link = shareLink(
          ORIGIN,
          await encodeShareCode(snapshot({ ...rest, time: { actual, wished } })),
        );
        longest = Math.max(longest, link.length);
        expect(link.length).toBeLessThanOrEqual(600);
      }),
      { numRuns: 100 },
    );
    console.log(`longest link of a random complete bilan without notes, 40-character names: ${longest}`);
  });

  it.each([
    ...cases,
    ['a repetitive note', completeSnapshot(true, { reflections: { grid: 'encore '.repeat(200) } })],
  ])('compresses %s only when that makes it shorter', async (_, s) => {
    const { flags, body } = frameOf(await encodeShareCode(s));
    const { payload } = await unpack(await encodeShareCode(s));
    const deflated = await deflateRaw(payload);
    expect(flags & 1).toBe(deflated.length < payload.length ? 1 : 0);
    expect(body.length).toBe(Math.min(deflated.length, payload.length));
  });

  it('round-trips any valid snapshot', async () => {
    let roundTrips = 0;
    await fc.assert(
      fc.asyncProperty(snapshotArb, async (s) => {
        const code = await encodeShareCode(s).catch((e: unknown) => e);
        // Only long notes can make a code too long; what the encoder writes, the decoder reads.
        if (code instanceof ShareCodeTooLongError) return;
        expect(await decodeShareCode(code as string)).toStrictEqual({ ok: true, snapshot: s });
        roundTrips++;
      }),
      { numRuns: 100 },
    );
    expect(roundTrips).toBeGreaterThan(80);
  }, 30_000);

  it.each<[string, string]>([
    ['notes too varied to fit', 'x'],
    ['notes too long unpacked, however well they compress', 'é'],
  ])('refuses to encode a snapshot with %s', async (_, fill) => {
    const text = (i: number) =>
      fill === 'x'
        ? Array.from({ length: 2000 }, (_, j) =>
            String.fromCharCode(33 + ((i * 7919 + j * j * 31) % 90)),
          ).join('')
        : fill.repeat(2000);
    const s = completeSnapshot(true, {
      competencies: Object.fromEntries(
        COMPETENCIES.map((c, i) => [c.id, { aisance: 2 as const, note: text(i) }]),
      ),
      reflections: Object.fromEntries(INSTRUMENT_IDS.map((id, i) => [id, text(100 + i)])),
    });
    expect(snapshotSchema.safeParse(s).success).toBe(true);
    await expect(encodeShareCode(s)).rejects.toThrow(ShareCodeTooLongError);
  });

  it('encodes the largest notes that fit, and they decode', async () => {
    const s = snapshot({ reflections: { grid: 'é'.repeat(2000), time: 'ü'.repeat(2000) } });
    expect(await decodeShareCode(await encodeShareCode(s))).toStrictEqual({ ok: true, snapshot: s });
  });

  it.each<[string, ProfileSnapshot]>([
    ['an alias left empty', snapshot({ alias: '' })],
    [
      'an unknown competence',
      snapshot({ competencies: { 'competency.strategie.regulation.x': { aisance: 1 } } }),
    ],
    [
      'a situation answer that is no posture',
      snapshot({ situations: { 'situation.legitimite': 'partout' } }),
    ],
    [
      'a note without notes included',
      snapshot({ competencies: { [CODE_V1.competencies[0]]: { note: 'x' } } }),
    ],
  ])('refuses to encode %s', async (_, s) => {
    await expect(encodeShareCode(s)).rejects.toThrow(TypeError);
  });
});

describe('framed codes: length and checksum', () => {
  const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  /** The code with one bit of one character changed: another valid character, as a typo or a bad scan. */
  const flipBit = (code: string, at: number, bit: number) =>
    code.slice(0, at) + BASE64URL[BASE64URL.indexOf(code[at] ?? 'A') ^ (1 << bit)] + code.slice(at + 1);

  it('writes version 3: flags, the body length, the body, then the SHA-256 of all that, cut to 4 bytes', async () => {
    for (const s of [snapshot(), completeSnapshot(false), completeSnapshot(true, { workshopId: 'w1' })]) {
      const code = await encodeShareCode(s);
      expect(toBytes(code)[0]).toBe(3);
      const { flags, body } = frameOf(code);
      expect(await forgeCurrent(flags, body)).toBe(code);
    }
  });

  it.each<[string, string, ProfileSnapshot]>([
    [
      'with notes and a workshop',
      'AQdjVHZN71x99n3mymgTRnbnxNzMnJxUwcSS1JzM1CJdIwMjs3ifyvw8Bt4GBjTggC4AAywQitGBgYGVwYGBSdixLDVZISe1WCEpEWR6aVGxHgOjXEBOabHC4QUKOY8aZiZmFqcqpOYpJOZl5iaWZObn6TEAAA',
      snapshot({
        workshopId: 'atelier-2026_Lyon',
        competencies: {
          'competency.strategie.regulation.negociation': {
            aisance: 3,
            mobilisation: 2,
            note: 'Avec les bailleurs.',
          },
          'competency.connaissances.prospective.veille': { notConcerned: true },
        },
        practice: { 'acrobat.haut.appui': 0, 'strategist.officieux.alliances': 4 },
        situations: { 'situation.legitimite': 'avant' },
        tensions: { 'cadre-institutionnel': 3 },
        reflections: { grid: 'Plus à l’aise en animation.' },
      }),
    ],
    [
      'without notes',
      'AQFjVHZN71x99n3mymgTRs6o_MMrFT7M79nIwNvAQCxggVCMDgwMrAwODAA',
      snapshot({
        alias: 'Zoé 🌱',
        competencies: { 'competency.strategie.regulation.negociation': { aisance: 3, mobilisation: 2 } },
        practice: { 'acrobat.haut.appui': 0, 'strategist.officieux.alliances': 4 },
        situations: { 'situation.legitimite': 'avant' },
        tensions: { 'cadre-institutionnel': 3 },
      }),
    ],
  ])('still reads a version-1 code written by an earlier app, %s', async (_, code, expected) => {
    expect(toBytes(code)[0]).toBe(1);
    expect(await decodeShareCode(code)).toStrictEqual({ ok: true, snapshot: expected });
  });

  it('refuses every single-bit change of a version-2 code', async () => {
    const codes = await Promise.all(
      [snapshot({ alias: 'Q' }), completeSnapshot(false), completeSnapshot(true, { workshopId: 'w' })].map(
        encodeShareCode,
      ),
    );
    let tried = 0;
    for (const code of codes) {
      for (let at = 0; at < code.length; at++) {
        for (let bit = 0; bit < 6; bit++) {
          const changed = flipBit(code, at, bit);
          expect((await decodeShareCode(changed)).ok, `bit ${bit} of character ${at}`).toBe(false);
          tried++;
        }
      }
    }
    expect(tried).toBeGreaterThan(2000);
  }, 60_000);

  it('refuses any single-bit change of the code of any snapshot', async () => {
    await fc.assert(
      fc.asyncProperty(snapshotArb, fc.nat(), fc.integer({ min: 0, max: 5 }), async (s, at, bit) => {
        const code = await encodeShareCode(s).catch(() => null);
        if (code === null) return;
        expect((await decodeShareCode(flipBit(code, at % code.length, bit))).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it.each<[string, (code: string) => string, ShareCodeError['kind']]>([
    [
      'a wrong checksum',
      (code) =>
        forge(
          2,
          0,
          toBytes(code)
            .subarray(2)
            .map((b, i, a) => (i === a.length - 1 ? b ^ 1 : b)),
        ),
      'corrupt',
    ],
    ['a byte after the checksum', (code) => toCode(Uint8Array.from([...toBytes(code), 0])), 'corrupt'],
    [
      'a length beyond the code',
      (code) => toCode(Uint8Array.from([2, 0, 0x7f, ...toBytes(code).subarray(3)])),
      'truncated',
    ],
    ['no length', () => forge(2, 0, []), 'truncated'],
  ])('refuses a version-2 code with %s', async (_, edit, kind) => {
    const code = await encodeShareCode(snapshot({ alias: 'Q' }));
    expect(await decodeError(code)).toBe('ok');
    expect(await decodeError(edit(code))).toBe(kind);
  });

  it('still checks what a framed code with a right checksum holds', async () => {
    const { flags, payload } = await unpack(await encodeShareCode(snapshot({ alias: 'Al' })));
    expect(await decodeError(await forgeCurrent(flags, payload))).toBe('ok');
    const at = bitSection(snapshot({ alias: 'Al' }));
    expect(await decodeError(await forgeCurrent(flags, setBits(payload, at * 8, 3, 7)))).toBe('corrupt');
    expect(await decodeError(await forgeCurrent(flags, [...payload, 0]))).toBe('corrupt');
  });
});

describe('decodeShareCode cleaning the alias', () => {
  it('shows an alias written with control, bidi-override or zero-width characters without them', async () => {
    const code = await encodeShareCode(snapshot({ alias: '\u202ECa\u200Bmi\u0007lle' }));
    expect(await decodeShareCode(code)).toStrictEqual({ ok: true, snapshot: snapshot({ alias: 'Camille' }) });
  });

  it('refuses a code whose alias is nothing but invisible characters', async () => {
    expect(await decodeError(await encodeShareCode(snapshot({ alias: '\u200B\u202E\u2060' })))).toBe(
      'invalid',
    );
  });
});

describe('decodeShareCode reading links', () => {
  it.each([
    ['a share link', (code: string) => shareLink(ORIGIN, code)],
    ['a link whose fragment is the bare code', (code: string) => `${ORIGIN}/recevoir#${code}`],
    ['a code with spaces and line breaks around it', (code: string) => `  \n${code}\t \n`],
    ['a code wrapped over several lines', (code: string) => `${code.slice(0, 20)}\n${code.slice(20)}`],
    ['a link pasted with a trailing space', (code: string) => ` ${shareLink(ORIGIN, code)} `],
  ])('accepts %s', async (_, wrap) => {
    const s = completeSnapshot(true);
    expect(await decodeShareCode(wrap(await encodeShareCode(s)))).toStrictEqual({ ok: true, snapshot: s });
  });
});

describe('decodeShareCode rejecting', () => {
  it.each<[string, string, ShareCodeError['kind']]>([
    ['nothing', '', 'empty'],
    ['only spaces', '  \n ', 'empty'],
    ['a link without a code', `${ORIGIN}/recevoir#p=`, 'empty'],
    ['a code over the limit', 'A'.repeat(MAX_CODE_CHARS + 1), 'too-long'],
    ['a huge paste', 'A'.repeat(5_000_000), 'too-long'],
    ['standard base64 characters', 'AQAB+/==', 'not-base64'],
    ['accented letters', 'AQAé', 'not-base64'],
    ['a single character', 'A', 'truncated'],
    ['a version byte alone', forge(1, 0, []).slice(0, 2), 'truncated'],
    ['a header without payload', forge(1, 0, []), 'truncated'],
    ['version 4', forge(4, 0, [1, 2, 3]), 'future-version'],
    ['version 255', forge(255, 0, []), 'future-version'],
    ['version 0', forge(0, 0, [1, 2, 3]), 'corrupt'],
    ['an unknown flag', forge(1, 8, new Uint8Array(100)), 'corrupt'],
    ['a payload that is not deflate data', forge(1, 1, [0xff, 0xff, 0xff, 0xff]), 'corrupt'],
  ])('%s', async (_, code, kind) => {
    expect(await decodeShareCode(code)).toStrictEqual({ ok: false, error: { kind } });
  });

  it('checks the length before decoding: a too long code is refused even when it is garbage', async () => {
    expect(await decodeError('é'.repeat(MAX_CODE_CHARS + 1))).toBe('too-long');
    expect(await decodeError('A'.repeat(MAX_CODE_CHARS))).not.toBe('too-long');
  });

  it.each([
    ['a compressed code', async () => encodeShareCode(completeSnapshot(true, { workshopId: 'w1' }))],
    ['a complete bilan without notes', async () => encodeShareCode(completeSnapshot(false))],
    [
      'an uncompressed code with notes',
      async () => {
        const { flags, payload } = await unpack(await encodeShareCode(completeSnapshot(true)));
        return forgeCurrent(flags, payload);
      },
    ],
  ])('reports %s cut anywhere as truncated', async (_, make) => {
    const code = await make();
    expect(await decodeError(code)).toBe('ok');
    const cuts = [
      1,
      2,
      3,
      4,
      7,
      12,
      20,
      Math.floor(code.length / 3),
      Math.floor(code.length / 2),
      code.length - 2,
    ];
    cuts.push(code.length - 1);
    for (const cut of cuts.filter((c) => c > 0 && c < code.length)) {
      expect(await decodeError(code.slice(0, cut)), `cut at ${cut} of ${code.length}`).toBe('truncated');
    }
  });

  it('refuses a decompressed payload beyond MAX_DECODED_BYTES', async () => {
    const bomb = await deflateRaw(new Uint8Array(MAX_DECODED_BYTES * 4));
    const code = forge(1, 1, bomb);
    expect(code.length).toBeLessThanOrEqual(MAX_CODE_CHARS);
    expect(await decodeError(code)).toBe('corrupt');
  });

  describe('forged payloads', () => {
    const empty = snapshot({ alias: 'Al' });
    const withTime = snapshot({ alias: 'Al', time: { actual: fullSplit({ management: 100 }) } });
    const at = bitSection(empty);
    const forged = async (s: ProfileSnapshot, edit: (payload: Uint8Array) => Uint8Array | number[]) => {
      const { flags, payload } = await unpack(await encodeShareCode(s));
      return decodeError(await forgeCurrent(flags, edit(payload)));
    };

    it('reads the unpacked forms of valid codes (the forging itself is sound)', async () => {
      expect(await forged(empty, (p) => p)).toBe('ok');
      expect(await forged(withTime, (p) => p)).toBe('ok');
    });

    it.each<[string, ProfileSnapshot, (p: Uint8Array) => Uint8Array | number[], Outcome]>([
      ['aisance 5', empty, (p) => setBits(p, at * 8, 3, 5), 'corrupt'],
      ['aisance 7', empty, (p) => setBits(p, at * 8, 3, 7), 'corrupt'],
      ['mobilisation 5 (value 4)', empty, (p) => setBits(p, at * 8 + 3, 3, 5), 'corrupt'],
      ['acquisition 5', empty, (p) => setBits(p, at * 8 + 6, 3, 5), 'corrupt'],
      [
        'a frequency of 5',
        empty,
        (p) => setBits(p, at * 8 + COMPETENCIES.length * COMPETENCY_BITS, 3, 6),
        'corrupt',
      ],
      ['a posture beyond the table', empty, (p) => setBits(p, at * 8 + SITUATION_BITS_AT, 4, 11), 'corrupt'],
      ['a percentage of 101', withTime, (p) => setBits(p, at * 8 + TIME_BITS_AT + 2, 7, 101), 'corrupt'],
      [
        'a split that does not sum to 100',
        withTime,
        (p) => setBits(p, at * 8 + TIME_BITS_AT + 2, 7, 99),
        'invalid',
      ],
      [
        'padding bits set',
        withTime,
        (p) => setBits(p, at * 8 + TIME_BITS_AT + 2 + ACTIVITY_IDS.length * 7, 1, 1),
        'corrupt',
      ],
      ['a trailing byte', empty, (p) => [...p, 0], 'corrupt'],
      ['an alias that is not UTF-8', empty, (p) => setBits(p, (at - 2) * 8, 8, 0xff), 'corrupt'],
      ['an empty alias', empty, (p) => [...p.slice(0, at - 3), 0, ...p.slice(at)], 'invalid'],
      ['an alias longer than the payload', empty, (p) => setBits(p, (at - 3) * 8, 8, 120), 'truncated'],
      [
        'an overlong varint',
        empty,
        (p) => [...p.slice(0, at - 4), 0x81, 0x00, ...p.slice(at - 3)],
        'corrupt',
      ],
      ['a content version of 0', empty, (p) => setBits(p, (at - 4) * 8, 8, 0), 'invalid'],
    ])('%s', async (_, s, edit, kind) => {
      expect(await forged(s, edit)).toBe(kind);
    });

    it.each<[string, number[], Outcome]>([
      ['notes and reflections, both empty', [0, 0], 'ok'],
      ['a note for the first competence', [1, 2, 0x68, 0x69, 0, 0], 'ok'],
      ['a competence index beyond the table', [CODE_V1.competencies.length + 1, 1, 0x68, 0, 0], 'corrupt'],
      ['notes out of order', [2, 1, 0x61, 1, 1, 0x62, 0, 0], 'corrupt'],
      ['a note given twice', [1, 1, 0x61, 1, 1, 0x62, 0, 0], 'corrupt'],
      ['an instrument index beyond the table', [0, CODE_V1.instruments.length + 1, 1, 0x68, 0], 'corrupt'],
      ['a missing end marker', [0], 'truncated'],
      ['an empty note', [1, 0, 0, 0], 'invalid'],
    ])('notes section: %s', async (_, notes, kind) => {
      const { payload } = await unpack(await encodeShareCode(empty));
      expect(await decodeError(await forgeCurrent(2, [...payload, ...notes]))).toBe(kind);
    });

    it('refuses a note longer than a snapshot carries', async () => {
      const { payload } = await unpack(await encodeShareCode(empty));
      const long = new TextEncoder().encode('x'.repeat(2001));
      const code = await forgeCurrent(2, [...payload, 0, 1, 0xd1, 0x0f, ...long, 0]);
      expect(await decodeError(code)).toBe('invalid');
    });
  });

  it('never throws on flipped bytes, and what it accepts is a valid snapshot', async () => {
    const codes = await Promise.all(
      [completeSnapshot(false), completeSnapshot(true, { workshopId: 'w' }), snapshot({ alias: 'Q' })].map(
        encodeShareCode,
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...codes),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 }),
        async (code, flips) => {
          const bytes = toBytes(code);
          for (const [at, mask] of flips) bytes[at % bytes.length] = (bytes[at % bytes.length] ?? 0) ^ mask;
          const result = await decodeShareCode(toCode(bytes));
          if (result.ok) expect(snapshotSchema.safeParse(result.snapshot).success).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('never throws on random bytes behind a valid header', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 7 }),
        fc.uint8Array({ maxLength: 200 }),
        async (flags, payload) => {
          const result = await decodeShareCode(forge(1, flags, payload));
          if (result.ok) expect(snapshotSchema.safeParse(result.snapshot).success).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('never throws on arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (text) => {
        const result = await decodeShareCode(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 100 },
    );
  });
});
