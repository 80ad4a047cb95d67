// Builds the app's URLs with React Router's `href`, from the paths the pages are declared with in
// app/routes.tsx, which registers them: a path no page has, or a missing parameter, fails the typecheck.
import { href } from 'react-router';
import { MACRO_IDS, isMacroId, type MacroId } from '../domain/content/grid';
import type { QuestionnaireId } from '../domain/content/postures';

/** A page's path, as app/routes.tsx declares it. */
export type PagePath = Parameters<typeof href>[0];

/** Each instrument's questionnaire, below its bilan. */
const INSTRUMENT_PAGES = {
  grid: '/bilans/:id/grille/:macro?',
  acrobat: '/bilans/:id/acrobate',
  strategist: '/bilans/:id/stratege',
  situations: '/bilans/:id/situations',
  tensions: '/bilans/:id/tensions',
  time: '/bilans/:id/temps',
  'savoir-etre': '/bilans/:id/savoir-etre',
} as const satisfies Readonly<Record<QuestionnaireId, PagePath>>;

const BELOW_BILAN = '/bilans/:id/';

/** An instrument's path below its bilan (`acrobate`, `grille`), as a bilan's `lastPage` keeps it. */
export const instrumentSlug = (instrument: QuestionnaireId): string =>
  INSTRUMENT_PAGES[instrument].slice(BELOW_BILAN.length).split('/')[0] ?? '';

export const paths = {
  home: () => href('/'),
  about: () => href('/a-propos'),
  reperes: () => href('/reperes'),
  accessibility: () => href('/accessibilite'),
  bilan: (id: string) => href('/bilans/:id', { id }),
  questionnaire: (id: string, macro: MacroId = MACRO_IDS[0]) => href(INSTRUMENT_PAGES.grid, { id, macro }),
  instrument: (id: string, instrument: QuestionnaireId) =>
    instrument === 'grid' ? paths.questionnaire(id) : href(INSTRUMENT_PAGES[instrument], { id }),
  plan: (id: string) => href('/bilans/:id/plan', { id }),
  worksheets: () => href('/feuilles-de-route'),
  worksheet: (id: string) => href('/feuilles-de-route/:id', { id }),
  data: () => href('/donnees'),
  share: (id: string) => href('/bilans/:id/partager', { id }),
  receive: () => href('/recevoir'),
  summary: () => href('/synthese'),
  groups: () => href('/groupes'),
  group: (id: string) => href('/groupes/:id', { id }),
  workshops: () => href('/ateliers'),
  workshop: (id: string) => href('/ateliers/:id', { id }),
  join: () => href('/atelier'),
  cafe: () => href('/ateliers/pro-action-cafe'),
  compare: (before?: string, after?: string) =>
    before && after
      ? `${href('/comparer')}?${new URLSearchParams({ avant: before, apres: after }).toString()}`
      : href('/comparer'),
  profile: (id: string, section?: string) =>
    `${href('/bilans/:id/profil', { id })}${section ? `#${section}` : ''}`,
  /** Where the person left off (`lastPage`, such as `grille/animation` or `acrobate`), or the bilan's page. */
  resume: (id: string, lastPage: string | undefined) => {
    const [first, second] = (lastPage ?? '').split('/');
    if (first === instrumentSlug('grid') && isMacroId(second)) return paths.questionnaire(id, second);
    const instrument = (Object.keys(INSTRUMENT_PAGES) as QuestionnaireId[]).find(
      (key) => key !== 'grid' && instrumentSlug(key) === first,
    );
    return instrument && second === undefined ? paths.instrument(id, instrument) : paths.bilan(id);
  },
};

const withoutSlash = (origin: string) => origin.replace(/\/+$/, '');

/** The links sent to others: this app's address, and the data after `#`, which no server ever receives. */
export const links = {
  /** A shared profile (« Recevoir »). */
  share: (origin: string, code: string) => `${withoutSlash(origin)}${paths.receive()}#p=${code}`,
  /** A workshop's invitation (« Rejoindre un atelier »). */
  invite: (origin: string, code: string) => `${withoutSlash(origin)}${paths.join()}#i=${code}`,
  /** A group's summary sent back to its members (« Synthèse du groupe »). */
  summary: (origin: string, code: string) => `${withoutSlash(origin)}${paths.summary()}#s=${code}`,
};
