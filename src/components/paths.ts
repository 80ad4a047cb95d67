// Owns the app's URLs, shared by every feature that links to another page.
import { MACRO_IDS, type MacroId } from '../domain/content/grid';

export const paths = {
  home: () => '/',
  about: () => '/a-propos',
  questionnaire: (assessmentId: string, macro: MacroId = MACRO_IDS[0]) =>
    `/bilans/${assessmentId}/grille/${macro}`,
  profile: (assessmentId: string) => `/bilans/${assessmentId}/profil`,
};
