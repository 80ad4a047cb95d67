// Wording named by a content id, inside a `t()` selector:
// `t(($) => byId($, competency.id, 'label'), { ns: 'content' })` reads `<competency id>.label`.
// The typecheck sees every key written in the code; ids are data (a competency, a posture, a
// situation…), so locales.test.ts checks instead that each one is worded in every language.
export function byId(node: object, ...path: readonly (string | number)[]): string {
  let current: unknown = node;
  for (const part of path)
    for (const key of String(part).split('.')) current = (current as Record<string, unknown>)[key];
  return current as string;
}
