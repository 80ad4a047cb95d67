import { render, screen, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import frPages from '../../i18n/locales/fr/pages.json';
import frPostures from '../../i18n/locales/fr/postures.json';
import { SITUATIONS } from '../../domain/content/postures';
import type { PostureValue } from '../../domain/assessment';
import { situationFitItemId } from '../../domain/progress';
import { compareBilans } from '../../domain/scoring/compare';
import { Fits } from './ComparePage';

/** Answers the first `n` situations, `departures` of them with « what the situation calls for ». */
const fits = (n: number, departures: number): Record<string, PostureValue> =>
  Object.fromEntries(
    SITUATIONS.slice(0, n).flatMap((s, i) => [
      [s.id, s.options[0] ?? ''],
      [situationFitItemId(s.id), i < departures ? 'situation' : 'habit'],
    ]),
  );
const bilan = (values: Record<string, PostureValue>) => ({ responses: {}, values, contentVersion: 1 });

beforeAll(() => {
  i18n.addResourceBundle('fr', 'pages', frPages, true, true);
  i18n.addResourceBundle('fr', 'postures', frPostures, true, true);
});

describe('compare: adaptation and pairs of forces', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('fr');
  });

  it('says the adaptation before and after in words, and names the pair whose outcome changed', () => {
    const c = compareBilans(
      bilan({
        ...fits(6, 1),
        'tension-pair.politique-publique.public-usagers': 'politique-publique',
        'tension-pair.politique-publique.culture-professionnelle': 'equilibre',
      }),
      bilan({
        ...fits(6, 5),
        'tension-pair.politique-publique.public-usagers': 'public-usagers',
        'tension-pair.politique-publique.culture-professionnelle': 'equilibre',
      }),
    );
    render(<Fits comparison={c} beforeName="Avant" afterName="Après" />);
    const section = screen.getByRole('region', { name: 'Adaptation et paires de forces' });
    expect(section).toHaveTextContent(
      'Avant : rarement (1 situation sur 6) ; après : souvent (5 situations sur 6). Vous vous adaptez plus souvent à la situation.',
    );
    expect(section).toHaveTextContent(
      "1 paire de forces a changé d'issue : « Politique publique » et « Public et usager·ère·s » (Politique publique → Public et usager·ère·s).",
    );
    const table = within(section).getByRole('table');
    expect(
      within(table).getByRole('row', { name: /^« Politique publique » et « Culture professionnelle »/ }),
    ).toHaveTextContent('inchangée');
  });

  it('says when there is nothing to compare', () => {
    render(<Fits comparison={compareBilans(bilan({}), bilan(fits(3, 1)))} beforeName="A" afterName="B" />);
    const section = screen.getByRole('region', { name: 'Adaptation et paires de forces' });
    expect(section).toHaveTextContent('Avant : non précisé ; après : rarement (1 situation sur 3).');
    expect(section).toHaveTextContent("Aucune paire de forces n'est renseignée dans les deux bilans");
  });
});
