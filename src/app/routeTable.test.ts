// The route table (what the boot script preloads, and each page's wording) matches the router.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routes } from './router';
import { ROUTE_TABLE } from './routeTable';

const pages = (routes[0]?.children ?? []).filter((r) => r.path !== '*');
const pathOf = (r: (typeof pages)[number]) => (r.index ? '' : (r.path ?? ''));

describe('ROUTE_TABLE', () => {
  it('lists every route of the router, and nothing else', () => {
    expect(ROUTE_TABLE.map((r) => r.path).sort()).toEqual(pages.map(pathOf).sort());
  });

  it.each(pages.map((r) => [pathOf(r), r] as const))('gives « %s » the wording its page loads', (path, r) => {
    const page = (r.element as { type: { wording?: readonly string[] } }).type;
    expect(page.wording).toEqual(ROUTE_TABLE.find((entry) => entry.path === path)?.wording);
  });

  it.each(ROUTE_TABLE.map((r) => [r.path, r.module] as const))(
    'names an existing module for « %s »',
    (_, module) => {
      expect(existsSync(module)).toBe(true);
    },
  );
});
