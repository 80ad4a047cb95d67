import { describe, expect, it } from 'vitest';
import { COMPETENCIES, MACRO_IDS, competenciesOf } from './content/grid';
import { buildResponses } from '../test/builders';
import {
  gridPosition,
  parseIndex,
  scalesComplete,
  startIndex,
  stepAfter,
  stepBefore,
  type GridStep,
} from './gridWalk';

describe('gridWalk', () => {
  it('walks all 32 competences in display order, across pages, and back again', () => {
    const forward: GridStep[] = [];
    for (let s: GridStep | null = { macro: 'strategie', index: 0 }; s; s = stepAfter(s)) forward.push(s);
    expect(forward.map(gridPosition)).toEqual(COMPETENCIES.map((_, i) => i + 1));
    const backward: GridStep[] = [];
    for (let s: GridStep | null = forward.at(-1)!; s; s = stepBefore(s)) backward.push(s);
    expect(backward).toEqual([...forward].reverse());
    expect(forward.filter((s) => s.index === 0).map((s) => s.macro)).toEqual([...MACRO_IDS]);
  });

  it('counts three scales answered, or « non concerné·e », as complete', () => {
    expect(scalesComplete(undefined)).toBe(false);
    expect(scalesComplete({ aisance: 3, mobilisation: 2 })).toBe(false);
    expect(scalesComplete({ aisance: 3, mobilisation: 0, acquisition: 'terrain' })).toBe(true);
    expect(scalesComplete({ notConcerned: true })).toBe(true);
  });

  it('opens a page on its first competence to answer or to confirm', () => {
    const [first, second, third] = competenciesOf('connaissances');
    const done = { aisance: 2, mobilisation: 1, acquisition: 'terrain' } as const;
    expect(startIndex('connaissances', {})).toBe(0);
    expect(startIndex('connaissances', { [first!.id]: done, [second!.id]: { aisance: 1 } })).toBe(1);
    expect(
      startIndex('connaissances', {
        [first!.id]: done,
        [second!.id]: done,
        [third!.id]: { ...done, toConfirm: true },
      }),
    ).toBe(2);
    expect(startIndex('connaissances', buildResponses(done))).toBe(0);
  });

  it('reads a 1-based position from the address, and nothing else', () => {
    expect(parseIndex('animation', '1')).toBe(0);
    expect(parseIndex('animation', '5')).toBe(4);
    expect(parseIndex('animation', '6')).toBeUndefined();
    expect(parseIndex('animation', '0')).toBeUndefined();
    expect(parseIndex('animation', '2x')).toBeUndefined();
    expect(parseIndex('animation', null)).toBeUndefined();
  });
});
