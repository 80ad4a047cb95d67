import { describe, expect, it } from 'vitest';
import { barHeight, wrapLabel } from './chartData';

describe('wrapLabel', () => {
  it.each([
    { label: 'Vers le haut', max: 12, lines: ['Vers le haut'] },
    { label: "Vers l'extérieur", max: 12, lines: ['Vers', "l'extérieur"] },
    { label: 'Accompagnement des associations', max: 16, lines: ['Accompagnement', 'des associations'] },
    { label: 'Anticonstitutionnellement', max: 10, lines: ['Anticonstitutionnellement'] },
    { label: '', max: 10, lines: [''] },
  ])('$label in $max', ({ label, max, lines }) => {
    expect(wrapLabel(label, max)).toEqual(lines);
  });
});

describe('barHeight', () => {
  it('gives a three-line label more room than a one-line one', () => {
    const long = 'Reporting aux financeurs du CUCS (hors collectivité)';
    expect(barHeight([long, long, long, long], 1)).toBeGreaterThan(barHeight(['a', 'b', 'c', 'd'], 1));
    expect(barHeight(['a', 'b', 'c', 'd', 'e', 'f'], 1)).toBe(6 * 36 + 70);
  });
});
