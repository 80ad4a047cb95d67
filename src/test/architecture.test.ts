// ARCHITECTURE.md names every file of the code (tests beside their module excepted) and no file that
// does not exist: a reader finds any module there, and the page cannot drift from the tree.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const doc = readFileSync('ARCHITECTURE.md', 'utf8');
const tree = /## Files[\s\S]*?```\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
const files = execFileSync('git', ['ls-files', 'src', 'tests', 'bench', 'scripts', 'docs', 'public', '.ci'], {
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => f && !/\.test\.tsx?$/.test(f));

/** The words of the page that look like a file name (`name.ext`). */
const named = new Set(
  [...doc.matchAll(/[\w.{},-]+\.(?:tsx?|json|mjs|css|md|html|svg|png)\b/g)].map((m) => m[0]),
);

/** A file is named by its path, its file name, or a `{fr,en}` pattern covering it. */
function isNamed(file: string): boolean {
  const name = file.split('/').pop() ?? file;
  if (named.has(name) || doc.includes(file)) return true;
  const localeMatch = /locales\/(fr|en)\/(\w+\.json)$/.exec(file);
  if (localeMatch) return doc.includes(`locales/{fr,en}/${localeMatch[2]}`);
  const spec = /^tests\/e2e\/([\w-]+)\.spec\.ts$/.exec(file);
  return spec ? tree.includes(spec[1] ?? '') : false;
}

describe('ARCHITECTURE.md', () => {
  it('names every file of the code', () => {
    expect(files.filter((f) => !isNamed(f))).toEqual([]);
  });

  it('names no module that does not exist', () => {
    const existing = new Set(files.map((f) => f.split('/').pop()));
    const missing = [...named].filter(
      (name) =>
        /\.(tsx?|mjs)$/.test(name) &&
        !name.includes('*') &&
        !name.includes('{') &&
        !existing.has(name) &&
        !/^(vite|vite\.bench|eslint|playwright)\.config\.ts$|\.test\.tsx?$|\.spec\.ts$/.test(name),
    );
    expect(missing).toEqual([]);
  });
});
