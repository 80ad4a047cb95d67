// The wording bundles' names: a module of its own, free of browser and Vite APIs.
export const NAMESPACES = ['common', 'pages', 'content', 'postures', 'cafe'] as const;
export type Namespace = (typeof NAMESPACES)[number];
