// @vitest-environment node
/// <reference types="node" />
// Keeps backup.schema.json equal to the zod schema it is generated from. After changing the schema,
// regenerate it with: UPDATE_SCHEMA=1 npx vitest run src/domain/exchange/backupSchema.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BACKUP_FORMAT, BACKUP_VERSION, backupSchema } from './backup';

const SCHEMA_FILE = fileURLToPath(new URL('./backup.schema.json', import.meta.url));

function generate(): Record<string, unknown> {
  // 'input': what a file may contain. The refinements (matching and unique ids) cannot be expressed
  // in JSON Schema; parseBackup checks them.
  const { $schema, ...rest } = z.toJSONSchema(backupSchema, { target: 'draft-2020-12', io: 'input' });
  return {
    $schema,
    $id: `urn:${BACKUP_FORMAT.replace('/', ':')}:${BACKUP_VERSION}`,
    title: `Quel·le développeur·euse êtes-vous ? — sauvegarde, version ${BACKUP_VERSION}`,
    description:
      'Everything the app stores on a device: bilans (with their answers, notes and development plan), ' +
      'roadmap worksheets, peer groups (with the profiles received into them), workshops and the ' +
      '« Repères » placement (at most one). ' +
      'Also checked on import: answers and plan items belong to their enclosing bilan, received profiles ' +
      'to their enclosing group; bilan, plan item, worksheet, group, received profile and workshop ids ' +
      'are unique; an item appears once per bilan; dates are real calendar days. Version 2 files (the ' +
      'same without `reperes`) and version 1 files (also without `groups` and `workshops`) are still read.',
    ...rest,
  };
}

describe('backup.schema.json', () => {
  it('is the JSON Schema generated from the zod schema', async () => {
    const generated = generate();
    if (process.env.UPDATE_SCHEMA === '1') {
      const options = (await resolveConfig(SCHEMA_FILE)) ?? {};
      writeFileSync(SCHEMA_FILE, await format(JSON.stringify(generated), { ...options, parser: 'json' }));
    }
    expect(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(generated);
  });
});
