// Owns the pages: each is one entry of PAGES, named as its path is in components/paths.ts (PATTERNS,
// which links are built from), with its module (lazy, a chunk of its own) and the wording it shows.
// A page's module and wording load together before it renders, on the first visit as on a navigation,
// so no page ever shows raw keys or a loading flash.
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { loadNamespaces, type Namespace } from '../i18n';
import { PATTERNS } from '../components/paths';
import { Layout } from './Layout';
import { RouteError } from './RouteError';
import { NotFoundPage } from './NotFoundPage';

/** The wording most pages show besides the frame's: their own, the grid's and the postures'. */
const PAGE: readonly Namespace[] = ['pages', 'content', 'postures'];

/** A page: its module (a chunk of its own) and the wording it shows besides the frame's. */
interface Page {
  readonly load: () => Promise<ComponentType>;
  readonly wording?: readonly Namespace[];
}

type PageName = keyof typeof PATTERNS;

/** Every page, by the name of its path in PATTERNS: a path without its page fails the typecheck. */
const PAGES: Readonly<Record<PageName, Page>> = {
  // The home page's wording is the frame's own (common), loaded before the first render.
  home: {
    load: () => import('../features/assessment/AssessmentListPage').then((m) => m.AssessmentListPage),
    wording: [],
  },
  bilan: { load: () => import('../features/assessment/BilanPage').then((m) => m.BilanPage) },
  // The grid's pages name competences only: no postures wording.
  questionnaire: {
    load: () => import('../features/assessment/QuestionnairePage').then((m) => m.QuestionnairePage),
    wording: ['pages', 'content'],
  },
  acrobat: { load: () => import('../features/postures/PracticePage').then((m) => m.AcrobatPage) },
  strategist: { load: () => import('../features/postures/PracticePage').then((m) => m.StrategistPage) },
  situations: { load: () => import('../features/postures/SituationsPage').then((m) => m.SituationsPage) },
  tensions: { load: () => import('../features/postures/TensionsPage').then((m) => m.TensionsPage) },
  time: { load: () => import('../features/postures/TimePage').then((m) => m.TimePage) },
  savoirEtre: { load: () => import('../features/postures/PracticePage').then((m) => m.SavoirEtrePage) },
  profile: { load: () => import('./ProfileRoute').then((m) => m.ProfileRoute) },
  plan: { load: () => import('../features/plan/PlanPage').then((m) => m.PlanPage) },
  compare: { load: () => import('../features/compare/ComparePage').then((m) => m.ComparePage) },
  share: { load: () => import('../features/share/SharePage').then((m) => m.SharePage) },
  receive: { load: () => import('../features/share/ReceivePage').then((m) => m.ReceivePage) },
  summary: { load: () => import('../features/groups/SummaryPage').then((m) => m.SummaryPage) },
  join: { load: () => import('../features/share/JoinPage').then((m) => m.JoinPage) },
  groups: { load: () => import('../features/groups/GroupsPage').then((m) => m.GroupsPage) },
  group: { load: () => import('../features/groups/GroupsPage').then((m) => m.GroupPage) },
  workshops: { load: () => import('../features/groups/WorkshopsPage').then((m) => m.WorkshopsPage) },
  cafe: {
    load: () => import('../features/cafe/CafePage').then((m) => m.CafePage),
    wording: [...PAGE, 'cafe'],
  },
  workshop: { load: () => import('../features/groups/WorkshopPage').then((m) => m.WorkshopPage) },
  data: { load: () => import('../features/backup/DataPage').then((m) => m.DataPage) },
  worksheets: {
    load: () => import('../features/worksheets/WorksheetListPage').then((m) => m.WorksheetListPage),
  },
  worksheet: { load: () => import('../features/worksheets/WorksheetPage').then((m) => m.WorksheetPage) },
  reperes: { load: () => import('../features/reperes/ReperesPage').then((m) => m.ReperesPage) },
  about: { load: () => import('../features/about/AboutPage').then((m) => m.AboutPage) },
  accessibility: {
    load: () => import('../features/about/AccessibilityPage').then((m) => m.AccessibilityPage),
  },
};

/** A route's `lazy`: the page's component once its module and its wording are both loaded. */
const lazyPage =
  ({ load, wording = PAGE }: Page) =>
  async () => {
    const [Component] = await Promise.all([load(), loadNamespaces(wording)]);
    return { Component };
  };

export const routes: RouteObject[] = [
  {
    Component: Layout,
    children: [
      {
        // Pathless: an error in a page shows in the frame, with the navigation still there.
        ErrorBoundary: RouteError,
        children: [
          ...(Object.keys(PAGES) as PageName[]).map((name): RouteObject => {
            const lazy = lazyPage(PAGES[name]);
            return name === 'home' ? { index: true, lazy } : { path: PATTERNS[name], lazy };
          }),
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];
