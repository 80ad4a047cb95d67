import { describe, expect, it } from 'vitest';
import { COMPETENCIES } from '../../domain/content/grid';
import { ACROBAT_STATEMENTS, INSTRUMENT_IDS } from '../../domain/content/postures';
import { buildResponses } from '../../test/builders';
import { bilanOverview } from './bilanOverview';

const WORKSHOP = {
  id: 'w1',
  title: 'Atelier',
  instruments: ['acrobat', 'tensions'] as const,
  anonymous: false,
};

describe('bilanOverview', () => {
  it('offers the six questionnaires and the optional one, and has not started with no answer', () => {
    const overview = bilanOverview({}, buildResponses(undefined), {});
    expect(overview.instruments).toEqual(INSTRUMENT_IDS);
    expect(overview.optional).toEqual(['savoir-etre']);
    expect(overview.total.answered).toBe(0);
    expect(overview.started).toBe(false);
    expect(overview.toConfirm).toBe(0);
  });

  it('counts the counted questionnaires only: the optional savoir-être does not start a bilan', () => {
    const overview = bilanOverview({}, buildResponses(undefined), { 'savoir-etre.diplomatie': 'force' });
    expect(overview.progress['savoir-etre'].answered).toBe(1);
    expect(overview.total.answered).toBe(0);
    expect(overview.started).toBe(false);
  });

  it('in a workshop, offers its questionnaires only, no optional one, and totals them', () => {
    const [first] = ACROBAT_STATEMENTS;
    const overview = bilanOverview({ workshop: WORKSHOP }, buildResponses(undefined), { [first!.id]: 3 });
    expect(overview.instruments).toEqual(['acrobat', 'tensions']);
    expect(overview.optional).toEqual([]);
    expect(overview.total).toEqual({
      answered: 1,
      total: overview.progress.acrobat.total + overview.progress.tensions.total,
    });
    expect(overview.started).toBe(true);
  });

  it('says how many grid answers copied from a previous bilan are still to confirm', () => {
    const responses = buildResponses({ aisance: 2, toConfirm: true });
    const overview = bilanOverview({}, responses, {});
    expect(overview.toConfirm).toBe(COMPETENCIES.length);
    expect(overview.progress.grid.answered).toBe(COMPETENCIES.length);
  });
});
