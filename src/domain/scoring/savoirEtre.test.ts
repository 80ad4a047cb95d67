import { describe, expect, it } from 'vitest';
import { SAVOIR_ETRE_SKILLS } from '../content/savoirEtre';
import { instrumentProgress, totalProgress } from '../progress';
import { computeSavoirEtre } from './savoirEtre';
import { computeWholeProfile } from './wholeProfile';

describe('savoir-être', () => {
  it('lists the strengths and what the person is working on, in the list order', () => {
    const p = computeSavoirEtre({
      'savoir-etre.diplomatie': 'force',
      'savoir-etre.adaptation': 'force',
      'savoir-etre.reactivite': 'travail',
      'savoir-etre.relationnel': 'non-concerne',
    });
    expect(p.forces).toEqual(['savoir-etre.adaptation', 'savoir-etre.diplomatie']);
    expect(p.working).toEqual(['savoir-etre.reactivite']);
    expect(p.notConcerned).toEqual(['savoir-etre.relationnel']);
    expect(p).toMatchObject({ answered: 4, total: SAVOIR_ETRE_SKILLS.length });
    expect(p.skills.find((s) => s.id === 'savoir-etre.animation-reunion')?.stance).toBeNull();
  });

  it('reads anything but a stance as no answer', () => {
    const p = computeSavoirEtre({ 'savoir-etre.adaptation': 3, 'savoir-etre.reactivite': 'souvent' });
    expect(p.answered).toBe(0);
    expect(p.forces).toEqual([]);
  });

  it('is optional: its progress is kept apart from the bilan total and never « missing »', () => {
    const values = { 'savoir-etre.adaptation': 'force', 'savoir-etre.reactivite': 'travail' };
    const progress = instrumentProgress({}, values);
    expect(progress['savoir-etre']).toEqual({ answered: 2, total: SAVOIR_ETRE_SKILLS.length });
    expect(totalProgress(progress).answered).toBe(0);
    const whole = computeWholeProfile({}, values);
    expect(whole.missing).not.toContain('savoir-etre');
    expect(whole.savoirEtre.forces).toEqual(['savoir-etre.adaptation']);
  });

  it('has stable, distinct ids, each at its own line of the synthesis', () => {
    const ids = SAVOIR_ETRE_SKILLS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^savoir-etre\.[a-z-]+$/.test(id))).toBe(true);
  });
});
