import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_IDS } from './content/postures';
import {
  decodeDraft,
  draftItemId,
  encodeDraft,
  draftMatches,
  splitOfDraft,
  type SplitDraft,
} from './timeDraft';

const draftArb: fc.Arbitrary<SplitDraft> = fc.dictionary(
  fc.constantFrom(...ACTIVITY_IDS),
  fc.oneof(
    fc.constant(''),
    fc.integer({ min: -50, max: 250 }).map(String),
    fc.double({ noNaN: true }).map(String),
  ),
) as fc.Arbitrary<SplitDraft>;

describe('a working-time draft', () => {
  it('comes back as typed, empty fields left out', () => {
    fc.assert(
      fc.property(draftArb, (draft) => {
        const stored = encodeDraft(draft);
        const typed = Object.fromEntries(Object.entries(draft).filter(([, v]) => v.trim() !== ''));
        if (Object.keys(typed).length === 0) expect(stored).toBeUndefined();
        else expect(decodeDraft(stored)).toEqual(typed);
      }),
    );
  });

  it('keeps a split that does not make 100 % yet, and one that goes over', () => {
    const draft: SplitDraft = { management: '30', etude: '12.5', concertation: '150' };
    expect(decodeDraft(encodeDraft(draft))).toEqual(draft);
  });

  it('reads nothing from a value that is not a draft', () => {
    for (const value of [undefined, 3, { management: 10 }, 'not json', '[1,2]', 'null', '"x"'])
      expect(decodeDraft(value)).toBeNull();
    expect(decodeDraft(JSON.stringify({ management: '10', unknown: '5', etude: 7 }))).toEqual({
      management: '10',
    });
  });

  it('is stored apart from the answers it drafts', () => {
    expect(draftItemId('actual')).not.toBe('time.actual');
    expect(draftItemId('actual')).not.toBe(draftItemId('wished'));
  });

  it('reads as the split it types, « 12,5 » included', () => {
    expect(splitOfDraft({ management: '12,5', etude: ' 30 ', concertation: '' })).toEqual({
      management: 12.5,
      etude: 30,
    });
  });

  it('matches the saved split when it says the same, an empty field reading as 0', () => {
    const saved = Object.fromEntries(ACTIVITY_IDS.map((a) => [a, 0]));
    expect(draftMatches({ management: '100' }, { ...saved, management: 100 })).toBe(true);
    expect(draftMatches({ management: '90' }, { ...saved, management: 100 })).toBe(false);
    expect(draftMatches({}, undefined)).toBe(true);
    expect(draftMatches({ etude: '5' }, undefined)).toBe(false);
  });
});
