import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment, CompetencyAnswer, PostureAnswer } from '../assessment';
import type { CompetencyId } from '../content/grid';
import { PLACEMENT_ROW_ID, type PlacementRow } from '../content/reperes';
import { CONTENT_VERSION } from '../content/version';
import type { PeerGroup, ReceivedProfile } from '../group';
import type { PlanItem } from '../plan';
import type { Worksheet } from '../worksheet';
import type { Workshop } from '../workshop';
import {
  BACKUP_FORMAT,
  MAX_BACKUP_BYTES,
  backupCounts,
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
  type ExistingIds,
} from './backup';
import { buildSnapshot, type ProfileSnapshot } from './snapshot';
import { decodeDraft, draftItemId, encodeDraft } from '../timeDraft';

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

const group = (id: string, o: Partial<PeerGroup> = {}): PeerGroup => ({
  id,
  name: `Groupe ${id}`,
  anonymous: false,
  createdAt: T,
  ...o,
});
const snapshot = (id: string, workshopId?: string): ProfileSnapshot =>
  buildSnapshot({
    responses: { [NEGO]: { aisance: 3, note: 'Avec la DDETS' } },
    values: { 'acrobat.haut.1': 4, 'reflection.grid': 'Une note' },
    alias: `Alias ${id}`,
    includeNotes: true,
    now: T,
    contentVersion: CONTENT_VERSION,
    ...(workshopId !== undefined ? { workshopId } : {}),
    randomId: () => id,
  });
const received = (
  groupId: string,
  snapshotId: string,
  o: Partial<ReceivedProfile> = {},
): ReceivedProfile => ({
  id: `${groupId}|${snapshotId}`,
  groupId,
  receivedAt: T,
  snapshot: snapshot(snapshotId),
  ...o,
});
const workshop = (id: string, o: Partial<Workshop> = {}): Workshop => ({
  id,
  title: `Atelier ${id}`,
  date: '2026-03-12',
  instruments: ['acrobat', 'situations'],
  anonymous: true,
  createdAt: T,
  ...o,
});
const PLACEMENT: PlacementRow = {
  id: PLACEMENT_ROW_ID,
  placement: { pratique: { jacobine: 2, reformiste: 0 }, commande: { neoConservatrice: 1 } },
  note: 'Validé avec « l’équipe municipale »',
  updatedAt: T,
};
const WORKSHOP_OF_A = { id: 'k1', title: 'Atelier k1', instruments: ['acrobat' as const], anonymous: true };
const none = (): ExistingIds => ({
  assessments: new Set(),
  worksheets: new Set(),
  groups: new Set(),
  workshops: new Set(),
  reperes: new Set(),
});
const existing = (o: Partial<Record<keyof ExistingIds, string[]>>): ExistingIds => ({
  ...none(),
  ...Object.fromEntries(Object.entries(o).map(([k, ids]) => [k, new Set(ids)])),
});

/**
 * Two bilans (one started from a workshop) with every kind of answer and a plan, one worksheet, a peer
 * group with two received profiles (one the person's own), and a workshop with the group collecting it.
 */
function buildSource(o: Partial<BackupSource> = {}): BackupSource {
  return {
    assessments: [
      assessment('a', { lastPage: 'grille/animation', workshop: WORKSHOP_OF_A }),
      assessment('b'),
    ],
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
    groups: [group('g1'), group('g2', { anonymous: true, workshopId: 'k1', name: 'Atelier k1' })],
    receivedProfiles: [
      received('g1', '00000000000000a1'),
      received('g1', '00000000000000a2', { own: true }),
      received('g2', '00000000000000a3', { snapshot: snapshot('00000000000000a3', 'k1') }),
    ],
    workshops: [workshop('k1')],
    reperes: [PLACEMENT],
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

  it('carries a working-time draft as typed, not yet at 100 %', () => {
    const draft = encodeDraft({ management: '30', etude: '12.5' })!;
    const source = buildSource({
      postureAnswers: [posture('a', draftItemId('actual'), draft)],
    });
    const result = parseBackup(serializeBackup(buildBackup(source, NOW)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = result.backup.assessments[0]?.postureAnswers[0];
    expect(stored?.itemId).toBe('draft.time.actual');
    expect(decodeDraft(stored?.value)).toEqual({ management: '30', etude: '12.5' });
  });

  it('carries the optional savoir-être stances as posture answers, unchanged', () => {
    const source = buildSource({
      postureAnswers: [
        posture('a', 'savoir-etre.reactivite', 'force'),
        posture('a', 'savoir-etre.diplomatie', 'travail'),
      ],
    });
    const result = parseBackup(serializeBackup(buildBackup(source, NOW)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = result.backup.assessments[0]?.postureAnswers.map((r) => [r.itemId, r.value]);
    expect(stored).toEqual([
      ['savoir-etre.reactivite', 'force'],
      ['savoir-etre.diplomatie', 'travail'],
    ]);
  });

  it('groups rows by bilan, drops the composite ids and stamps the export', () => {
    const b = validBackup();
    expect(b).toMatchObject({
      format: BACKUP_FORMAT,
      version: 3,
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

  it('holds groups with their received profiles, and workshops', () => {
    const b = validBackup();
    expect(b.groups.map((g) => [g.id, g.receivedProfiles.map((r) => r.snapshot.id)])).toEqual([
      ['g1', ['00000000000000a1', '00000000000000a2']],
      ['g2', ['00000000000000a3']],
    ]);
    expect(b.groups[0]?.receivedProfiles[1]).toEqual(received('g1', '00000000000000a2', { own: true }));
    expect(b.workshops).toEqual([workshop('k1')]);
    expect(first(b.assessments).workshop).toEqual(WORKSHOP_OF_A);
    expect(backupCounts(b)).toEqual({
      assessments: 2,
      answers: 7,
      planItems: 3,
      worksheets: 1,
      groups: 2,
      receivedProfiles: 3,
      workshops: 1,
      reperes: 1,
    });
  });

  it('holds the « Repères » placement, at most one, with only known approaches and levels', () => {
    expect(validBackup().reperes).toEqual([PLACEMENT]);
    expect(buildBackup(buildSource({ reperes: [] }), NOW).reperes).toEqual([]);
    expect(errorOf(edited((b) => b.reperes.push({ ...PLACEMENT })))).toMatchObject({
      kind: 'schema',
      field: ['reperes'],
      reason: 'out-of-range',
    });
    expect(
      errorOf(edited((b) => Object.assign(first(b.reperes).placement, { pratique: { jacobine: 3 } }))),
    ).toMatchObject({ kind: 'schema', field: ['reperes', 0, 'placement', 'pratique', 'jacobine'] });
    expect(
      errorOf(edited((b) => Object.assign(first(b.reperes).placement, { pratique: { marxiste: 1 } }))),
    ).toMatchObject({ kind: 'schema', field: ['reperes', 0, 'placement', 'pratique', 'marxiste'] });
    expect(errorOf(edited((b) => Object.assign(first(b.reperes), { id: 'autre' })))).toMatchObject({
      kind: 'schema',
      field: ['reperes', 0, 'id'],
    });
  });

  it('leaves out profiles of a group that no longer exists', () => {
    const b = buildBackup(buildSource({ groups: [group('g2', { workshopId: 'k1' })] }), NOW);
    expect(b.groups.map((g) => g.receivedProfiles.length)).toEqual([1]);
  });

  it('writes a stored day that is not a real calendar day as no date, so the file can be restored', () => {
    const b = buildBackup(
      buildSource({
        workshops: [workshop('k1', { date: '' }), workshop('k2', { date: '20266-01-01' })],
        planItems: [planItem('p1', 'a', { reviewOn: '2026-02-30' })],
      }),
      NOW,
    );
    expect(b.workshops.map((w) => w.date)).toEqual(['', '']);
    expect(first(first(b.assessments).planItems).reviewOn).toBe('');
    expect(parseBackup(serializeBackup(b)).ok).toBe(true);
  });

  it('cleans names and titles from a file as typed ones: no control, bidi-override or invisible character', () => {
    const text = edited((b) => {
      first(b.assessments).name = 'Bilan\u202E 2026\u0000';
      first(b.groups).name = '\u200BRéseau\u0007 DSU';
      first(b.workshops).title = 'Atelier\u2066 1\u001B';
    });
    const result = parseBackup(text);
    if (!result.ok) throw new Error('expected a valid backup');
    expect(first(result.backup.assessments).name).toBe('Bilan 2026');
    expect(first(result.backup.groups).name).toBe('Réseau DSU');
    expect(first(result.backup.workshops).title).toBe('Atelier 1');
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
    ['version 4', edited((b) => Object.assign(b, { version: 4 })), 'future-version'],
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
      'assessments.2.id: bilan id a appears twice',
    ],
    [
      'duplicate plan item ids',
      edited((b) => Object.assign(first(first(b.assessments).planItems), { id: 'p2' })),
      'schema',
      'assessments.0.planItems.1.id: plan item id p2',
    ],
    ['duplicate worksheet ids', edited((b) => b.worksheets.push(first(b.worksheets))), 'schema', 'worksheet'],
    [
      'the same competence twice in a bilan',
      edited((b) => Object.assign(first(b.assessments).competencyAnswers[1] ?? {}, { itemId: NEGO })),
      'schema',
      'assessments.0.competencyAnswers.1.itemId: item',
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
      'assessments.0.competencyAnswers.0.id',
    ],
    ['an unknown top-level key', edited((b) => Object.assign(b, { extra: true })), 'schema', 'extra'],
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
    ['a missing groups list', edited((b) => Object.assign(b, { groups: undefined })), 'schema', 'groups'],
    [
      'a received profile whose groupId differs from its group',
      edited((b) => Object.assign(first(first(b.groups).receivedProfiles), { groupId: 'g2' })),
      'schema',
      'groups.0.receivedProfiles.0.groupId',
    ],
    [
      'a received profile that is not a valid snapshot',
      edited((b) => Object.assign(first(first(b.groups).receivedProfiles).snapshot, { alias: '' })),
      'schema',
      'groups.0.receivedProfiles.0.snapshot.alias',
    ],
    [
      'duplicate received profile ids across groups',
      edited((b) =>
        b.groups[1]?.receivedProfiles.push({ ...first(first(b.groups).receivedProfiles), groupId: 'g2' }),
      ),
      'schema',
      'groups.1.receivedProfiles.1.id',
    ],
    ['duplicate group ids', edited((b) => b.groups.push(first(b.groups))), 'schema', 'groups.2.id'],
    [
      'duplicate workshop ids',
      edited((b) => b.workshops.push(first(b.workshops))),
      'schema',
      'workshops.1.id',
    ],
    [
      'a workshop date that is not a real day',
      edited((b) => Object.assign(first(b.workshops), { date: '2026-13-45' })),
      'schema',
      'workshops.0.date',
    ],
    [
      'a workshop id a join link could not carry',
      edited((b) => Object.assign(first(b.workshops), { id: 'a b' })),
      'schema',
      'workshops.0.id',
    ],
    [
      "an unknown instrument in a bilan's workshop",
      edited((b) =>
        Object.assign(first(b.assessments), { workshop: { ...WORKSHOP_OF_A, instruments: ['x'] } }),
      ),
      'schema',
      'assessments.0.workshop.instruments.0',
    ],
    ['an exportedAt that is not a date', edited((b) => Object.assign(b, { exportedAt: 'hier' })), 'schema'],
  ])('%s', (_label, text, kind, detail) => {
    const error = errorOf(text);
    expect(error?.kind).toBe(kind);
    if (detail !== undefined) expect(error?.detail).toContain(detail);
    expect((error?.detail ?? '').length).toBeLessThanOrEqual(200);
  });
});

describe('parseBackup names the field that failed and why', () => {
  it.each<[string, string, (string | number)[], string]>([
    [
      'an unknown field in a bilan',
      edited((b) => Object.assign(b.assessments[1] ?? {}, { colour: 'bleu' })),
      ['assessments', 1, 'colour'],
      'unknown-field',
    ],
    [
      'a missing name',
      edited((b) => Object.assign(first(b.assessments), { name: undefined })),
      ['assessments', 0, 'name'],
      'missing',
    ],
    [
      'a name that is a number',
      edited((b) => Object.assign(first(b.assessments), { name: 3 })),
      ['assessments', 0, 'name'],
      'wrong-type',
    ],
    [
      'an aisance of 7',
      edited((b) => Object.assign(first(first(b.assessments).competencyAnswers), { aisance: 7 })),
      ['assessments', 0, 'competencyAnswers', 0, 'aisance'],
      'invalid-value',
    ],
    [
      'a title over 200 characters',
      edited((b) => Object.assign(first(b.workshops), { title: 'x'.repeat(201) })),
      ['workshops', 0, 'title'],
      'out-of-range',
    ],
    ['a repeated group id', edited((b) => b.groups.push(first(b.groups))), ['groups', 2, 'id'], 'duplicate'],
    [
      'a profile in the wrong group',
      edited((b) => Object.assign(first(first(b.groups).receivedProfiles), { groupId: 'g2' })),
      ['groups', 0, 'receivedProfiles', 0, 'groupId'],
      'mismatch',
    ],
    ['version 0', edited((b) => Object.assign(b, { version: 0 })), ['version'], 'invalid-value'],
  ])('%s', (_label, text, field, reason) => {
    expect(errorOf(text)).toMatchObject({ kind: 'schema', field, reason });
  });
});

describe('version 1 files', () => {
  /** A file as version 1 of the format wrote it: bilans and worksheets only. */
  const v1 = (edit: (b: Record<string, unknown>) => void = () => undefined) => {
    const file: Record<string, unknown> = { ...validBackup(), version: 1 };
    delete file.groups;
    delete file.workshops;
    delete file.reperes;
    edit(file);
    return JSON.stringify(file);
  };

  it('are read, a bilan started from a workshop included, as a backup without groups or workshops', () => {
    const result = parseBackup(v1());
    expect(result).toEqual({
      ok: true,
      backup: { ...validBackup(), groups: [], workshops: [], reperes: [] },
    });
    expect(result.ok && first(result.backup.assessments).workshop).toEqual(WORKSHOP_OF_A);
  });

  it('are checked with the same rules, and may not hold groups', () => {
    expect(errorOf(v1((b) => Object.assign(b, { groups: [] })))).toMatchObject({
      kind: 'schema',
      field: ['groups'],
      reason: 'unknown-field',
    });
    expect(
      errorOf(v1((b) => (b.assessments as Backup['assessments']).push(first(validBackup().assessments)))),
    ).toMatchObject({ kind: 'schema', field: ['assessments', 2, 'id'], reason: 'duplicate' });
  });
});

describe('version 2 files', () => {
  /** A file as version 2 of the format wrote it: everything but the « Repères » placement. */
  const v2 = (edit: (b: Record<string, unknown>) => void = () => undefined) => {
    const file: Record<string, unknown> = { ...validBackup(), version: 2 };
    delete file.reperes;
    edit(file);
    return JSON.stringify(file);
  };

  it('are read as a backup without a placement', () => {
    expect(parseBackup(v2())).toEqual({ ok: true, backup: { ...validBackup(), reperes: [] } });
  });

  it('may not hold a placement', () => {
    expect(errorOf(v2((b) => Object.assign(b, { reperes: [PLACEMENT] })))).toMatchObject({
      kind: 'schema',
      field: ['reperes'],
      reason: 'unknown-field',
    });
  });
});

describe('previewImport', () => {
  it('lists everything, counts answers and profiles, and flags the ids that already exist', () => {
    const preview = previewImport(
      validBackup(),
      existing({ assessments: ['b', 'zz'], worksheets: ['w1'], groups: ['g2'], workshops: ['k1'] }),
    );
    expect(preview).toEqual({
      assessments: [
        { id: 'a', name: 'Bilan a', createdAt: T, answers: 5, duplicate: false },
        { id: 'b', name: 'Bilan b', createdAt: T, answers: 2, duplicate: true },
      ],
      worksheets: [{ id: 'w1', title: 'Feuille w1', duplicate: true }],
      groups: [
        { id: 'g1', name: 'Groupe g1', profiles: 2, duplicate: false },
        { id: 'g2', name: 'Atelier k1', profiles: 1, workshopId: 'k1', duplicate: true },
      ],
      workshops: [{ id: 'k1', title: 'Atelier k1', date: '2026-03-12', duplicate: true }],
      reperes: [{ id: PLACEMENT_ROW_ID, updatedAt: T, duplicate: false }],
    });
    expect(previewImport(validBackup(), existing({ reperes: [PLACEMENT_ROW_ID] })).reperes).toEqual([
      { id: PLACEMENT_ROW_ID, updatedAt: T, duplicate: true },
    ]);
  });
});

describe('planImport', () => {
  const sequence = () => {
    let n = 0;
    return () => `new-${++n}`;
  };

  it('takes the placement of the file when the device has none, and never replaces the one here', () => {
    const backup = validBackup();
    expect(planImport(backup, previewImport(backup, none()), {}, sequence()).reperes).toEqual([PLACEMENT]);
    const here = previewImport(backup, existing({ reperes: [PLACEMENT_ROW_ID] }));
    expect(planImport(backup, here, {}, sequence()).reperes).toEqual([]);
    expect(planImport(backup, here, { [PLACEMENT_ROW_ID]: 'keep-both' }, sequence()).reperes).toEqual([]);
  });

  it('keeps what is new as it is and skips duplicates by default', () => {
    const backup = validBackup();
    const preview = previewImport(
      backup,
      existing({ assessments: ['b'], worksheets: ['w1'], groups: ['g1'] }),
    );
    const planned = planImport(backup, preview, {}, sequence());
    expect(planned).toEqual({
      ...validBackup(),
      assessments: [validBackup().assessments[0]],
      worksheets: [],
      groups: [validBackup().groups[1]],
    });
    expect(planImport(backup, preview, { b: 'skip', w1: 'skip', g1: 'skip' }, sequence())).toEqual(planned);
  });

  it('gives a kept duplicate new ids, re-keys its answers and plan, and changes nothing else', () => {
    const backup = validBackup();
    const preview = previewImport(backup, existing({ assessments: ['a'], worksheets: ['w1'] }));
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

  it('gives a kept group a new id, its received profiles following it', () => {
    const backup = validBackup();
    const preview = previewImport(backup, existing({ groups: ['g1'] }));
    const planned = planImport(backup, preview, { g1: 'keep-both' }, sequence());
    const original = first(validBackup().groups);
    expect(planned.groups).toEqual([
      {
        ...original,
        id: 'new-1',
        receivedProfiles: original.receivedProfiles.map((r) => ({
          ...r,
          id: `new-1|${r.snapshot.id}`,
          groupId: 'new-1',
        })),
      },
      validBackup().groups[1],
    ]);
    expect(parseBackup(serializeBackup(planned)).ok).toBe(true);
  });

  it('never copies a workshop or its group: the one here is kept as it is', () => {
    const backup = validBackup();
    const preview = previewImport(backup, existing({ groups: ['g2'], workshops: ['k1'] }));
    const planned = planImport(backup, preview, { g2: 'keep-both', k1: 'keep-both' }, sequence());
    expect(planned.groups.map((g) => g.id)).toEqual(['g1']);
    expect(planned.workshops).toEqual([]);
    // A workshop already here whose group is not: the group comes back.
    const groupOnly = planImport(
      backup,
      previewImport(backup, existing({ workshops: ['k1'] })),
      {},
      sequence(),
    );
    expect(groupOnly.groups.map((g) => g.id)).toEqual(['g1', 'g2']);
    expect(groupOnly.workshops).toEqual([]);
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
      fc.property(body, fc.constantFrom(0, 1, 2, 3), (extra, version) => {
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
