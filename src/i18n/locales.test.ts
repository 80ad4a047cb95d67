import { describe, expect, it } from 'vitest';
import { COMPETENCIES, MACRO_IDS, MODALITY_IDS } from '../domain/content/grid';
import { ACQUISITION_MODES, AISANCE_LEVELS, MOBILISATION_LEVELS } from '../domain/content/scales';
import {
  ACROBAT_STATEMENTS,
  ACTIVITY_IDS,
  DIRECTION_IDS,
  FREQUENCY_LEVELS,
  INSTRUMENT_IDS,
  PULL_LEVELS,
  SITUATIONS,
  STRATEGIST_STATEMENTS,
  TENSION_IDS,
  TRAIT_IDS,
} from '../domain/content/postures';
import { LANGUAGES, NAMESPACES } from './index';
import { resources } from './resources';

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

function lookup(tree: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], tree);
}

describe.each(LANGUAGES)('locale %s', (lng) => {
  const { content, pages } = resources[lng];

  it.each(COMPETENCIES.map((c) => c.id))('words %s with a label and a statement', (id) => {
    expect(lookup(content, `${id}.label`)).toEqual(expect.stringMatching(/\S/));
    expect(lookup(content, `${id}.statement`)).toEqual(expect.stringMatching(/\S{3}/));
  });

  it('names every macro-competence and modality', () => {
    for (const id of MACRO_IDS) expect(lookup(content, `macro.${id}.label`)).toEqual(expect.any(String));
    for (const id of MODALITY_IDS)
      expect(lookup(content, `modality.${id}.label`)).toEqual(expect.any(String));
  });

  it('gives every level of every scale a visible meaning', () => {
    const levels = [
      ...AISANCE_LEVELS.map((v) => `aisance.${v}`),
      ...MOBILISATION_LEVELS.map((v) => `mobilisation.${v}`),
      ...ACQUISITION_MODES.map((v) => `acquisition.${v}`),
    ];
    for (const level of levels) {
      expect(lookup(pages, `scale.${level}.label`)).toEqual(expect.stringMatching(/\S/));
      expect(lookup(pages, `scale.${level}.description`)).toEqual(expect.stringMatching(/\S/));
    }
  });
});

describe.each(LANGUAGES)('posture wording in %s', (lng) => {
  const { pages, postures } = resources[lng];
  const text = expect.stringMatching(/\S/);

  it.each([...ACROBAT_STATEMENTS, ...STRATEGIST_STATEMENTS].map((s) => s.id))('words %s', (id) => {
    expect(lookup(postures, `${id}.statement`)).toEqual(text);
  });

  it.each(SITUATIONS.map((s) => [s.id, s.options] as const))(
    'words %s and each of its options',
    (id, options) => {
      const key = id.replace(/^situation\./, 'situation.');
      expect(lookup(postures, `${key}.title`)).toEqual(text);
      expect(lookup(postures, `${key}.context`)).toEqual(text);
      for (const option of options) expect(lookup(postures, `${key}.options.${option}`)).toEqual(text);
    },
  );

  it('names every direction, trait, tension, activity, instrument and level', () => {
    for (const d of DIRECTION_IDS) expect(lookup(postures, `direction.${d}.label`)).toEqual(text);
    for (const tr of TRAIT_IDS) expect(lookup(postures, `trait.${tr}.label`)).toEqual(text);
    for (const te of TENSION_IDS) expect(lookup(postures, `tension.${te}.label`)).toEqual(text);
    for (const a of ACTIVITY_IDS) expect(lookup(postures, `activity.${a}.label`)).toEqual(text);
    for (const i of INSTRUMENT_IDS) expect(lookup(pages, `instrument.${i}.title`)).toEqual(text);
    for (const v of FREQUENCY_LEVELS) expect(lookup(pages, `scale.frequency.${v}`)).toEqual(text);
    for (const v of PULL_LEVELS) expect(lookup(pages, `scale.pull.${v}`)).toEqual(text);
  });
});

describe('locales', () => {
  it.each(NAMESPACES)('have the same keys in French and English in %s', (ns) => {
    expect(keyPaths(resources.en[ns]).sort()).toEqual(keyPaths(resources.fr[ns]).sort());
  });

  it.each(LANGUAGES)('never word the same key in common and pages (%s)', (lng) => {
    // pages is common's fallback namespace: a key in both would hide one of them.
    const shared = Object.keys(resources[lng].pages).filter((k) => k in resources[lng].common);
    expect(shared).toEqual([]);
  });
});
