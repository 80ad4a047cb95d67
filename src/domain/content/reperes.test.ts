import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_PLACEMENT, parsePlacement, readPlacement } from './reperes';

describe('readPlacement', () => {
  it('names the dominant approaches per view and where practice and commande differ', () => {
    const reading = readPlacement({
      pratique: { jacobine: 2, communautarienne: 1, reformiste: 2 },
      commande: { jacobine: 2, communautarienne: 2, neoConservatrice: 0 },
    });
    expect(reading.dominant).toEqual({
      pratique: ['jacobine', 'reformiste'],
      commande: ['jacobine', 'communautarienne'],
    });
    expect(reading.differ).toEqual(['communautarienne']);
    expect(reading.placed).toEqual({ pratique: 3, commande: 3 });
  });

  it('reads nothing from an empty placement', () => {
    expect(readPlacement({})).toEqual({
      dominant: { pratique: [], commande: [] },
      differ: [],
      placed: { pratique: 0, commande: 0 },
    });
  });
});

describe('parsePlacement', () => {
  it('keeps a valid placement and its note', () => {
    const stored = {
      placement: { pratique: { jacobine: 2 }, commande: { reformiste: 0 } },
      note: 'Feuille de route',
    };
    expect(parsePlacement(stored)).toEqual(stored);
  });

  it('leaves out what is not a placement', () => {
    expect(
      parsePlacement({ placement: { pratique: { jacobine: 3, inconnue: 1, reformiste: '2' } }, note: 4 }),
    ).toEqual({
      placement: { pratique: {} },
      note: '',
    });
    expect(parsePlacement(null)).toEqual(EMPTY_PLACEMENT);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(fc.anything(), (value) => void parsePlacement(value)));
  });
});
