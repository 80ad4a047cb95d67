// Owns the group export as CSV (RFC 4180): one column per item with a stable id, one row per member,
// readable by spreadsheet software (BOM, CRLF) and safe to open there (formula injection guard).
import { COMPETENCIES } from '../content/grid';
import {
  ACROBAT_STATEMENTS,
  ACTIVITY_IDS,
  FREQUENCY_LEVELS,
  PULL_LEVELS,
  BALANCE,
  SITUATION_FITS,
  SITUATIONS,
  STRATEGIST_STATEMENTS,
  TENSION_IDS,
  TENSION_PAIRS,
} from '../content/postures';
import { ACQUISITION_MODES, AISANCE_LEVELS, MOBILISATION_LEVELS } from '../content/scales';
import { situationFitItemId, tensionItemId, tensionPairItemId, TIME_ITEMS } from '../progress';
import type { GroupMember } from '../scoring/group';

export interface CsvColumn {
  readonly id: string;
  readonly label: string;
}

/** The id of the first column, which holds each member's display name. */
export const PERSON_COLUMN = 'person';

type Cell = string | number | undefined;

/** A column: its id and how to read its cell from one member's answers. */
interface ColumnSpec {
  readonly id: string;
  readonly read: (member: GroupMember) => Cell;
}

const inLevels = (levels: readonly (number | string)[], v: unknown): Cell =>
  (typeof v === 'number' || typeof v === 'string') && levels.includes(v) ? v : undefined;

const FREQUENCIES: readonly number[] = FREQUENCY_LEVELS;
const PULLS: readonly number[] = PULL_LEVELS;

function columnSpecs(): readonly ColumnSpec[] {
  const competencies = COMPETENCIES.flatMap(({ id }): ColumnSpec[] => {
    // "Non concerné·e" rates nothing: its stray ratings stay out, as they do in every mean.
    const rated = (m: GroupMember) => {
      const r = m.responses[id];
      return r?.notConcerned ? undefined : r;
    };
    return [
      { id: `${id}.aisance`, read: (m) => inLevels(AISANCE_LEVELS, rated(m)?.aisance) },
      { id: `${id}.mobilisation`, read: (m) => inLevels(MOBILISATION_LEVELS, rated(m)?.mobilisation) },
      { id: `${id}.acquisition`, read: (m) => inLevels(ACQUISITION_MODES, m.responses[id]?.acquisition) },
    ];
  });
  const statements = [...ACROBAT_STATEMENTS, ...STRATEGIST_STATEMENTS].map(({ id }): ColumnSpec => ({
    id,
    read: (m) => inLevels(FREQUENCIES, m.values[id]),
  }));
  const situations = SITUATIONS.map((s): ColumnSpec => ({
    id: s.id,
    read: (m) => inLevels(s.options, m.values[s.id]),
  }));
  // Whether each move was the person's habit or what the situation called for (`habit`, `situation`).
  const fits = SITUATIONS.map((s): ColumnSpec => {
    const id = situationFitItemId(s.id);
    return { id, read: (m) => inLevels(SITUATION_FITS, m.values[id]) };
  });
  const tensions = TENSION_IDS.map(tensionItemId).map((id): ColumnSpec => ({
    id,
    read: (m) => inLevels(PULLS, m.values[id]),
  }));
  // Which force prevails in each pair: one of the two, or `equilibre`.
  const pairs = TENSION_PAIRS.map((pair): ColumnSpec => {
    const id = tensionPairItemId(pair);
    return { id, read: (m) => inLevels([...pair, BALANCE], m.values[id]) };
  });
  // The split as the person entered it; whether it adds up to 100 is for the reader to see.
  const time = TIME_ITEMS.flatMap((item) =>
    ACTIVITY_IDS.map((activity): ColumnSpec => ({
      id: `${item}.${activity}`,
      read: (m) => {
        const split = m.values[item];
        const v = typeof split === 'object' ? split[activity] : undefined;
        return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
      },
    })),
  );
  return [...competencies, ...statements, ...situations, ...fits, ...tensions, ...pairs, ...time];
}

export function groupCsvColumns(label: (id: string) => string): readonly CsvColumn[] {
  return columnSpecs().map(({ id }) => ({ id, label: label(id) }));
}

// Spreadsheets run a cell that starts with one of these as a formula (OWASP, CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * `;` is what a French spreadsheet splits on by default (the comma is its decimal separator); `,` is
 * RFC 4180's and the English default.
 */
export type CsvSeparator = ';' | ',';

function field(value: Cell, separator: CsvSeparator): string {
  if (value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  const needsQuotes = text.includes(separator) || /["\r\n]/.test(text);
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * The group's answers, one row per member named from `names` (falling back to the alias). One header
 * row: the person column's label, then `label [id]` per column, so the file is readable and keyed.
 * UTF-8 with a BOM and CRLF, fields separated by `separator`.
 */
export function groupCsv(
  members: readonly GroupMember[],
  names: ReadonlyMap<string, string>,
  label: (id: string) => string,
  separator: CsvSeparator = ',',
): string {
  const specs = columnSpecs();
  const header = [label(PERSON_COLUMN), ...specs.map(({ id }) => `${label(id)} [${id}]`)];
  const rows = members.map((m) => [names.get(m.id) ?? m.alias, ...specs.map((s) => s.read(m))]);
  return (
    BOM + [header, ...rows].map((row) => row.map((v) => field(v, separator)).join(separator) + CRLF).join('')
  );
}
