// @vitest-environment node
// The one-way import rule (domain → db → features → app, ARCHITECTURE.md) is enforced by lint: this proves the lint rule bites.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('import direction', () => {
  it.each([
    [
      'domain importing db',
      'src/domain/x.ts',
      "import { db } from '../db/database';\nexport const x = db;\n",
    ],
    [
      'db importing a component',
      'src/db/x.ts',
      "import { paths } from '../components/paths';\nexport const x = paths;\n",
    ],
    [
      'a feature importing another feature',
      'src/features/assessment/x.ts',
      "import { ProfilePage } from '../profile/ProfilePage';\nexport const x = ProfilePage;\n",
    ],
    [
      'a feature importing app',
      'src/features/profile/x.ts',
      "import { Layout } from '../../app/Layout';\nexport const x = Layout;\n",
    ],
  ])('refuses %s', async (_name, file, code) => {
    expect(await ruleIds(file, code)).toContain('import-x/no-restricted-paths');
  });

  it('refuses Dexie outside src/db', async () => {
    expect(
      await ruleIds('src/features/profile/x.ts', "import { Dexie } from 'dexie';\nexport const x = Dexie;\n"),
    ).toContain('no-restricted-imports');
  });

  it('accepts the allowed direction', async () => {
    expect(
      await ruleIds(
        'src/features/profile/x.ts',
        "import { db } from '../../db/database';\nexport const x = db;\n",
      ),
    ).toEqual([]);
  }, 20_000);
});
