// Owns the app's URLs, shared by every feature that links to another page.
import { MACRO_IDS, isMacroId, type MacroId } from '../domain/content/grid';
import type { InstrumentId } from '../domain/content/postures';

/** Path of each instrument's questionnaire below its bilan. */
export const INSTRUMENT_SLUGS: Readonly<Record<InstrumentId, string>> = {
  grid: 'grille',
  acrobat: 'acrobate',
  strategist: 'stratege',
  situations: 'situations',
  tensions: 'tensions',
  time: 'temps',
};

const bilan = (assessmentId: string) => `/bilans/${assessmentId}`;

export const paths = {
  home: () => '/',
  about: () => '/a-propos',
  accessibility: () => '/accessibilite',
  bilan,
  questionnaire: (assessmentId: string, macro: MacroId = MACRO_IDS[0]) =>
    `${bilan(assessmentId)}/grille/${macro}`,
  instrument: (assessmentId: string, instrument: InstrumentId) =>
    instrument === 'grid'
      ? paths.questionnaire(assessmentId)
      : `${bilan(assessmentId)}/${INSTRUMENT_SLUGS[instrument]}`,
  plan: (assessmentId: string) => `${bilan(assessmentId)}/plan`,
  worksheets: () => '/feuilles-de-route',
  worksheet: (id: string) => `/feuilles-de-route/${id}`,
  data: () => '/donnees',
  share: (assessmentId: string) => `${bilan(assessmentId)}/partager`,
  receive: () => '/recevoir',
  groups: () => '/groupes',
  group: (id: string) => `/groupes/${id}`,
  workshops: () => '/ateliers',
  workshop: (id: string) => `/ateliers/${id}`,
  join: () => '/atelier',
  cafe: () => '/ateliers/pro-action-cafe',
  compare: (before?: string, after?: string) =>
    before && after
      ? `/comparer?avant=${encodeURIComponent(before)}&apres=${encodeURIComponent(after)}`
      : '/comparer',
  profile: (assessmentId: string, section?: string) =>
    `${bilan(assessmentId)}/profil${section ? `#${section}` : ''}`,
  /** Where the person left off (`lastPage`), or the bilan's page when that is unknown. */
  resume: (assessmentId: string, lastPage: string | undefined) => {
    if (!lastPage) return bilan(assessmentId);
    const [first, second] = lastPage.split('/');
    if (first === INSTRUMENT_SLUGS.grid && isMacroId(second)) return `${bilan(assessmentId)}/${lastPage}`;
    if (!second && Object.values(INSTRUMENT_SLUGS).includes(first ?? '') && first !== INSTRUMENT_SLUGS.grid) {
      return `${bilan(assessmentId)}/${first}`;
    }
    return bilan(assessmentId);
  },
};
