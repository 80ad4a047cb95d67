// Owns the routes: thin, lazy pages assembled from features; heavy libraries load with their page.
import { createElement, lazy, type ComponentProps, type ComponentType } from 'react';
import { matchRoutes, useRoutes, type RouteObject } from 'react-router';
import { loadNamespaces, type Namespace } from '../i18n';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

/** The wording most pages show besides the frame's: their own, the grid's and the postures'. */
const PAGE_WORDING: readonly Namespace[] = ['pages', 'content', 'postures'];

/**
 * A page loaded on first visit together with its wording, so it never renders keys. `preload` starts
 * both early (see preloadRoute): the same module and bundles are then reused, never fetched twice, and
 * a page already loaded renders at once instead of suspending (no « Chargement… » flash, no shift).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own bound
function page<C extends ComponentType<any>>(
  importer: () => Promise<C>,
  wording: readonly Namespace[] = PAGE_WORDING,
) {
  let loaded: C | undefined;
  const preload = () =>
    Promise.all([importer(), loadNamespaces(wording)]).then(([component]) => (loaded = component));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Page(props: ComponentProps<C>) {
    return createElement(loaded ?? Lazy, props);
  }
  return Object.assign(Page, { preload });
}

// The home page's frame and wording are in the first chunk; the rest of its wording loads with it.
const AssessmentListPage = page(
  () => import('../features/assessment/AssessmentListPage').then((m) => m.AssessmentListPage),
  [],
);
// The grid's pages name competences only: no postures wording.
const QuestionnairePage = page(
  () => import('../features/assessment/QuestionnairePage').then((m) => m.QuestionnairePage),
  ['pages', 'content'],
);
const BilanPage = page(() => import('../features/assessment/BilanPage').then((m) => m.BilanPage));
const PracticePage = page(() => import('../features/postures/PracticePage').then((m) => m.PracticePage));
const SituationsPage = page(() =>
  import('../features/postures/SituationsPage').then((m) => m.SituationsPage),
);
const TensionsPage = page(() => import('../features/postures/TensionsPage').then((m) => m.TensionsPage));
const TimePage = page(() => import('../features/postures/TimePage').then((m) => m.TimePage));
const PlanPage = page(() => import('../features/plan/PlanPage').then((m) => m.PlanPage));
const WorksheetListPage = page(() =>
  import('../features/worksheets/WorksheetListPage').then((m) => m.WorksheetListPage),
);
const WorksheetPage = page(() => import('../features/worksheets/WorksheetPage').then((m) => m.WorksheetPage));
const ProfileRoute = page(() => import('./ProfileRoute').then((m) => m.ProfileRoute));
const ComparePage = page(() => import('../features/compare/ComparePage').then((m) => m.ComparePage));
const DataPage = page(() => import('../features/backup/DataPage').then((m) => m.DataPage));
const SharePage = page(() => import('../features/share/SharePage').then((m) => m.SharePage));
const ReceivePage = page(() => import('../features/share/ReceivePage').then((m) => m.ReceivePage));
const JoinPage = page(() => import('../features/share/JoinPage').then((m) => m.JoinPage));
const GroupsPage = page(() => import('../features/groups/GroupsPage').then((m) => m.GroupsPage));
const GroupPage = page(() => import('../features/groups/GroupsPage').then((m) => m.GroupPage));
const WorkshopsPage = page(() => import('../features/groups/WorkshopsPage').then((m) => m.WorkshopsPage));
const WorkshopPage = page(() => import('../features/groups/WorkshopPage').then((m) => m.WorkshopPage));
const CafeRoute = page(() => import('./CafeRoute').then((m) => m.CafeRoute), [...PAGE_WORDING, 'cafe']);
const AccessibilityPage = page(() =>
  import('../features/about/AccessibilityPage').then((m) => m.AccessibilityPage),
);
const AboutPage = page(() => import('../features/about/AboutPage').then((m) => m.AboutPage));

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <AssessmentListPage /> },
      { path: 'bilans/:id', element: <BilanPage /> },
      { path: 'bilans/:id/grille/:macro?', element: <QuestionnairePage /> },
      { path: 'bilans/:id/acrobate', element: <PracticePage key="acrobat" instrument="acrobat" /> },
      { path: 'bilans/:id/stratege', element: <PracticePage key="strategist" instrument="strategist" /> },
      { path: 'bilans/:id/situations', element: <SituationsPage /> },
      { path: 'bilans/:id/tensions', element: <TensionsPage /> },
      { path: 'bilans/:id/temps', element: <TimePage /> },
      { path: 'bilans/:id/profil', element: <ProfileRoute /> },
      { path: 'bilans/:id/plan', element: <PlanPage /> },
      { path: 'comparer', element: <ComparePage /> },
      { path: 'bilans/:id/partager', element: <SharePage /> },
      { path: 'recevoir', element: <ReceivePage /> },
      { path: 'atelier', element: <JoinPage /> },
      { path: 'groupes', element: <GroupsPage /> },
      { path: 'groupes/:id', element: <GroupPage /> },
      { path: 'ateliers', element: <WorkshopsPage /> },
      { path: 'ateliers/pro-action-cafe', element: <CafeRoute /> },
      { path: 'ateliers/:id', element: <WorkshopPage /> },
      { path: 'donnees', element: <DataPage /> },
      { path: 'feuilles-de-route', element: <WorksheetListPage /> },
      { path: 'feuilles-de-route/:id', element: <WorksheetPage /> },
      { path: 'a-propos', element: <AboutPage /> },
      { path: 'accessibilite', element: <AccessibilityPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/**
 * Starts loading the page at `pathname` and its wording at once, while the app itself starts; resolves
 * when they are there (or failed: the page then fails where it renders, with its error message).
 */
export async function preloadRoute(pathname: string): Promise<void> {
  await Promise.all(
    (matchRoutes(routes, pathname) ?? []).map((match) => {
      const type = (match.route.element as { type?: { preload?: () => Promise<unknown> } } | undefined)?.type;
      return type?.preload?.().catch(() => undefined);
    }),
  );
}

export function AppRoutes() {
  return useRoutes(routes);
}
