import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment, CompetencyAnswer, PostureAnswer } from '../assessment';
import type { CompetencyId } from '../content/grid';
import { CONTENT_VERSION } from '../content/version';
import type { PlanItem } from '../plan';
import type { Worksheet } from '../worksheet';
import {
  BACKUP_FORMAT,
  MAX_BACKUP_BYTES,
  backupFileName,
  backupSchema,
  buildBackup,
  parseBackup,
  planImport,
  previewImport,
  serializeBackup,
  type Backup,
  type BackupError,
  type BackupSource,
} from './backup';

const NOW = Date.UTC(2026, 2, 5, 10, 30);
const T = Date.UTC(2026, 1, 1);
const NEGO: CompetencyId = 'competency.strategie.regulation.negociation';
const VEILLE: CompetencyId = 'competency.connaissances.prospective.veille';

const assessment = (id: string, o: Partial<Assessment> = {}): Assessment => ({
  id,
  name: `Bilan ${id}`,
  createdAt: T,
  updatedAt: T + 1,
  ...o,
});
const competency = (assessmentId: string, itemId: CompetencyId, o: Partial<CompetencyAnswer> = {}) => ({
  id: `${assessmentId}|${itemId}`,
  assessmentId,
  itemId,
  aisance: 3 as const,
  mobilisation: 2 as const,
  contentVersion: CONTENT_VERSION,
  updatedAt: T,
  ...o,
});
const posture = (assessmentId: string, itemId: string, value: PostureAnswer['value']) => ({
  id: `${assessmentId}|${itemId}`,
  assessmentId,
  itemId,
  value,
  contentVersion: CONTENT_VERSION,
  updatedAt: T,
});
const planItem = (id: string, assessmentId: string, o: Partial<PlanItem> = {}): PlanItem => ({
  id,
  assessmentId,
  targetId: NEGO,
  why: 'Les élections',
  how: ['formation', 'pairs'],
  withWhom: 'La DDETS',
  reviewOn: '2026-09-01',
  createdAt: T,
  updatedAt: T,
  ...o,
});
const worksheet = (id: string, o: Partial<Worksheet> = {}): Worksheet => ({
  id,
  title: `Feuille ${id}`,
  fields: { sens: 'Rendre visible', formule: 'Ensemble' },
  createdAt: T,
  updatedAt: T,
  ...o,
});

/** Two bilans with every kind of answer, a plan, and one worksheet. */
function buildSource(o: Partial<BackupSource> = {}): BackupSource {
  return {
    assessments: [assessment('a', { lastPage: 'grille/animation' }), assessment('b')],
    competencyAnswers: [
      competency('a', NEGO, { acquisition: 'terrain', envie: true, note: 'Avec « la DDCS »' }),
      competency('a', VEILLE, { notConcerned: true }),
      competency('b', NEGO),
    ],
    postureAnswers: [
      posture('a', 'acrobat.haut.1', 3),
      posture('a', 'situation.1', 'haut'),
      posture('a', 'time.actual', { management: 40, etude: 60 }),
      posture('b', 'reflection.grid', 'Une note\nsur deux lignes'),
    ],
    planItems: [planItem('p1', 'a'), planItem('p2', 'a', { reviewOn: '', how: [] }), planItem('p3', 'b')],
    worksheets: [worksheet('w1')],
    ...o,
  };
}
const validBackup = (): Backup => buildBackup(buildSource(), NOW);
const validText = serializeBackup(validBackup());

function first<T>(xs: readonly T[]): T {
  const x = xs[0];
  if (x === undefined) throw new Error('empty fixture');
  return x;
}
/** The valid backup, changed by `edit`, serialized. */
function edited(edit: (b: Backup) => void): string {
  const b = validBackup();
  edit(b);
  return JSON.stringify(b);
}
const errorOf = (text: string): BackupError | undefined => {
  const result = parseBackup(text);
  return result.ok ? undefined : result.error;
};

describe('buildBackup, serializeBackup, parseBackup', () => {
  it('round-trips a backup: build, serialize, parse give the same backup', () => {
    const result = parseBackup(validText);
    expect(result).toEqual({ ok: true, backup: validBackup() });
  });

  it('groups rows by bilan, drops the composite ids and stamps the export', () => {
    const b = validBackup();
    expect(b).toMatchObject({
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: '2026-03-05T10:30:00.000Z',
      contentVersion: CONTENT_VERSION,
    });
    const [a, bb] = b.assessments;
    expect(a?.competencyAnswers.map((r) => r.itemId)).toEqual([NEGO, VEILLE]);
    expect(a?.competencyAnswers[0]).not.toHaveProperty('id');
    expect(a?.postureAnswers).toHaveLength(3);
    expect(a?.postureAnswers[0]).not.toHaveProperty('id');
    expect(a?.planItems.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(bb?.planItems.map((p) => p.id)).toEqual(['p3']);
  });

  it('leaves out rows of a bilan that no longer exists', () => {
    const b = buildBackup(buildSource({ assessments: [assessment('b')] }), NOW);
    expect(b.assessments.map((a) => a.id)).toEqual(['b']);
    expect(serializeBackup(b)).not.toContain('"a"');
  });

  it('serializes with a two-space indent', () => {
    expect(validText.split('\n')[1]).toBe(`  "format": "${BACKUP_FORMAT}",`);
  });

  it('names the file after the local day of the export', () => {
    expect(backupFileName(new Date(2026, 2, 5, 23, 59).getTime())).toBe(
      'quel-developpeur-euse-sauvegarde-2026-03-05.json',
    );
  });
});

describe('parseBackup rejects', () => {
  it.each<[string, string, BackupError['kind'], string?]>([
    ['a file over the size limit', 'x'.repeat(MAX_BACKUP_BYTES + 1), 'too-large'],
    ['a file over the limit in UTF-8 bytes only', 'é'.repeat(MAX_BACKUP_BYTES / 2 + 1), 'too-large'],
    ['an empty file', '', 'not-json'],
    ['a truncated file', validText.slice(0, validText.length / 2), 'not-json'],
    ['a text file', 'Bilan du 5 mars', 'not-json'],
    ['a JSON array', '[]', 'foreign'],
    ['JSON null', 'null', 'foreign'],
    ['a JSON number', '42', 'foreign'],
    ['a foreign object', '{"name":"x","items":[]}', 'foreign'],
    ['a wrong format name', edited((b) => Object.assign(b, { format: 'autre-app/sauvegarde' })), 'foreign'],
    ['version 2', edited((b) => Object.assign(b, { version: 2 })), 'future-version'],
    ['version 0', edited((b) => Object.assign(b, { version: 0 })), 'schema', 'version'],
    ['a version that is not a number', edited((b) => Object.assign(b, { version: '1' })), 'schema'],
    [
      'an aisance of 7',
      edited((b) => Object.assign(first(first(b.assessments).competencyAnswers), { aisance: 7 })),
      'schema',
      'assessments.0.competencyAnswers.0.aisance',
    ],
    [
      'an answer whose assessmentId differs from its bilan',
      edited((b) => Object.assign(first(first(b.assessments).postureAnswers), { assessmentId: 'b' })),
      'schema',
      'assessments.0.postureAnswers.0.assessmentId',
    ],
    [
      'a plan item whose assessmentId differs from its bilan',
      edited((b) => Object.assign(first(first(b.assessments).planItems), { assessmentId: 'b' })),
      'schema',
      'assessments.0.planItems.0.assessmentId',
    ],
    [
      'duplicate bilan ids',
      edited((b) => b.assessments.push(first(b.assessments))),
      'schema',
      'bilan id a appears twice',
    ],
    [
      'duplicate plan item ids',
      edited((b) => Object.assign(first(first(b.assessments).planItems), { id: 'p2' })),
      'schema',
      'plan item id p2',
    ],
    ['duplicate worksheet ids', edited((b) => b.worksheets.push(first(b.worksheets))), 'schema', 'worksheet'],
    [
      'the same competence twice in a bilan',
      edited((b) => Object.assign(first(b.assessments).competencyAnswers[1] ?? {}, { itemId: NEGO })),
      'schema',
      'appears twice',
    ],
    [
      'an unknown competence id',
      edited((b) => Object.assign(first(first(b.assessments).competencyAnswers), { itemId: 'competency.x' })),
      'schema',
      'itemId',
    ],
    [
      'an answer that kept its composite id',
      edited((b) => Object.assign(first(first(b.assessments).competencyAnswers), { id: 'a|x' })),
      'schema',
    ],
    ['an unknown top-level key', edited((b) => Object.assign(b, { extra: true })), 'schema'],
    [
      'a note over 10 000 characters',
      edited((b) =>
        Object.assign(first(first(b.assessments).competencyAnswers), { note: 'n'.repeat(10_001) }),
      ),
      'schema',
      'note',
    ],
    [
      'a time split over 100',
      edited((b) => Object.assign(first(first(b.assessments).postureAnswers), { value: { etude: 150 } })),
      'schema',
    ],
    [
      'a time split on an unknown activity',
      edited((b) => Object.assign(first(first(b.assessments).postureAnswers), { value: { sieste: 10 } })),
      'schema',
    ],
    [
      'an impossible review date',
      edited((b) => Object.assign(first(first(b.assessments).planItems), { reviewOn: '2026-13-01' })),
      'schema',
      'reviewOn',
    ],
    [
      'an unknown means in a plan',
      edited((b) => Object.assign(first(first(b.assessments).planItems), { how: ['magie'] })),
      'schema',
    ],
    ['an empty bilan id', edited((b) => Object.assign(first(b.assessments), { id: '' })), 'schema'],
    ['a missing worksheets list', edited((b) => Object.assign(b, { worksheets: undefined })), 'schema'],
    ['an exportedAt that is not a date', edited((b) => Object.assign(b, { exportedAt: 'hier' })), 'schema'],
  ])('%s', (_label, text, kind, detail) => {
    const error = errorOf(text);
    expect(error?.kind).toBe(kind);
    if (detail !== undefined) expect(error?.detail).toContain(detail);
    expect((error?.detail ?? '').length).toBeLessThanOrEqual(200);
  });
});

describe('previewImport', () => {
  it('lists bilans and worksheets, counts answers and flags the ids that already exist', () => {
    const preview = previewImport(validBackup(), new Set(['b', 'zz']), new Set(['w1']));
    expect(preview).toEqual({
      assessments: [
        { id: 'a', name: 'Bilan a', createdAt: T, answers: 5, duplicate: false },
        { id: 'b', name: 'Bilan b', createdAt: T, answers: 2, duplicate: true },
      ],
      worksheets: [{ id: 'w1', title: 'Feuille w1', duplicate: true }],
    });
  });
});

describe('planImport', () => {
  const sequence = () => {
    let n = 0;
    return () => `new-${++n}`;
  };

  it('keeps what is new as it is and skips duplicates by default', () => {
    const backup = validBackup();
    const preview = previewImport(backup, new Set(['b']), new Set(['w1']));
    const planned = planImport(backup, preview, {}, sequence());
    expect(planned).toEqual({
      ...validBackup(),
      assessments: [validBackup().assessments[0]],
      worksheets: [],
    });
    expect(planImport(backup, preview, { b: 'skip', w1: 'skip' }, sequence())).toEqual(planned);
  });

  it('gives a kept duplicate new ids, re-keys its answers and plan, and changes nothing else', () => {
    const backup = validBackup();
    const preview = previewImport(backup, new Set(['a']), new Set(['w1']));
    const planned = planImport(backup, preview, { a: 'keep-both', w1: 'keep-both' }, sequence());
    const [copy, b] = planned.assessments;
    const original = first(validBackup().assessments);
    expect(copy?.id).toBe('new-1');
    expect(copy?.competencyAnswers.map((r) => r.assessmentId)).toEqual(['new-1', 'new-1']);
    expect(copy?.postureAnswers.map((r) => r.assessmentId)).toEqual(['new-1', 'new-1', 'new-1']);
    expect(copy?.planItems.map((p) => [p.id, p.assessmentId])).toEqual([
      ['new-2', 'new-1'],
      ['new-3', 'new-1'],
    ]);
    expect(copy).toEqual({
      ...original,
      id: 'new-1',
      competencyAnswers: original.competencyAnswers.map((r) => ({ ...r, assessmentId: 'new-1' })),
      postureAnswers: original.postureAnswers.map((r) => ({ ...r, assessmentId: 'new-1' })),
      planItems: original.planItems.map((p, i) => ({ ...p, id: `new-${i + 2}`, assessmentId: 'new-1' })),
    });
    expect(b).toEqual(validBackup().assessments[1]);
    expect(planned.worksheets).toEqual([{ ...first(validBackup().worksheets), id: 'new-4' }]);
    expect(backup).toEqual(validBackup());
    expect(parseBackup(serializeBackup(planned)).ok).toBe(true);
  });
});

// --- Properties ---------------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Paths to every object key (`keys`) and to every primitive value (`leaves`). */
function paths(value: Json, at: Path = [], out = { keys: [] as Path[], leaves: [] as Path[] }) {
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.keys.push([...at, k]);
      paths(v, [...at, k], out);
    }
  } else out.leaves.push(at);
  return out;
}

function parent(root: Json, path: Path): { holder: Record<string | number, Json>; key: string | number } {
  let node = root as Record<string | number, Json>;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, Json>;
  return { holder: node, key: path[path.length - 1] ?? '' };
}

const baseJson = JSON.parse(validText) as Json;
const { keys, leaves } = paths(baseJson);

const mutatedText: fc.Arbitrary<string> = fc.oneof(
  fc.nat({ max: validText.length - 1 }).map((i) => validText.slice(0, i)),
  fc
    .tuple(fc.nat({ max: validText.length - 1 }), fc.string({ minLength: 1, maxLength: 1 }))
    .map(([i, c]) => validText.slice(0, i) + c + validText.slice(i + 1)),
  fc.constantFrom(...keys).map((path) => {
    const copy = structuredClone(baseJson);
    const { holder, key } = parent(copy, path);
    delete holder[key];
    return JSON.stringify(copy);
  }),
  fc.tuple(fc.constantFrom(...leaves), fc.jsonValue()).map(([path, value]) => {
    const copy = structuredClone(baseJson);
    const { holder, key } = parent(copy, path);
    holder[key] = value as Json;
    return JSON.stringify(copy);
  }),
);

/** What parseBackup should say, decided independently: JSON that satisfies the schema. */
function isValidBackupText(text: string): boolean {
  try {
    return backupSchema.safeParse(JSON.parse(text)).success;
  } catch {
    return false;
  }
}

describe('parseBackup properties', () => {
  it('never throws on arbitrary text, and accepts only valid backups', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(parseBackup(text).ok).toBe(isValidBackupText(text));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary content under a valid header', () => {
    const body = fc.dictionary(fc.string(), fc.jsonValue());
    fc.assert(
      fc.property(body, fc.constantFrom(0, 1, 2), (extra, version) => {
        const text = JSON.stringify({ ...extra, format: BACKUP_FORMAT, version });
        expect(parseBackup(text).ok).toBe(isValidBackupText(text));
      }),
      { numRuns: 200 },
    );
  });

  it('on a mutated valid file, either returns a backup the schema accepts or an error; never throws', () => {
    fc.assert(
      fc.property(mutatedText, (text) => {
        const result = parseBackup(text);
        expect(result.ok).toBe(isValidBackupText(text));
        if (result.ok) expect(backupSchema.safeParse(result.backup).success).toBe(true);
        else expect(['not-json', 'foreign', 'future-version', 'schema']).toContain(result.error.kind);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects every truncation of a valid file as not JSON', () => {
    fc.assert(
      fc.property(fc.nat({ max: validText.length - 1 }), (i) => {
        expect(errorOf(validText.slice(0, i))?.kind).toBe('not-json');
      }),
      { numRuns: 200 },
    );
  });
});
