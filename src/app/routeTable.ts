// What each route loads, as data: the page's module and the wording namespaces it shows. The router
// takes the wording from here, and the build (vite.config.ts) turns this table into a small boot
// script that preloads, from the HTML, the page and wording the address asks for: they download
// alongside the app's own code instead of after it.
import type { Namespace } from '../i18n/namespaces';

export interface RouteLoad {
  /** The route's path as the router writes it ('' for the home page). */
  readonly path: string;
  /** The page's module, from the project root (it must be a chunk of its own). */
  readonly module: string;
  readonly wording: readonly Namespace[];
}

/** The wording most pages show besides the frame's: their own, the grid's and the postures'. */
const PAGE: readonly Namespace[] = ['pages', 'content', 'postures'];

export const ROUTE_TABLE: readonly RouteLoad[] = [
  // The home page's wording is the frame's own (common), loaded before the first render anyway.
  { path: '', module: 'src/features/assessment/AssessmentListPage.tsx', wording: [] },
  { path: 'bilans/:id', module: 'src/features/assessment/BilanPage.tsx', wording: PAGE },
  // The grid's pages name competences only: no postures wording.
  {
    path: 'bilans/:id/grille/:macro?',
    module: 'src/features/assessment/QuestionnairePage.tsx',
    wording: ['pages', 'content'],
  },
  { path: 'bilans/:id/acrobate', module: 'src/features/postures/PracticePage.tsx', wording: PAGE },
  { path: 'bilans/:id/stratege', module: 'src/features/postures/PracticePage.tsx', wording: PAGE },
  { path: 'bilans/:id/situations', module: 'src/features/postures/SituationsPage.tsx', wording: PAGE },
  { path: 'bilans/:id/tensions', module: 'src/features/postures/TensionsPage.tsx', wording: PAGE },
  { path: 'bilans/:id/temps', module: 'src/features/postures/TimePage.tsx', wording: PAGE },
  { path: 'bilans/:id/profil', module: 'src/app/ProfileRoute.tsx', wording: PAGE },
  { path: 'bilans/:id/plan', module: 'src/features/plan/PlanPage.tsx', wording: PAGE },
  { path: 'comparer', module: 'src/features/compare/ComparePage.tsx', wording: PAGE },
  { path: 'bilans/:id/partager', module: 'src/features/share/SharePage.tsx', wording: PAGE },
  { path: 'recevoir', module: 'src/features/share/ReceivePage.tsx', wording: PAGE },
  { path: 'atelier', module: 'src/features/share/JoinPage.tsx', wording: PAGE },
  { path: 'groupes', module: 'src/features/groups/GroupsPage.tsx', wording: PAGE },
  { path: 'groupes/:id', module: 'src/features/groups/GroupsPage.tsx', wording: PAGE },
  { path: 'ateliers', module: 'src/features/groups/WorkshopsPage.tsx', wording: PAGE },
  { path: 'ateliers/pro-action-cafe', module: 'src/app/CafeRoute.tsx', wording: [...PAGE, 'cafe'] },
  { path: 'ateliers/:id', module: 'src/features/groups/WorkshopPage.tsx', wording: PAGE },
  { path: 'donnees', module: 'src/features/backup/DataPage.tsx', wording: PAGE },
  { path: 'feuilles-de-route', module: 'src/features/worksheets/WorksheetListPage.tsx', wording: PAGE },
  { path: 'feuilles-de-route/:id', module: 'src/features/worksheets/WorksheetPage.tsx', wording: PAGE },
  { path: 'a-propos', module: 'src/features/about/AboutPage.tsx', wording: PAGE },
  { path: 'accessibilite', module: 'src/features/about/AccessibilityPage.tsx', wording: PAGE },
];

/** The wording a route shows; fails loudly for a route missing from the table. */
export function wordingOf(path: string): readonly Namespace[] {
  const entry = ROUTE_TABLE.find((r) => r.path === path);
  if (!entry) throw new Error(`Route ${path} is missing from ROUTE_TABLE`);
  return entry.wording;
}
