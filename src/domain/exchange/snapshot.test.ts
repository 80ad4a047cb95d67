import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompetencyResponse, PostureValue } from '../assessment';
import { COMPETENCIES, type CompetencyId } from '../content/grid';
import {
  ACROBAT_STATEMENTS,
  ACTIVITY_IDS,
  INSTRUMENT_IDS,
  SITUATIONS,
  STRATEGIST_STATEMENTS,
  TENSION_IDS,
  TENSION_PAIRS,
} from '../content/postures';
import { ACQUISITION_MODES, AISANCE_LEVELS, MOBILISATION_LEVELS } from '../content/scales';
import { CONTENT_VERSION } from '../content/version';
import { instrumentProgress, type CompetencyResponses, type PostureValues } from '../progress';
import { computeWholeProfile } from '../scoring/wholeProfile';
import {
  SNAPSHOT_TEXT_MAX_CHARS,
  buildSnapshot,
  isWorkshopId,
  newSnapshotId,
  snapshotSchema,
  snapshotToAnswers,
  type ProfileSnapshot,
  type SnapshotInput,
} from './snapshot';

const NOW = Date.UTC(2026, 2, 5, 10, 30, 12, 789);
const ID = '0123456789abcdef';
const NEGO: CompetencyId = 'competency.strategie.regulation.negociation';
const VEILLE: CompetencyId = 'competency.connaissances.prospective.veille';
const STATEMENTS = [...ACROBAT_STATEMENTS, ...STRATEGIST_STATEMENTS];

const split = (o: Readonly<Record<string, number>>) => ({
  ...Object.fromEntries(ACTIVITY_IDS.map((id) => [id, 0])),
  ...o,
});

/** Stored answers of a complete bilan: every competence with every field, every instrument, notes. */
function completeAnswers(): { responses: CompetencyResponses; values: PostureValues } {
  const responses = Object.fromEntries(
    COMPETENCIES.map((c, i): [string, CompetencyResponse] => [
      c.id,
      {
        aisance: AISANCE_LEVELS[i % 4],
        mobilisation: MOBILISATION_LEVELS[i % 4],
        acquisition: ACQUISITION_MODES[i % 4],
        envie: i % 2 === 0,
        notConcerned: i % 3 === 0,
        note: `Note ${i}`,
      },
    ]),
  );
  const values: Record<string, PostureValue> = {
    ...Object.fromEntries(STATEMENTS.map((s, i) => [s.id, i % 5])),
    ...Object.fromEntries(SITUATIONS.map((s) => [s.id, s.options[1] ?? ''])),
    ...Object.fromEntries(SITUATIONS.map((s, i) => [`${s.id}.fit`, i % 2 ? 'habit' : 'situation'])),
    ...Object.fromEntries(TENSION_IDS.map((t, i) => [`tension.${t}`, i])),
    ...Object.fromEntries(
      TENSION_PAIRS.map((p, i) => [`tension-pair.${p[0]}.${p[1]}`, i % 3 === 2 ? 'equilibre' : p[i % 2]]),
    ),
    'time.actual': { management: 40, etude: 60 },
    'time.wished': split({ associations: 50, concertation: 50 }),
    ...Object.fromEntries(INSTRUMENT_IDS.map((id) => [`reflection.${id}`, `Réflexion ${id}`])),
  };
  return { responses, values };
}

const build = (o: Partial<SnapshotInput> = {}): ProfileSnapshot =>
  buildSnapshot({
    responses: {},
    values: {},
    alias: 'Camille',
    includeNotes: false,
    now: NOW,
    contentVersion: CONTENT_VERSION,
    randomId: () => ID,
    ...o,
  });

describe('buildSnapshot', () => {
  it('describes an empty bilan', () => {
    expect(build()).toStrictEqual({
      version: 1,
      id: ID,
      alias: 'Camille',
      createdAt: Date.UTC(2026, 2, 5, 10, 30, 12),
      contentVersion: CONTENT_VERSION,
      competencies: {},
      practice: {},
      situations: {},
      tensions: {},
      time: {},
    });
  });

  it('keeps every answer of a complete bilan, notes only when asked', () => {
    const withNotes = build({ ...completeAnswers(), includeNotes: true });
    const withoutNotes = build({ ...completeAnswers(), includeNotes: false });
    for (const s of [withNotes, withoutNotes]) {
      expect(Object.keys(s.competencies)).toHaveLength(COMPETENCIES.length);
      expect(Object.keys(s.practice)).toHaveLength(STATEMENTS.length);
      expect(Object.keys(s.situations)).toHaveLength(SITUATIONS.length);
      expect(Object.keys(s.tensions)).toHaveLength(TENSION_IDS.length);
      expect(Object.keys(s.situationFits ?? {})).toHaveLength(SITUATIONS.length);
      expect(s.tensionPairs).toHaveProperty(
        'politique-publique.culture-professionnelle',
        'politique-publique',
      );
      expect(s.tensionPairs).toHaveProperty('politique-publique.public-usagers', 'equilibre');
      expect(s.time.actual).toStrictEqual(split({ management: 40, etude: 60 }));
      expect(snapshotSchema.safeParse(s).success).toBe(true);
    }
    expect(withNotes.competencies[NEGO]?.note).toBe('Note 1');
    expect(withNotes.reflections).toHaveProperty('grid', 'Réflexion grid');
    expect(withNotes.tensions).toHaveProperty('cadre-institutionnel', 2);
    expect(Object.values(withoutNotes.competencies).some((r) => r.note !== undefined)).toBe(false);
    expect(withoutNotes).not.toHaveProperty('reflections');
  });

  it('says notes were included even when none were written', () => {
    expect(build({ includeNotes: true }).reflections).toStrictEqual({});
  });

  it.each<[string, Partial<SnapshotInput>, Partial<ProfileSnapshot>]>([
    ['createdAt to whole seconds', { now: 1_999 }, { createdAt: 1_000 }],
    ['the alias trimmed', { alias: '  Camille  ' }, { alias: 'Camille' }],
    [
      'the alias without control, bidi-override or zero-width characters',
      { alias: '\u202ECa\u0000mi\u200Bl\u001Ble\u0007' },
      { alias: 'Camille' },
    ],
    ['a workshop id', { workshopId: 'atelier_2026-03' }, { workshopId: 'atelier_2026-03' }],
  ])('records %s', (_, input, expected) => {
    expect(build(input)).toMatchObject(expected);
  });

  it.each<[string, CompetencyResponse | undefined, CompetencyResponse | undefined]>([
    ['an answer as stored', { aisance: 4, mobilisation: 0, acquisition: 'les-deux' }, undefined],
    ['only a "non concerné·e"', { notConcerned: true }, undefined],
    [
      'envie and non concerné·e set to false',
      { aisance: 2, envie: false, notConcerned: false },
      { aisance: 2 },
    ],
    ['an aisance out of the scale', { aisance: 5 as never, mobilisation: 1 }, { mobilisation: 1 }],
    ['a mobilisation out of the scale', { aisance: 1, mobilisation: 4 as never }, { aisance: 1 }],
    ['an unknown acquisition mode', { acquisition: 'autodidacte' as never, envie: true }, { envie: true }],
    ['nothing left once cleaned', { envie: false, aisance: 0 as never }, 'absent' as never],
    ['an empty answer', {}, 'absent' as never],
    ['a blank note with notes included', { note: '   ', aisance: 2 }, { aisance: 2 }],
  ])('keeps the valid fields of %s', (_, stored, expected) => {
    const s = build({ responses: { [NEGO]: stored }, includeNotes: true });
    if ((expected as unknown) === 'absent') expect(s.competencies).not.toHaveProperty(NEGO);
    else expect(s.competencies[NEGO]).toStrictEqual(expected ?? stored);
  });

  it.each<[string, PostureValues]>([
    ['an unknown competence', {}],
    ['an unknown statement', { 'acrobat.haut.inconnu': 3 }],
    ['a frequency out of range', { 'acrobat.haut.appui': 5 }],
    ['a negative frequency', { 'acrobat.haut.appui': -1 }],
    ['a fractional frequency', { 'strategist.officieux.alliances': 2.5 }],
    ['a frequency given as text', { 'acrobat.haut.appui': '3' }],
    ['a posture the situation does not offer', { 'situation.legitimite': 'officieux' }],
    ['an unknown situation', { 'situation.inconnue': 'haut' }],
    ['a situation answered with a number', { 'situation.legitimite': 1 }],
    ['a tension without its prefix', { 'cadre-institutionnel': 2 }],
    ['an unknown tension', { 'tension.inconnue': 2 }],
    ['a tension out of range', { 'tension.public-usagers': 7 }],
    ['a split that does not sum to 100', { 'time.actual': { management: 50, etude: 40 } }],
    ['a split with a fractional share', { 'time.wished': { management: 50.5, etude: 49.5 } }],
    ['a split with a negative share', { 'time.wished': { management: 110, etude: -10 } }],
    ['a split given as a number', { 'time.actual': 100 }],
    ['a reflection on an unknown instrument', { 'reflection.inconnu': 'texte' }],
    ['a reflection that is not text', { 'reflection.grid': 3 }],
  ])('leaves out %s', (_, values) => {
    const s = build({ responses: { 'competency.inconnue': { aisance: 3 } }, values, includeNotes: true });
    expect(s).toStrictEqual(build({ includeNotes: true }));
  });

  it('keeps a split that sums to 100, naming every activity, and drops unknown activities', () => {
    const s = build({ values: { 'time.actual': { management: 70, etude: 30, inconnue: 5 } } });
    expect(s.time.actual).toStrictEqual(split({ management: 70, etude: 30 }));
  });

  it('shortens a note longer than a snapshot carries, without cutting a character in two', () => {
    const long = `${'a'.repeat(SNAPSHOT_TEXT_MAX_CHARS - 1)}😀 et la suite`;
    const s = build({
      responses: { [NEGO]: { note: long }, [VEILLE]: { note: 'x'.repeat(4000) } },
      includeNotes: true,
    });
    expect(s.competencies[NEGO]?.note).toBe('a'.repeat(SNAPSHOT_TEXT_MAX_CHARS - 1));
    expect(s.competencies[VEILLE]?.note).toHaveLength(SNAPSHOT_TEXT_MAX_CHARS);
  });

  it('writes a lone surrogate as U+FFFD, as UTF-8 would', () => {
    const s = build({ values: { 'reflection.grid': 'a\uD800b' }, includeNotes: true });
    expect(s.reflections?.grid).toBe('a\uFFFDb');
  });

  it.each<[string, Partial<SnapshotInput>]>([
    ['an alias left blank', { alias: '   ' }],
    ['an alias of zero-width and bidi characters only', { alias: '\u200B\u202E\u2060\u200D' }],
    ['an alias over 40 characters', { alias: 'x'.repeat(41) }],
    ['a malformed workshop id', { workshopId: 'atelier de Lyon' }],
    ['an empty workshop id', { workshopId: '' }],
    ['a malformed random id', { randomId: () => 'ABC' }],
    ['a content version of 0', { contentVersion: 0 }],
    ['a date before 1970', { now: -1000 }],
  ])('throws a RangeError for %s', (_, input) => {
    expect(() => build(input)).toThrow(RangeError);
  });

  it('is always schema-valid, whatever the stored answers hold', () => {
    const anyValue = fc.oneof(
      fc.integer({ min: -2, max: 6 }),
      fc.double(),
      fc.string({ maxLength: 30 }),
      fc.constantFrom(...SITUATIONS.flatMap((s) => s.options)),
      fc.dictionary(fc.constantFrom(...ACTIVITY_IDS, 'inconnue'), fc.integer({ min: -10, max: 110 })),
      fc.constant(split({ management: 100 })),
    );
    const itemIds = [
      ...STATEMENTS.map((s) => s.id),
      ...SITUATIONS.map((s) => s.id),
      ...TENSION_IDS.map((t) => `tension.${t}`),
      ...INSTRUMENT_IDS.map((id) => `reflection.${id}`),
      'time.actual',
      'time.wished',
      'inconnu',
    ];
    const anyResponse = fc.record(
      {
        aisance: fc.integer({ min: -1, max: 6 }),
        mobilisation: fc.integer({ min: -1, max: 6 }),
        acquisition: fc.constantFrom(...ACQUISITION_MODES, 'autre'),
        envie: fc.boolean(),
        notConcerned: fc.boolean(),
        note: fc.string({ maxLength: 2100 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...COMPETENCIES.map((c) => c.id), 'competency.x'), anyResponse),
        fc.dictionary(fc.constantFrom(...itemIds), anyValue),
        fc.boolean(),
        (responses, values, includeNotes) => {
          const s = build({
            responses: responses as CompetencyResponses,
            values: values as PostureValues,
            includeNotes,
          });
          expect(snapshotSchema.safeParse(s).success).toBe(true);
          // What it keeps survives the trip through stored answers unchanged.
          expect(build({ ...snapshotToAnswers(s), includeNotes })).toStrictEqual(s);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('snapshotToAnswers', () => {
  it('gives back the stored answers a snapshot was built from, scored the same', () => {
    const stored = completeAnswers();
    const s = build({ ...stored, includeNotes: true });
    const { responses, values } = snapshotToAnswers(s);
    expect(values['tension.cadre-institutionnel']).toBe(2);
    expect(values['reflection.time']).toBe('Réflexion time');
    expect(values['time.actual']).toStrictEqual(split({ management: 40, etude: 60 }));
    expect(responses[NEGO]).toStrictEqual({
      aisance: 2,
      mobilisation: 1,
      acquisition: 'terrain',
      note: 'Note 1',
    });
    expect(instrumentProgress(responses, values)).toStrictEqual(
      instrumentProgress(stored.responses, stored.values),
    );
    expect(computeWholeProfile(responses, values)).toStrictEqual(
      computeWholeProfile(stored.responses, stored.values),
    );
  });

  it('reads a snapshot of older content: a posture the situation no longer offers is no answer', () => {
    const older = { ...build(), situations: { 'situation.sortir-isolement': 'officieux' } };
    expect(snapshotSchema.safeParse(older).success).toBe(true);
    const { responses, values } = snapshotToAnswers(older);
    expect(computeWholeProfile(responses, values).situations.answered).toBe(0);
  });

  it('gives an empty bilan for an empty snapshot', () => {
    expect(snapshotToAnswers(build())).toStrictEqual({ responses: {}, values: {} });
  });
});

describe('snapshotSchema', () => {
  const valid = build({ ...completeAnswers(), includeNotes: true, workshopId: 'w-1' });

  it('accepts a built snapshot', () => {
    expect(snapshotSchema.safeParse(valid).success).toBe(true);
  });

  it.each<[string, Record<string, unknown>]>([
    ['another version', { version: 2 }],
    ['an id in capitals', { id: '0123456789ABCDEF' }],
    ['a short id', { id: '0123' }],
    ['an empty alias', { alias: '' }],
    ['an alias with surrounding spaces', { alias: ' Camille' }],
    ['an alias over 40 characters', { alias: 'x'.repeat(41) }],
    ['an alias with a lone surrogate', { alias: 'a\uD800' }],
    ['a date in milliseconds', { createdAt: NOW }],
    ['a date beyond 32-bit seconds', { createdAt: 2 ** 32 * 1000 }],
    ['a content version of 0', { contentVersion: 0 }],
    ['a workshop id with a space', { workshopId: 'a b' }],
    ['a workshop id over 40 characters', { workshopId: 'w'.repeat(41) }],
    ['an unknown competence', { competencies: { 'competency.strategie.regulation.x': { aisance: 1 } } }],
    ['an empty answer', { competencies: { [NEGO]: {} } }],
    ['envie set to false', { competencies: { [NEGO]: { envie: false } } }],
    ['an aisance of 0', { competencies: { [NEGO]: { aisance: 0 } } }],
    ['an unknown field', { competencies: { [NEGO]: { aisance: 1, confidence: 2 } } }],
    ['a note over 2000 characters', { competencies: { [NEGO]: { note: 'x'.repeat(2001) } } }],
    ['an empty note', { competencies: { [NEGO]: { note: '' } } }],
    ['an unknown statement', { practice: { 'acrobat.haut.x': 1 } }],
    ['a frequency of 5', { practice: { 'acrobat.haut.appui': 5 } }],
    ['a situation answer that is no posture', { situations: { 'situation.legitimite': 'partout' } }],
    ['a fit that is neither answer', { situationFits: { 'situation.legitimite': 'parfois' } }],
    [
      'a pair outcome outside its pair',
      { tensionPairs: { 'politique-publique.culture-professionnelle': 'public-usagers' } },
    ],
    ['an unknown pair', { tensionPairs: { 'public-usagers.politique-publique': 'public-usagers' } }],
    ['an unknown situation', { situations: { 'situation.x': 'haut' } }],
    ['a prefixed tension id', { tensions: { 'tension.public-usagers': 1 } }],
    ['a pull of 5', { tensions: { 'public-usagers': 5 } }],
    ['a split summing to 90', { time: { actual: split({ management: 90 }) } }],
    ['a split missing an activity', { time: { actual: { management: 100 } } }],
    ['a split with an unknown activity', { time: { actual: { ...split({ management: 100 }), x: 0 } } }],
    ['an unknown time key', { time: { ideal: split({ management: 100 }) } }],
    ['an unknown instrument', { reflections: { x: 'texte' } }],
    ['a reflection over 2000 characters', { reflections: { grid: 'x'.repeat(2001) } }],
    ['notes without the reflections record', { reflections: undefined }],
    ['an unknown field', { extra: true }],
  ])('refuses %s', (_, override) => {
    expect(snapshotSchema.safeParse({ ...valid, ...override }).success).toBe(false);
  });
});

describe('newSnapshotId', () => {
  it('draws 16 lowercase hex characters, different each time', () => {
    const ids = Array.from({ length: 50 }, newSnapshotId);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('isWorkshopId', () => {
  it.each([
    ['atelier-2026_Lyon', true],
    ['a', true],
    ['', false],
    ['w'.repeat(41), false],
    ['atelier de Lyon', false],
    ['atelier/1', false],
  ])('%s -> %s', (value, expected) => {
    expect(isWorkshopId(value)).toBe(expected);
  });
});
