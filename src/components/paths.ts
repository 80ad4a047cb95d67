// Owns the app's URLs: each page's path pattern, declared once here and used by the router
// (app/routes.tsx), and the links to it, built from that same pattern with React Router's generatePath.
import { generatePath } from 'react-router';
import { MACRO_IDS, isMacroId, type MacroId } from '../domain/content/grid';
import type { QuestionnaireId } from '../domain/content/postures';

/** Path of each instrument's questionnaire below its bilan. */
export const INSTRUMENT_SLUGS: Readonly<Record<QuestionnaireId, string>> = {
  grid: 'grille',
  acrobat: 'acrobate',
  strategist: 'stratege',
  situations: 'situations',
  tensions: 'tensions',
  time: 'temps',
  'savoir-etre': 'savoir-etre',
};

/** Every page's path, as the router matches it. */
export const PATTERNS = {
  home: '/',
  bilan: '/bilans/:id',
  questionnaire: `/bilans/:id/${INSTRUMENT_SLUGS.grid}/:macro?`,
  acrobat: `/bilans/:id/${INSTRUMENT_SLUGS.acrobat}`,
  strategist: `/bilans/:id/${INSTRUMENT_SLUGS.strategist}`,
  situations: `/bilans/:id/${INSTRUMENT_SLUGS.situations}`,
  tensions: `/bilans/:id/${INSTRUMENT_SLUGS.tensions}`,
  time: `/bilans/:id/${INSTRUMENT_SLUGS.time}`,
  savoirEtre: `/bilans/:id/${INSTRUMENT_SLUGS['savoir-etre']}`,
  profile: '/bilans/:id/profil',
  plan: '/bilans/:id/plan',
  share: '/bilans/:id/partager',
  compare: '/comparer',
  receive: '/recevoir',
  summary: '/synthese',
  join: '/atelier',
  groups: '/groupes',
  group: '/groupes/:id',
  workshops: '/ateliers',
  cafe: '/ateliers/pro-action-cafe',
  workshop: '/ateliers/:id',
  data: '/donnees',
  worksheets: '/feuilles-de-route',
  worksheet: '/feuilles-de-route/:id',
  reperes: '/reperes',
  about: '/a-propos',
  accessibility: '/accessibilite',
} as const;

const INSTRUMENT_PATTERNS: Readonly<Record<Exclude<QuestionnaireId, 'grid'>, string>> = {
  acrobat: PATTERNS.acrobat,
  strategist: PATTERNS.strategist,
  situations: PATTERNS.situations,
  tensions: PATTERNS.tensions,
  time: PATTERNS.time,
  'savoir-etre': PATTERNS.savoirEtre,
};

const withId = (pattern: string) => (id: string) => generatePath(pattern, { id });

export const paths = {
  home: () => PATTERNS.home,
  about: () => PATTERNS.about,
  reperes: () => PATTERNS.reperes,
  accessibility: () => PATTERNS.accessibility,
  bilan: withId(PATTERNS.bilan),
  questionnaire: (id: string, macro: MacroId = MACRO_IDS[0]) =>
    generatePath(PATTERNS.questionnaire, { id, macro }),
  instrument: (id: string, instrument: QuestionnaireId) =>
    instrument === 'grid' ? paths.questionnaire(id) : generatePath(INSTRUMENT_PATTERNS[instrument], { id }),
  plan: withId(PATTERNS.plan),
  worksheets: () => PATTERNS.worksheets,
  worksheet: withId(PATTERNS.worksheet),
  data: () => PATTERNS.data,
  share: withId(PATTERNS.share),
  receive: () => PATTERNS.receive,
  summary: () => PATTERNS.summary,
  groups: () => PATTERNS.groups,
  group: withId(PATTERNS.group),
  workshops: () => PATTERNS.workshops,
  workshop: withId(PATTERNS.workshop),
  join: () => PATTERNS.join,
  cafe: () => PATTERNS.cafe,
  compare: (before?: string, after?: string) =>
    before && after
      ? `${PATTERNS.compare}?${new URLSearchParams({ avant: before, apres: after }).toString()}`
      : PATTERNS.compare,
  profile: (id: string, section?: string) =>
    `${generatePath(PATTERNS.profile, { id })}${section ? `#${section}` : ''}`,
  /** Where the person left off (`lastPage`, such as `grille/animation` or `acrobate`), or the bilan's page. */
  resume: (id: string, lastPage: string | undefined) => {
    const [first, second] = (lastPage ?? '').split('/');
    if (first === INSTRUMENT_SLUGS.grid && isMacroId(second)) return paths.questionnaire(id, second);
    const instrument = (Object.keys(INSTRUMENT_PATTERNS) as (keyof typeof INSTRUMENT_PATTERNS)[]).find(
      (key) => INSTRUMENT_SLUGS[key] === first,
    );
    return instrument && second === undefined ? paths.instrument(id, instrument) : paths.bilan(id);
  },
};

const withoutSlash = (origin: string) => origin.replace(/\/+$/, '');

/** The links sent to others: this app's address, and the data after `#`, which no server ever receives. */
export const links = {
  /** A shared profile (« Recevoir »). */
  share: (origin: string, code: string) => `${withoutSlash(origin)}${PATTERNS.receive}#p=${code}`,
  /** A workshop's invitation (« Rejoindre un atelier »). */
  invite: (origin: string, code: string) => `${withoutSlash(origin)}${PATTERNS.join}#i=${code}`,
  /** A group's summary sent back to its members (« Synthèse du groupe »). */
  summary: (origin: string, code: string) => `${withoutSlash(origin)}${PATTERNS.summary}#s=${code}`,
};
