import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import frPages from '../../i18n/locales/fr/pages.json';
import frPostures from '../../i18n/locales/fr/postures.json';
import { computeWholeProfile } from '../../domain/scoring/wholeProfile';
import type { PostureValues } from '../../domain/progress';
import { SituationsSection, TensionsSection } from './PostureSections';

function renderSections(values: PostureValues) {
  const profile = computeWholeProfile({}, values);
  return render(
    <MemoryRouter>
      <SituationsSection profile={profile} assessmentId="b1" />
      <TensionsSection profile={profile} assessmentId="b1" />
    </MemoryRouter>,
  );
}

beforeAll(() => {
  i18n.addResourceBundle('fr', 'pages', frPages, true, true);
  i18n.addResourceBundle('fr', 'postures', frPostures, true, true);
});

describe('SituationsSection and TensionsSection', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('fr');
  });

  it('shows where the person stands between the forces, even before any pull is given', () => {
    renderSections({
      'tension-pair.politique-publique.public-usagers': 'public-usagers',
      'tension-pair.culture-professionnelle.public-usagers': 'public-usagers',
      'tension-pair.politique-publique.culture-professionnelle': 'equilibre',
    });
    const tensions = screen.getByRole('region', { name: 'Les tensions de ma posture' });
    expect(tensions).toHaveTextContent(
      "Quand deux forces tirent en sens contraire, « Public et usager·ère·s » l'emporte le plus souvent : dans 2 paires sur les 3 auxquelles vous avez répondu.",
    );
    const pairs = within(tensions).getByRole('table', {
      name: "Pour chaque paire de forces, celle qui l'emporte",
    });
    expect(
      within(pairs).getByRole('row', { name: /« Politique publique » et « Culture professionnelle »/ }),
    ).toHaveTextContent("L'équilibre entre les deux");
    expect(
      within(tensions).getByRole('table', { name: "Nombre de paires où chaque force l'emporte (sur 3)" }),
    ).toBeInTheDocument();
  });

  it('words adaptation from habit or situation, never as a percentage of variety', () => {
    renderSections({
      'situation.legitimite': 'interieur',
      'situation.legitimite.fit': 'habit',
      'situation.recyclerie': 'officieux',
      'situation.recyclerie.fit': 'habit',
    });
    const situations = screen.getByRole('region', { name: 'Posture de prédilection et adaptation' });
    expect(situations).toHaveTextContent(
      "Adaptation : dans les 2 situations où vous l'avez précisé, votre choix est votre réflexe habituel.",
    );
    expect(within(situations).getByRole('row', { name: /^Agir officieusement/ })).toHaveTextContent('100 %');
  });
});
