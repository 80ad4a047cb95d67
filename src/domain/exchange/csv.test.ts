import { describe, expect, it } from 'vitest';
import { COMPETENCIES } from '../content/grid';
import {
  ACROBAT_STATEMENTS,
  ACTIVITY_IDS,
  SITUATIONS,
  STRATEGIST_STATEMENTS,
  TENSION_IDS,
  TENSION_PAIRS,
} from '../content/postures';
import type { GroupMember } from '../scoring/group';
import { buildResponses } from '../../test/builders';
import { groupCsv, groupCsvColumns } from './csv';

const NEGO = 'competency.strategie.regulation.negociation';
const LABELS: Record<string, string> = { person: 'Personne', [`${NEGO}.aisance`]: 'Négociation, aisance' };
const label = (id: string) => LABELS[id] ?? id;

function buildMember(overrides: Partial<GroupMember> = {}): GroupMember {
  return { id: 'm1', alias: 'Ana', responses: buildResponses(undefined), values: {}, ...overrides };
}

const names = (entries: Record<string, string>) => new Map(Object.entries(entries));

/** Reads RFC 4180 text back into rows, so the tests check what a spreadsheet would see. */
function parse(text: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

const rowsOf = (csv: string) => parse(csv.replace(/^\uFEFF/, ''));

const columnIndex = (id: string) => groupCsvColumns(label).findIndex((c) => c.id === id) + 1;

describe('groupCsvColumns', () => {
  const columns = groupCsvColumns(label);

  it('has three columns per competence, then statements, situations and their fit, tensions and their pairs, and both time splits', () => {
    expect(columns).toHaveLength(
      COMPETENCIES.length * 3 +
        ACROBAT_STATEMENTS.length +
        STRATEGIST_STATEMENTS.length +
        SITUATIONS.length * 2 +
        TENSION_IDS.length +
        TENSION_PAIRS.length +
        ACTIVITY_IDS.length * 2,
    );
    expect(columns.slice(0, 3).map((c) => c.id)).toEqual([
      'competency.strategie.regulation.mediation.aisance',
      'competency.strategie.regulation.mediation.mobilisation',
      'competency.strategie.regulation.mediation.acquisition',
    ]);
    const ids = columns.map((c) => c.id);
    expect(ids).toContain('acrobat.haut.aide-decision');
    expect(ids).toContain('strategist.officieux.alliances');
    expect(ids).toContain('situation.legitimite');
    expect(ids).toContain('tension.public-usagers');
    expect(ids).toContain('situation.legitimite.fit');
    expect(ids).toContain('tension-pair.politique-publique.culture-professionnelle');
    expect(ids).toContain('time.actual.management');
    expect(ids.at(-1)).toBe('time.wished.concertation');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('labels each column through the given function', () => {
    expect(columns.find((c) => c.id === `${NEGO}.aisance`)?.label).toBe('Négociation, aisance');
  });
});

describe('groupCsv', () => {
  it('opens with a UTF-8 BOM and ends every line with CRLF', () => {
    const csv = groupCsv([buildMember()], names({ m1: 'Ana' }), label);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('has one header row: the person label, then `label [id]` per column', () => {
    const [header] = rowsOf(groupCsv([], names({}), label));
    expect(header?.[0]).toBe('Personne');
    expect(header?.[1]).toBe(
      'competency.strategie.regulation.mediation.aisance [competency.strategie.regulation.mediation.aisance]',
    );
    expect(header?.[columnIndex(`${NEGO}.aisance`)]).toBe(`Négociation, aisance [${NEGO}.aisance]`);
    expect(header).toHaveLength(groupCsvColumns(label).length + 1);
  });

  it('quotes a name holding a comma and a quote, doubling the quote', () => {
    const csv = groupCsv([buildMember()], names({ m1: 'Dupont, "Jo"' }), label);
    expect(csv.split('\r\n')[1]?.startsWith('"Dupont, ""Jo""",')).toBe(true);
    expect(rowsOf(csv)[1]?.[0]).toBe('Dupont, "Jo"');
  });

  it('keeps a line break inside a quoted field', () => {
    const rows = rowsOf(groupCsv([buildMember()], names({ m1: 'Ana\r\nB.' }), label));
    expect(rows[1]?.[0]).toBe('Ana\r\nB.');
  });

  it('falls back to the alias when the names leave a member out', () => {
    expect(rowsOf(groupCsv([buildMember({ alias: 'Zoé' })], names({}), label))[1]?.[0]).toBe('Zoé');
  });

  it.each([
    { name: '=HYPERLINK("x")', cell: `'=HYPERLINK("x")` },
    { name: '+33 6', cell: "'+33 6" },
    { name: '-1', cell: "'-1" },
    { name: '@SUM(A1)', cell: "'@SUM(A1)" },
    { name: '\t=1', cell: "'\t=1" },
    { name: 'Ana = Bob', cell: 'Ana = Bob' },
  ])('guards against formulas: $name', ({ name, cell }) => {
    expect(rowsOf(groupCsv([buildMember()], names({ m1: name }), label))[1]?.[0]).toBe(cell);
  });

  it('guards header labels too', () => {
    const [header] = rowsOf(groupCsv([], names({}), (id) => (id === 'person' ? '=cmd' : id)));
    expect(header?.[0]).toBe("'=cmd");
  });

  it('writes answers in their columns and leaves unanswered ones empty', () => {
    const member = buildMember({
      responses: buildResponses(undefined, {
        [NEGO]: { aisance: 3, mobilisation: 2, acquisition: 'terrain' },
        'competency.animation.prospective.maillage': {
          notConcerned: true,
          aisance: 4,
          acquisition: 'formation',
        },
      }),
      values: {
        'acrobat.haut.appui': 4,
        'strategist.officieux.alliances': 0,
        'situation.legitimite': 'interieur',
        'situation.recyclerie': 'haut', // not one of its options
        'tension.cadre-institutionnel': 2,
        'time.actual': { management: 60, 'reunions-etat': 40 },
        'situation.legitimite.fit': 'situation',
        'situation.recyclerie.fit': 'toujours', // not a fit
        'tension-pair.politique-publique.culture-professionnelle': 'culture-professionnelle',
        'tension-pair.politique-publique.cadre-institutionnel': 'equilibre',
        'tension-pair.culture-professionnelle.cadre-institutionnel': 'public-usagers', // not of this pair
      },
    });
    const row = rowsOf(groupCsv([member], names({ m1: 'Ana' }), label))[1] ?? [];
    const cell = (id: string) => row[columnIndex(id)];
    expect(cell(`${NEGO}.aisance`)).toBe('3');
    expect(cell(`${NEGO}.mobilisation`)).toBe('2');
    expect(cell(`${NEGO}.acquisition`)).toBe('terrain');
    // "non concerné·e": no rating, but how it was acquired is still said
    expect(cell('competency.animation.prospective.maillage.aisance')).toBe('');
    expect(cell('competency.animation.prospective.maillage.acquisition')).toBe('formation');
    expect(cell('acrobat.haut.appui')).toBe('4');
    expect(cell('strategist.officieux.alliances')).toBe('0');
    expect(cell('situation.legitimite')).toBe('interieur');
    expect(cell('situation.legitimite.fit')).toBe('situation');
    expect(cell('situation.recyclerie.fit')).toBe('');
    expect(cell('tension-pair.politique-publique.culture-professionnelle')).toBe('culture-professionnelle');
    expect(cell('tension-pair.politique-publique.cadre-institutionnel')).toBe('equilibre');
    expect(cell('tension-pair.culture-professionnelle.cadre-institutionnel')).toBe('');
    expect(cell('situation.recyclerie')).toBe('');
    expect(cell('tension.cadre-institutionnel')).toBe('2');
    expect(cell('time.actual.management')).toBe('60');
    expect(cell('time.actual.etude')).toBe('');
    expect(cell('time.wished.management')).toBe('');
    expect(row.filter((c) => c !== '')).toHaveLength(14); // the name and the thirteen answers above
  });

  it('gives an unanswered member only a name and empty cells', () => {
    const row = rowsOf(groupCsv([buildMember()], names({ m1: 'Ana' }), label))[1];
    expect(row?.[0]).toBe('Ana');
    expect(row?.slice(1).every((c) => c === '')).toBe(true);
  });

  it('gives every row as many cells as the header, one row per member in order', () => {
    const members = [
      buildMember({
        id: 'a',
        responses: buildResponses({ aisance: 2, mobilisation: 1, acquisition: 'les-deux' }),
      }),
      buildMember({ id: 'b' }),
      buildMember({ id: 'c', values: { 'time.wished': { concertation: 100 } } }),
    ];
    const rows = rowsOf(groupCsv(members, names({ a: 'A, "x"', b: 'B\nb', c: 'C' }), label));
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r[0])).toEqual(['Personne', 'A, "x"', 'B\nb', 'C']);
    const width = groupCsvColumns(label).length + 1;
    expect(rows.every((r) => r.length === width)).toBe(true);
  });
});

describe('groupCsv for a French spreadsheet', () => {
  it('separates fields with semicolons, keeps the BOM, and quotes a field holding a semicolon', () => {
    const csv = groupCsv(
      [buildMember({ responses: buildResponses(undefined, { [NEGO]: { aisance: 3 } }) })],
      names({ m1: 'Ana; la cheffe' }),
      label,
      ';',
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv.replace(/^\uFEFF/, ''), ';');
    const header = rows[0] ?? [];
    expect(header).toHaveLength(groupCsvColumns(label).length + 1);
    expect(rows[1]?.[0]).toBe('Ana; la cheffe');
    expect(rows[1]?.[columnIndex(`${NEGO}.aisance`)]).toBe('3');
    expect(rows[1]).toHaveLength(header.length);
  });

  it('leaves a comma unquoted, as French text holds many', () => {
    const csv = groupCsv([buildMember()], names({ m1: 'Ana, Bo' }), label, ';');
    expect(csv.split('\r\n')[1]?.startsWith('Ana, Bo;')).toBe(true);
  });
});
