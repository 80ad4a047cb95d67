// Owns the pages: each is one entry of PAGES, its path (which links are built from, with React Router's
// typed `href`), its module (lazy, a chunk of its own) and the wording it shows.
// A page's module and wording load together before it renders, on the first visit as on a navigation,
// so no page ever shows raw keys or a loading flash.
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { loadNamespaces, type Namespace } from '../i18n';
import { Layout } from './Layout';
import { RouteError } from './RouteError';
import { NotFoundPage } from './NotFoundPage';

/** The wording most pages show besides the frame's: their own, the grid's and the postures'. */
const PAGE: readonly Namespace[] = ['pages', 'content', 'postures'];

/** A page: its path, its module (a chunk of its own) and the wording it shows besides the frame's. */
interface Page {
  readonly path: string;
  readonly load: () => Promise<ComponentType>;
  readonly wording?: readonly Namespace[];
}

/**
 * Every page, each declared here once. Links name a page by this path with React Router's `href`
 * (`href('/bilans/:id/profil', { id })`), typed by the `Register` below: a path no page has, or a
 * missing parameter, fails the typecheck.
 */
const PAGES = [
  // The home page's wording is the frame's own (common), loaded before the first render.
  {
    path: '/',
    load: () => import('../features/assessment/AssessmentListPage').then((m) => m.AssessmentListPage),
    wording: [],
  },
  { path: '/bilans/:id', load: () => import('../features/assessment/BilanPage').then((m) => m.BilanPage) },
  // The grid's pages name competences only: no postures wording.
  {
    path: '/bilans/:id/grille/:macro?',
    load: () => import('../features/assessment/QuestionnairePage').then((m) => m.QuestionnairePage),
    wording: ['pages', 'content'],
  },
  {
    path: '/bilans/:id/acrobate',
    load: () => import('../features/postures/PracticePage').then((m) => m.AcrobatPage),
  },
  {
    path: '/bilans/:id/stratege',
    load: () => import('../features/postures/PracticePage').then((m) => m.StrategistPage),
  },
  {
    path: '/bilans/:id/situations',
    load: () => import('../features/postures/SituationsPage').then((m) => m.SituationsPage),
  },
  {
    path: '/bilans/:id/tensions',
    load: () => import('../features/postures/TensionsPage').then((m) => m.TensionsPage),
  },
  { path: '/bilans/:id/temps', load: () => import('../features/postures/TimePage').then((m) => m.TimePage) },
  {
    path: '/bilans/:id/savoir-etre',
    load: () => import('../features/postures/PracticePage').then((m) => m.SavoirEtrePage),
  },
  { path: '/bilans/:id/profil', load: () => import('./ProfileRoute').then((m) => m.ProfileRoute) },
  { path: '/bilans/:id/plan', load: () => import('../features/plan/PlanPage').then((m) => m.PlanPage) },
  {
    path: '/bilans/:id/partager',
    load: () => import('../features/share/SharePage').then((m) => m.SharePage),
  },
  { path: '/comparer', load: () => import('../features/compare/ComparePage').then((m) => m.ComparePage) },
  { path: '/recevoir', load: () => import('../features/share/ReceivePage').then((m) => m.ReceivePage) },
  { path: '/synthese', load: () => import('../features/groups/SummaryPage').then((m) => m.SummaryPage) },
  { path: '/atelier', load: () => import('../features/share/JoinPage').then((m) => m.JoinPage) },
  { path: '/groupes', load: () => import('../features/groups/GroupsPage').then((m) => m.GroupsPage) },
  { path: '/groupes/:id', load: () => import('../features/groups/GroupsPage').then((m) => m.GroupPage) },
  { path: '/ateliers', load: () => import('../features/groups/WorkshopsPage').then((m) => m.WorkshopsPage) },
  {
    path: '/ateliers/pro-action-cafe',
    load: () => import('../features/cafe/CafePage').then((m) => m.CafePage),
    wording: [...PAGE, 'cafe'],
  },
  {
    path: '/ateliers/:id',
    load: () => import('../features/groups/WorkshopPage').then((m) => m.WorkshopPage),
  },
  { path: '/donnees', load: () => import('../features/backup/DataPage').then((m) => m.DataPage) },
  {
    path: '/feuilles-de-route',
    load: () => import('../features/worksheets/WorksheetListPage').then((m) => m.WorksheetListPage),
  },
  {
    path: '/feuilles-de-route/:id',
    load: () => import('../features/worksheets/WorksheetPage').then((m) => m.WorksheetPage),
  },
  { path: '/reperes', load: () => import('../features/reperes/ReperesPage').then((m) => m.ReperesPage) },
  { path: '/a-propos', load: () => import('../features/about/AboutPage').then((m) => m.AboutPage) },
  {
    path: '/accessibilite',
    load: () => import('../features/about/AccessibilityPage').then((m) => m.AccessibilityPage),
  },
] as const satisfies readonly Page[];

type PagePath = (typeof PAGES)[number]['path'];

/** Every page's path, as the router matches it (the prerender writes one file per path). */
export const PAGE_PATHS: readonly PagePath[] = PAGES.map((page) => page.path);

/** A path's parameters: `:id` required, `:macro?` optional. */
type SegmentParams<S extends string> = S extends `:${infer P}?`
  ? { [K in P]?: string }
  : S extends `:${infer P}`
    ? { [K in P]: string }
    : unknown;
type PathParams<Path extends string> = Path extends `${infer S}/${infer Rest}`
  ? SegmentParams<S> & PathParams<Rest>
  : SegmentParams<Path>;
type Flat<T> = { [K in keyof T]: T[K] };

declare module 'react-router' {
  interface Register {
    pages: { [P in PagePath]: { params: Flat<PathParams<P>> } };
  }
}

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
          ...PAGES.map((page): RouteObject => {
            const lazy = lazyPage(page);
            return page.path === '/' ? { index: true, lazy } : { path: page.path, lazy };
          }),
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];
