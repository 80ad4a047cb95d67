import { render, screen, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import frPages from '../../i18n/locales/fr/pages.json';
import frPostures from '../../i18n/locales/fr/postures.json';
import frContent from '../../i18n/locales/fr/content.json';
import { SITUATIONS, TENSION_PAIRS } from '../../domain/content/postures';
import { situationFitItemId, tensionPairItemId } from '../../domain/progress';
import { synthesizeGroup, type GroupMember } from '../../domain/scoring/group';
import { SlideView } from './SlideView';
import { useSynthesisSlides } from './Synthesis';

/** Answers the first `n` situations, `departures` of them with « what the situation calls for ». */
const fits = (n: number, departures: number) =>
  Object.fromEntries(
    SITUATIONS.slice(0, n).flatMap((s, i) => [
      [s.id, s.options[0] ?? ''],
      [situationFitItemId(s.id), i < departures ? 'situation' : 'habit'],
    ]),
  );
const [PAIR] = TENSION_PAIRS;
const pair = (outcome: string) => (PAIR ? { [tensionPairItemId(PAIR)]: outcome } : {});
const member = (id: string, values: GroupMember['values']): GroupMember => ({
  id,
  alias: id,
  responses: {},
  values,
});

function Slides({ members }: { readonly members: readonly GroupMember[] }) {
  const slides = useSynthesisSlides(synthesizeGroup(members), ['situations', 'tensions']);
  return (
    <>
      {slides.map((s) => (
        <SlideView key={s.id} slide={s} />
      ))}
    </>
  );
}

beforeAll(() => {
  i18n.addResourceBundle('fr', 'pages', frPages, true, true);
  i18n.addResourceBundle('fr', 'postures', frPostures, true, true);
  i18n.addResourceBundle('fr', 'content', frContent, true, true);
});

describe('group synthesis: adaptation and pairs of forces', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('fr');
  });

  it('says how members lean on the situations and how the group splits on a pair, ties named', () => {
    render(
      <Slides
        members={[
          member('a', { ...fits(4, 3), ...pair('politique-publique') }),
          member('b', { ...fits(4, 1), ...pair('culture-professionnelle') }),
          member('c', { ...fits(2, 1) }),
          member('d', {}),
        ]}
      />,
    );
    const adaptation = screen.getByRole('region', { name: 'Adaptation à la situation dans le groupe' });
    expect(adaptation).toHaveTextContent(
      "À égalité dans le groupe (1 profil sur 3 chacun) : s'écarter de son réflexe quand la situation le demande, s'en tenir à son réflexe habituel et autant l'un que l'autre.",
    );
    const figures = within(adaptation).getByRole('table', {
      name: 'Nombre de profils selon leur adaptation à la situation',
    });
    expect(within(figures).getByRole('row', { name: /N'ont pas précisé/ })).toHaveTextContent('1');

    const pairs = screen.getByRole('region', {
      name: 'Quand deux forces tirent en sens contraire, dans le groupe',
    });
    const words = within(pairs).getByRole('table', {
      name: 'Pour chaque paire de forces, comment le groupe se partage, en mots',
    });
    expect(
      within(words).getByRole('row', { name: /^« Politique publique » et « Culture professionnelle »/ }),
    ).toHaveTextContent(
      'partagé : « Politique publique » et « Culture professionnelle », à égalité (1 profil sur 2 chacun)',
    );
  });

  it('names the force that prevails most often in the group', () => {
    render(
      <Slides
        members={[
          member('a', pair('culture-professionnelle')),
          member('b', pair('culture-professionnelle')),
          member('c', pair('equilibre')),
        ]}
      />,
    );
    expect(
      screen.getByRole('region', { name: 'Quand deux forces tirent en sens contraire, dans le groupe' }),
    ).toHaveTextContent(
      "Dans le groupe, « Culture professionnelle » l'emporte le plus souvent : 2 fois sur les 3 réponses aux paires où elle figure.",
    );
  });

  it('leaves both slides out while no member said habit or situation, nor weighed a pair', () => {
    render(
      <Slides members={[member('a', { [SITUATIONS[0]?.id ?? '']: SITUATIONS[0]?.options[0] ?? '' })]} />,
    );
    expect(
      screen.getByRole('region', { name: 'Postures de prédilection dans le groupe' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Adaptation à la situation dans le groupe' })).toBeNull();
    expect(
      screen.queryByRole('region', { name: 'Quand deux forces tirent en sens contraire, dans le groupe' }),
    ).toBeNull();
  });
});
