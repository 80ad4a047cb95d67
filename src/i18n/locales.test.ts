import { describe, expect, it } from 'vitest';
import { COMPETENCIES, MACRO_IDS, MODALITY_IDS } from '../domain/content/grid';
import { ACQUISITION_MODES, AISANCE_LEVELS, MOBILISATION_LEVELS } from '../domain/content/scales';
import { LANGUAGES, resources } from './index';

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
  const { content, common } = resources[lng];

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
      expect(lookup(common, `scale.${level}.label`)).toEqual(expect.stringMatching(/\S/));
      expect(lookup(common, `scale.${level}.description`)).toEqual(expect.stringMatching(/\S/));
    }
  });
});

describe('locales', () => {
  it('have the same keys in French and English', () => {
    expect(keyPaths(resources.en.common).sort()).toEqual(keyPaths(resources.fr.common).sort());
    expect(keyPaths(resources.en.content).sort()).toEqual(keyPaths(resources.fr.content).sort());
  });
});
