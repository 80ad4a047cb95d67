// Owns the routes: thin, lazy pages assembled from features; heavy libraries load with their page.
import { createElement, lazy, type ComponentProps, type ComponentType } from 'react';
import { matchRoutes, useRoutes, type RouteObject } from 'react-router';
import { loadNamespaces } from '../i18n';
import { wordingOf } from './routeTable';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorBoundary } from './RouteErrorBoundary';

/**
 * A page loaded on first visit together with its wording (from ROUTE_TABLE, by the route's path), so
 * it never renders keys. `preload` starts both early (see preloadRoute): the same module and bundles
 * are then reused, never fetched twice, and a page already loaded renders at once instead of
 * suspending (no « Chargement… » flash, no shift).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own bound
function page<C extends ComponentType<any>>(importer: () => Promise<C>, path: string) {
  const wording = wordingOf(path);
  let loaded: C | undefined;
  const preload = () =>
    Promise.all([importer(), loadNamespaces(wording)]).then(([component]) => (loaded = component));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Page(props: ComponentProps<C>) {
    return createElement(loaded ?? Lazy, props);
  }
  return Object.assign(Page, { preload, wording });
}

const AssessmentListPage = page(
  () => import('../features/assessment/AssessmentListPage').then((m) => m.AssessmentListPage),
  '',
);
const QuestionnairePage = page(
  () => import('../features/assessment/QuestionnairePage').then((m) => m.QuestionnairePage),
  'bilans/:id/grille/:macro?',
);
const BilanPage = page(
  () => import('../features/assessment/BilanPage').then((m) => m.BilanPage),
  'bilans/:id',
);
const PracticePage = page(
  () => import('../features/postures/PracticePage').then((m) => m.PracticePage),
  'bilans/:id/acrobate',
);
const SituationsPage = page(
  () => import('../features/postures/SituationsPage').then((m) => m.SituationsPage),
  'bilans/:id/situations',
);
const TensionsPage = page(
  () => import('../features/postures/TensionsPage').then((m) => m.TensionsPage),
  'bilans/:id/tensions',
);
const TimePage = page(
  () => import('../features/postures/TimePage').then((m) => m.TimePage),
  'bilans/:id/temps',
);
const PlanPage = page(() => import('../features/plan/PlanPage').then((m) => m.PlanPage), 'bilans/:id/plan');
const WorksheetListPage = page(
  () => import('../features/worksheets/WorksheetListPage').then((m) => m.WorksheetListPage),
  'feuilles-de-route',
);
const WorksheetPage = page(
  () => import('../features/worksheets/WorksheetPage').then((m) => m.WorksheetPage),
  'feuilles-de-route/:id',
);
const ProfileRoute = page(() => import('./ProfileRoute').then((m) => m.ProfileRoute), 'bilans/:id/profil');
const ComparePage = page(
  () => import('../features/compare/ComparePage').then((m) => m.ComparePage),
  'comparer',
);
const DataPage = page(() => import('../features/backup/DataPage').then((m) => m.DataPage), 'donnees');
const SharePage = page(
  () => import('../features/share/SharePage').then((m) => m.SharePage),
  'bilans/:id/partager',
);
const ReceivePage = page(
  () => import('../features/share/ReceivePage').then((m) => m.ReceivePage),
  'recevoir',
);
const JoinPage = page(() => import('../features/share/JoinPage').then((m) => m.JoinPage), 'atelier');
const GroupsPage = page(() => import('../features/groups/GroupsPage').then((m) => m.GroupsPage), 'groupes');
const GroupPage = page(() => import('../features/groups/GroupsPage').then((m) => m.GroupPage), 'groupes/:id');
const WorkshopsPage = page(
  () => import('../features/groups/WorkshopsPage').then((m) => m.WorkshopsPage),
  'ateliers',
);
const WorkshopPage = page(
  () => import('../features/groups/WorkshopPage').then((m) => m.WorkshopPage),
  'ateliers/:id',
);
const CafeRoute = page(() => import('./CafeRoute').then((m) => m.CafeRoute), 'ateliers/pro-action-cafe');
const AccessibilityPage = page(
  () => import('../features/about/AccessibilityPage').then((m) => m.AccessibilityPage),
  'accessibilite',
);
const AboutPage = page(() => import('../features/about/AboutPage').then((m) => m.AboutPage), 'a-propos');

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

/** The routes; a failure of the frame itself still shows the error message (each page has its own, in Layout). */
export function AppRoutes() {
  return <RouteErrorBoundary>{useRoutes(routes)}</RouteErrorBoundary>;
}
