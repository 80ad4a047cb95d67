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
const ProfilePage = lazy(() =>
  import('../features/profile/ProfilePage').then((m) => ({ default: m.ProfilePage })),
);
const AboutPage = lazy(() => import('../features/about/AboutPage').then((m) => ({ default: m.AboutPage })));

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <AssessmentListPage /> },
      { path: 'bilans/:id/grille/:macro?', element: <QuestionnairePage /> },
      { path: 'bilans/:id/profil', element: <ProfilePage /> },
      { path: 'a-propos', element: <AboutPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
