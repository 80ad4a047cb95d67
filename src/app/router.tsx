// Owns the routes: thin, lazy pages assembled from features; heavy libraries load with their page.
import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

const AssessmentListPage = lazy(() =>
  import('../features/assessment/AssessmentListPage').then((m) => ({ default: m.AssessmentListPage })),
);
const QuestionnairePage = lazy(() =>
  import('../features/assessment/QuestionnairePage').then((m) => ({ default: m.QuestionnairePage })),
);
const BilanPage = lazy(() =>
  import('../features/assessment/BilanPage').then((m) => ({ default: m.BilanPage })),
);
const PracticePage = lazy(() =>
  import('../features/postures/PracticePage').then((m) => ({ default: m.PracticePage })),
);
const SituationsPage = lazy(() =>
  import('../features/postures/SituationsPage').then((m) => ({ default: m.SituationsPage })),
);
const TensionsPage = lazy(() =>
  import('../features/postures/TensionsPage').then((m) => ({ default: m.TensionsPage })),
);
const TimePage = lazy(() => import('../features/postures/TimePage').then((m) => ({ default: m.TimePage })));
const PlanPage = lazy(() => import('../features/plan/PlanPage').then((m) => ({ default: m.PlanPage })));
const WorksheetListPage = lazy(() =>
  import('../features/worksheets/WorksheetListPage').then((m) => ({ default: m.WorksheetListPage })),
);
const WorksheetPage = lazy(() =>
  import('../features/worksheets/WorksheetPage').then((m) => ({ default: m.WorksheetPage })),
);
const ProfileRoute = lazy(() => import('./ProfileRoute').then((m) => ({ default: m.ProfileRoute })));
const ComparePage = lazy(() =>
  import('../features/compare/ComparePage').then((m) => ({ default: m.ComparePage })),
);
const DataPage = lazy(() => import('../features/backup/DataPage').then((m) => ({ default: m.DataPage })));
const SharePage = lazy(() => import('../features/share/SharePage').then((m) => ({ default: m.SharePage })));
const ReceivePage = lazy(() =>
  import('../features/share/ReceivePage').then((m) => ({ default: m.ReceivePage })),
);
const JoinPage = lazy(() => import('../features/share/JoinPage').then((m) => ({ default: m.JoinPage })));
const GroupsPage = lazy(() =>
  import('../features/groups/GroupsPage').then((m) => ({ default: m.GroupsPage })),
);
const GroupPage = lazy(() => import('../features/groups/GroupsPage').then((m) => ({ default: m.GroupPage })));
const WorkshopsPage = lazy(() =>
  import('../features/groups/WorkshopsPage').then((m) => ({ default: m.WorkshopsPage })),
);
const WorkshopPage = lazy(() =>
  import('../features/groups/WorkshopPage').then((m) => ({ default: m.WorkshopPage })),
);
const CafeRoute = lazy(() => import('./CafeRoute').then((m) => ({ default: m.CafeRoute })));
const AccessibilityPage = lazy(() =>
  import('../features/about/AccessibilityPage').then((m) => ({ default: m.AccessibilityPage })),
);
const AboutPage = lazy(() => import('../features/about/AboutPage').then((m) => ({ default: m.AboutPage })));

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

export function createAppRouter() {
  return createBrowserRouter(routes);
}
