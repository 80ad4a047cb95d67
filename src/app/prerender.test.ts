import { describe, expect, it } from 'vitest';
import { PRERENDERED } from './prerender';

const fileOf = (pattern: string) => PRERENDERED.find((p) => p.pattern === pattern)?.file;

describe('the HTML files written at build', () => {
  it('gives each page without parameters its own file', () => {
    expect(fileOf('/')).toBe('index.html');
    expect(fileOf('/ateliers')).toBe('ateliers.html');
    expect(fileOf('/ateliers/pro-action-cafe')).toBe('ateliers/pro-action-cafe.html');
  });

  it('gives a page whose id is known only in the browser a shell, named after its pattern', () => {
    expect(fileOf('/bilans/:id/profil')).toBe('shells/bilans/[id]/profil.html');
    expect(fileOf('/groupes/:id')).toBe('shells/groupes/[id].html');
  });

  it('writes one grid page per macro-competence, and none with a parameter left for it', () => {
    expect(fileOf('/bilans/:id/grille/strategie')).toBe('shells/bilans/[id]/grille/strategie.html');
    expect(PRERENDERED.filter((p) => p.pattern.includes('/grille/'))).toHaveLength(5);
    expect(PRERENDERED.some((p) => p.pattern.includes(':macro'))).toBe(false);
  });
});
