// The wording bundles' names: a module of its own, free of browser and Vite APIs, so the build
// (vite.config.ts, through src/app/routeTable.ts) can read it too.
export const NAMESPACES = ['common', 'pages', 'content', 'postures', 'cafe'] as const;
export type Namespace = (typeof NAMESPACES)[number];
