// Owns the pages: each is one entry here, its path (from components/paths.ts), its module (lazy, a
// chunk of its own) and the wording it shows. A page's module and wording load together before it
// renders, on the first visit as on a navigation, so no page ever shows raw keys or a loading flash.
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { loadNamespaces, type Namespace } from '../i18n';
import { PATTERNS } from '../components/paths';
import { Layout } from './Layout';
import { RouteError } from './RouteError';
import { NotFoundPage } from './NotFoundPage';

/** The wording most pages show besides the frame's: their own, the grid's and the postures'. */
const PAGE: readonly Namespace[] = ['pages', 'content', 'postures'];

/** A route's `lazy`: the page's component once its module and its wording are both loaded. */
function page(load: () => Promise<ComponentType>, wording: readonly Namespace[] = PAGE) {
  return async () => {
    const [Component] = await Promise.all([load(), loadNamespaces(wording)]);
    return { Component };
  };
}

export const routes: RouteObject[] = [
  {
    Component: Layout,
    children: [
      {
        // Pathless: an error in a page shows in the frame, with the navigation still there.
        ErrorBoundary: RouteError,
        children: [
          {
            // The home page's wording is the frame's own (common), loaded before the first render.
            index: true,
            lazy: page(
              () => import('../features/assessment/AssessmentListPage').then((m) => m.AssessmentListPage),
              [],
            ),
          },
          {
            path: PATTERNS.bilan,
            lazy: page(() => import('../features/assessment/BilanPage').then((m) => m.BilanPage)),
          },
          {
            // The grid's pages name competences only: no postures wording.
            path: PATTERNS.questionnaire,
            lazy: page(
              () => import('../features/assessment/QuestionnairePage').then((m) => m.QuestionnairePage),
              ['pages', 'content'],
            ),
          },
          {
            path: PATTERNS.acrobat,
            lazy: page(() => import('../features/postures/PracticePage').then((m) => m.AcrobatPage)),
          },
          {
            path: PATTERNS.strategist,
            lazy: page(() => import('../features/postures/PracticePage').then((m) => m.StrategistPage)),
          },
          {
            path: PATTERNS.situations,
            lazy: page(() => import('../features/postures/SituationsPage').then((m) => m.SituationsPage)),
          },
          {
            path: PATTERNS.tensions,
            lazy: page(() => import('../features/postures/TensionsPage').then((m) => m.TensionsPage)),
          },
          {
            path: PATTERNS.time,
            lazy: page(() => import('../features/postures/TimePage').then((m) => m.TimePage)),
          },
          {
            path: PATTERNS.savoirEtre,
            lazy: page(() => import('../features/postures/PracticePage').then((m) => m.SavoirEtrePage)),
          },
          { path: PATTERNS.profile, lazy: page(() => import('./ProfileRoute').then((m) => m.ProfileRoute)) },
          {
            path: PATTERNS.plan,
            lazy: page(() => import('../features/plan/PlanPage').then((m) => m.PlanPage)),
          },
          {
            path: PATTERNS.compare,
            lazy: page(() => import('../features/compare/ComparePage').then((m) => m.ComparePage)),
          },
          {
            path: PATTERNS.share,
            lazy: page(() => import('../features/share/SharePage').then((m) => m.SharePage)),
          },
          {
            path: PATTERNS.receive,
            lazy: page(() => import('../features/share/ReceivePage').then((m) => m.ReceivePage)),
          },
          {
            path: PATTERNS.summary,
            lazy: page(() => import('../features/groups/SummaryPage').then((m) => m.SummaryPage)),
          },
          {
            path: PATTERNS.join,
            lazy: page(() => import('../features/share/JoinPage').then((m) => m.JoinPage)),
          },
          {
            path: PATTERNS.groups,
            lazy: page(() => import('../features/groups/GroupsPage').then((m) => m.GroupsPage)),
          },
          {
            path: PATTERNS.group,
            lazy: page(() => import('../features/groups/GroupsPage').then((m) => m.GroupPage)),
          },
          {
            path: PATTERNS.workshops,
            lazy: page(() => import('../features/groups/WorkshopsPage').then((m) => m.WorkshopsPage)),
          },
          {
            path: PATTERNS.cafe,
            lazy: page(() => import('../features/cafe/CafePage').then((m) => m.CafePage), [...PAGE, 'cafe']),
          },
          {
            path: PATTERNS.workshop,
            lazy: page(() => import('../features/groups/WorkshopPage').then((m) => m.WorkshopPage)),
          },
          {
            path: PATTERNS.data,
            lazy: page(() => import('../features/backup/DataPage').then((m) => m.DataPage)),
          },
          {
            path: PATTERNS.worksheets,
            lazy: page(() =>
              import('../features/worksheets/WorksheetListPage').then((m) => m.WorksheetListPage),
            ),
          },
          {
            path: PATTERNS.worksheet,
            lazy: page(() => import('../features/worksheets/WorksheetPage').then((m) => m.WorksheetPage)),
          },
          {
            path: PATTERNS.reperes,
            lazy: page(() => import('../features/reperes/ReperesPage').then((m) => m.ReperesPage)),
          },
          {
            path: PATTERNS.about,
            lazy: page(() => import('../features/about/AboutPage').then((m) => m.AboutPage)),
          },
          {
            path: PATTERNS.accessibility,
            lazy: page(() => import('../features/about/AccessibilityPage').then((m) => m.AccessibilityPage)),
          },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];
