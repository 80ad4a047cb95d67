// Owns the share code: a profile snapshot as a short URL-safe text (a link or a QR code), and reading one
// back without ever trusting it. The code keys on frozen id tables, never on the current content's order.
import { fromBase64Url, fromHex, toBase64Url, toHex } from './bytes';
import { checksum, deflate, inflate } from './compression';
import type { CompetencyResponse } from '../assessment';
import { cleanName } from '../text';
import { snapshotSchema, type ProfileSnapshot } from './snapshot';

/*
 * Byte layout, code version 3 (the one written): framed as version 2; its payload is the version-1
 * payload with two changes in the bit-packed section:
 *     per situation: 4 bits (0 none, posture index+1 in CODE_V3.postures), whatever options the
 *       content offers (so a code does not change when a situation's options do)
 *     after the tensions: per situation its fit, 2 bits (0 none, index+1 in CODE_V3.fits); then per
 *       pair of forces (CODE_V3.pairs order) 2 bits (0 none, 1 the first force, 2 the second, 3 balance)
 *
 * Byte layout, code version 2 (still read):
 *   [0]  code version: 2 (0 is never written; a larger one comes from a newer app)
 *   [1]  flags, as in version 1
 *   [2…] varint (unsigned LEB128): the byte length of the body
 *        body: the version-1 payload (the CODE_V1 tables), compressed when flag bit0
 *        4 bytes: the first 4 bytes of the SHA-256 of everything before them
 * The whole is written as base64url without padding, in its one canonical spelling (unused low bits of
 * the last character 0). The length tells a cut code ("incomplete") from a damaged one; the checksum
 * refuses a damaged code instead of reading it as another profile (a changed bit, a mistyped
 * character: one random change in 4 billion goes through).
 *
 * Byte layout, code version 1 (frozen: still read, no longer written):
 *   [0]  code version: 1
 *   [1]  flags: bit0 payload deflate-raw compressed, bit1 notes included, bit2 workshopId present;
 *        other bits 0
 *   [2…] payload, compressed when bit0 (kept compressed only when that is shorter)
 * Payload:
 *   id              8 bytes
 *   createdAt       uint32 big-endian, seconds
 *   contentVersion  varint (unsigned LEB128)
 *   alias           varint byte length + UTF-8
 *   workshopId      varint byte length + UTF-8, when flag bit2
 *   bit-packed section, most significant bit first, padded with 0 bits to a whole byte:
 *     per competency (CODE_V1.competencies order): aisance 3 bits (0 none, 1..4),
 *       mobilisation 3 bits (0 none, value+1), acquisition 3 bits (0 none, index+1 in
 *       CODE_V1.acquisitionModes), envie 1 bit, notConcerned 1 bit
 *     per practice statement: 3 bits (0 none, value+1)
 *     per situation: 3 bits (0 none, option index+1)
 *     per tension: 3 bits (0 none, value+1)
 *     time: 2 presence bits (actual, wished), then for each present split 7 bits per activity (0..100)
 *   when flag bit1 (notes): competency notes as entries (varint competency index+1, varint byte length,
 *     UTF-8) in increasing index order, ended by a varint 0; then reflections the same way by
 *     instrument index
 * Nothing follows. A version-1 code is written as base64url without padding.
 */

export const CODE_VERSION = 3;
export const MAX_CODE_CHARS = 8000;
export const MAX_DECODED_BYTES = 64 * 1024;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * The ids a version-1 code can carry, by position. Copied from the content of CONTENT_VERSION 1, never
 * derived from it: new content needs a new code version, and old codes keep reading the same.
 */
export const CODE_V1 = deepFreeze({
  competencies: [
    'competency.strategie.regulation.mediation',
    'competency.strategie.regulation.negociation',
    'competency.strategie.elargissement.mediation',
    'competency.strategie.elargissement.communication',
    'competency.strategie.prospective.anticipation',
    'competency.strategie.prospective.prospective',
    'competency.strategie.prospective.positionnement',
    'competency.strategie.prospective.analyse-strategique',
    'competency.connaissances.regulation.evaluation',
    'competency.connaissances.regulation.capitalisation',
    'competency.connaissances.elargissement.information',
    'competency.connaissances.elargissement.observation',
    'competency.connaissances.prospective.diagnostic',
    'competency.connaissances.prospective.veille',
    'competency.aide-decision.regulation.interface',
    'competency.aide-decision.regulation.interpellation',
    'competency.aide-decision.elargissement.concertation',
    'competency.aide-decision.elargissement.pedagogie',
    'competency.aide-decision.prospective.simulation',
    'competency.aide-decision.prospective.coordination',
    'competency.aide-decision.prospective.experimentation',
    'competency.ingenierie.regulation.ingenierie',
    'competency.ingenierie.regulation.montage',
    'competency.ingenierie.regulation.conduite',
    'competency.ingenierie.elargissement.participation',
    'competency.ingenierie.elargissement.promotion',
    'competency.ingenierie.prospective.conception',
    'competency.animation.regulation.gestion-conflit',
    'competency.animation.regulation.accueil',
    'competency.animation.elargissement.mobilisation',
    'competency.animation.elargissement.appropriation',
    'competency.animation.prospective.maillage',
  ],
  acquisitionModes: ['formation', 'terrain', 'les-deux', 'pas-encore'],
  statements: [
    'acrobat.haut.aide-decision',
    'acrobat.haut.appui',
    'acrobat.haut.rendre-compte',
    'acrobat.avant.objectifs',
    'acrobat.avant.phases',
    'acrobat.avant.societe-civile',
    'acrobat.exterieur.partenaires',
    'acrobat.exterieur.transversalite',
    'acrobat.exterieur.hors-quartier',
    'acrobat.arriere.capitaliser',
    'acrobat.arriere.evaluer',
    'acrobat.cotes.cohesion',
    'acrobat.cotes.contributeurs',
    'acrobat.interieur.recul',
    'acrobat.interieur.ressourcer',
    'acrobat.interieur.pairs',
    'strategist.experimenter.voies-nouvelles',
    'strategist.experimenter.appels-a-projets',
    'strategist.jeux-acteurs.angles-morts',
    'strategist.jeux-acteurs.interets',
    'strategist.officieux.sous-main',
    'strategist.officieux.alliances',
    'strategist.franchir-cadre.pas-interdit',
    'strategist.franchir-cadre.sortir-des-cadres',
  ],
  situations: [
    {
      id: 'situation.nouvelle-equipe-transition',
      options: ['haut', 'avant', 'exterieur', 'experimenter', 'interieur'],
    },
    { id: 'situation.feuille-de-route', options: ['avant', 'haut', 'exterieur', 'arriere', 'jeux-acteurs'] },
    { id: 'situation.sortir-isolement', options: ['exterieur', 'cotes', 'haut', 'officieux', 'arriere'] },
    {
      id: 'situation.recyclerie',
      options: ['exterieur', 'jeux-acteurs', 'experimenter', 'franchir-cadre', 'avant'],
    },
    { id: 'situation.nouvel-elu', options: ['haut', 'jeux-acteurs', 'interieur', 'officieux', 'cotes'] },
    {
      id: 'situation.partenaires-exterieurs',
      options: ['exterieur', 'franchir-cadre', 'officieux', 'haut', 'arriere'],
    },
    {
      id: 'situation.appropriation-services',
      options: ['exterieur', 'cotes', 'haut', 'interieur', 'experimenter'],
    },
    { id: 'situation.legitimite', options: ['interieur', 'exterieur', 'haut', 'arriere', 'avant'] },
    {
      id: 'situation.diagnostic-impose',
      options: ['jeux-acteurs', 'haut', 'avant', 'exterieur', 'officieux'],
    },
  ],
  tensions: ['politique-publique', 'culture-professionnelle', 'cadre-institutionnel', 'public-usagers'],
  activities: [
    'management',
    'reunions-collectivite',
    'reunions-etat',
    'reunions-partenaires',
    'programmation',
    'reporting-elus',
    'reporting-financeurs',
    'etude',
    'associations',
    'concertation',
  ],
  instruments: ['grid', 'acrobat', 'strategist', 'situations', 'tensions', 'time'],
} as const);

/** What a version-3 code adds, copied from CONTENT_VERSION 2 the same way (frozen). */
export const CODE_V3 = deepFreeze({
  postures: [
    'haut',
    'avant',
    'exterieur',
    'arriere',
    'cotes',
    'interieur',
    'experimenter',
    'jeux-acteurs',
    'officieux',
    'franchir-cadre',
  ],
  fits: ['habit', 'situation'],
  pairs: [
    ['politique-publique', 'culture-professionnelle'],
    ['politique-publique', 'cadre-institutionnel'],
    ['politique-publique', 'public-usagers'],
    ['culture-professionnelle', 'cadre-institutionnel'],
    ['culture-professionnelle', 'public-usagers'],
    ['cadre-institutionnel', 'public-usagers'],
  ],
  balance: 'equilibre',
} as const);

const pairKeyOf = ([a, b]: readonly [string, string]) => `${a}.${b}`;

const FLAG_COMPRESSED = 1;
const FLAG_NOTES = 2;
const FLAG_WORKSHOP = 4;
const KNOWN_FLAGS = FLAG_COMPRESSED | FLAG_NOTES | FLAG_WORKSHOP;
const ID_BYTES = 8;
const CHECKSUM_BYTES = 4;
const PERCENT_BITS = 7;
const SPLITS = ['actual', 'wished'] as const;

// ——— Writing ———

class ByteWriter {
  private readonly out: number[] = [];
  private bitAcc = 0;
  private bitCount = 0;

  byte(b: number): void {
    this.out.push(b & 0xff);
  }
  bytes(bs: Uint8Array): void {
    for (const b of bs) this.out.push(b);
  }
  uint32(v: number): void {
    this.bytes(Uint8Array.of(v >>> 24, v >>> 16, v >>> 8, v));
  }
  varint(v: number): void {
    let rest = v;
    while (rest >= 0x80) {
      this.out.push((rest % 0x80) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.out.push(rest);
  }
  text(s: string): void {
    const bs = new TextEncoder().encode(s);
    this.varint(bs.length);
    this.bytes(bs);
  }
  bits(v: number, n: number): void {
    for (let i = n - 1; i >= 0; i--) {
      this.bitAcc = (this.bitAcc << 1) | ((v >>> i) & 1);
      if (++this.bitCount === 8) this.flushBits();
    }
  }
  /** Ends a bit-packed section: pads with 0 bits to a whole byte. */
  alignBits(): void {
    if (this.bitCount > 0) {
      this.bitAcc <<= 8 - this.bitCount;
      this.flushBits();
    }
  }
  result(): Uint8Array<ArrayBuffer> {
    return Uint8Array.from(this.out);
  }
  private flushBits(): void {
    this.out.push(this.bitAcc);
    this.bitAcc = 0;
    this.bitCount = 0;
  }
}

const indexIn = (table: readonly string[], value: string | undefined) =>
  value === undefined ? -1 : table.indexOf(value);

function writePayload(s: ProfileSnapshot): Uint8Array<ArrayBuffer> {
  const w = new ByteWriter();
  w.bytes(fromHex(s.id));
  w.uint32(s.createdAt / 1000);
  w.varint(s.contentVersion);
  w.text(s.alias);
  if (s.workshopId !== undefined) w.text(s.workshopId);

  for (const id of CODE_V1.competencies) {
    const r: CompetencyResponse = s.competencies[id] ?? {};
    w.bits(r.aisance ?? 0, 3);
    w.bits(r.mobilisation === undefined ? 0 : r.mobilisation + 1, 3);
    w.bits(indexIn(CODE_V1.acquisitionModes, r.acquisition) + 1, 3);
    w.bits(r.envie === true ? 1 : 0, 1);
    w.bits(r.notConcerned === true ? 1 : 0, 1);
  }
  for (const id of CODE_V1.statements) w.bits((s.practice[id] ?? -1) + 1, 3);
  for (const { id } of CODE_V1.situations) w.bits(indexIn(CODE_V3.postures, s.situations[id]) + 1, 4);
  for (const id of CODE_V1.tensions) w.bits((s.tensions[id] ?? -1) + 1, 3);
  for (const { id } of CODE_V1.situations) w.bits(indexIn(CODE_V3.fits, s.situationFits?.[id]) + 1, 2);
  for (const pair of CODE_V3.pairs) {
    const outcome = s.tensionPairs?.[pairKeyOf(pair)];
    w.bits(outcome === CODE_V3.balance ? 3 : indexIn(pair, outcome) + 1, 2);
  }
  for (const split of SPLITS) w.bits(s.time[split] ? 1 : 0, 1);
  for (const split of SPLITS) {
    const values = s.time[split];
    if (values) for (const id of CODE_V1.activities) w.bits(values[id] ?? 0, PERCENT_BITS);
  }
  w.alignBits();

  if (s.reflections !== undefined) {
    const writeTexts = (table: readonly string[], texts: Readonly<Record<string, string | undefined>>) => {
      table.forEach((id, i) => {
        const t = texts[id];
        if (t === undefined) return;
        w.varint(i + 1);
        w.text(t);
      });
      w.varint(0);
    };
    writeTexts(
      CODE_V1.competencies,
      Object.fromEntries(Object.entries(s.competencies).map(([id, r]) => [id, r.note])),
    );
    writeTexts(CODE_V1.instruments, s.reflections);
  }
  return w.result();
}

/** Every id of the snapshot has a place in the code's tables (true of all current content). */
function fitsTables(s: ProfileSnapshot): boolean {
  const within = (record: object, table: readonly string[]) =>
    Object.keys(record).every((k) => table.includes(k));
  const situationIds = CODE_V1.situations.map((x) => x.id);
  return (
    within(s.competencies, CODE_V1.competencies) &&
    within(s.practice, CODE_V1.statements) &&
    within(s.situations, situationIds) &&
    Object.values(s.situations).every((p) => (CODE_V3.postures as readonly string[]).includes(p)) &&
    within(s.situationFits ?? {}, situationIds) &&
    Object.values(s.situationFits ?? {}).every((f) => (CODE_V3.fits as readonly string[]).includes(f)) &&
    within(s.tensionPairs ?? {}, CODE_V3.pairs.map(pairKeyOf)) &&
    within(s.tensions, CODE_V1.tensions) &&
    SPLITS.every((split) => within(s.time[split] ?? {}, CODE_V1.activities)) &&
    within(s.reflections ?? {}, CODE_V1.instruments)
  );
}

/** The snapshot is valid but its code would be longer than decodeShareCode accepts (long notes). */
export class ShareCodeTooLongError extends RangeError {
  constructor(readonly codeLength: number) {
    super(`share code too long: ${codeLength} characters, or over ${MAX_DECODED_BYTES} bytes unpacked`);
    this.name = 'ShareCodeTooLongError';
  }
}

/**
 * The share code of a snapshot. Rejects with a TypeError a snapshot that snapshotSchema refuses or that
 * holds an id a version-1 code cannot carry (build snapshots with buildSnapshot), and with a
 * ShareCodeTooLongError one whose code would exceed MAX_CODE_CHARS: offer the file instead.
 */
export async function encodeShareCode(s: ProfileSnapshot): Promise<string> {
  if (!snapshotSchema.safeParse(s).success || !fitsTables(s)) {
    throw new TypeError('encodeShareCode: not a valid snapshot for this code version');
  }
  const payload = writePayload(s);
  const compressed = await deflate(payload);
  const useCompressed = compressed !== null && compressed.length < payload.length;
  const flags =
    (useCompressed ? FLAG_COMPRESSED : 0) |
    (s.reflections !== undefined ? FLAG_NOTES : 0) |
    (s.workshopId !== undefined ? FLAG_WORKSHOP : 0);
  const w = new ByteWriter();
  w.byte(CODE_VERSION);
  w.byte(flags);
  const body = useCompressed ? compressed : payload;
  w.varint(body.length);
  w.bytes(body);
  const framed = w.result();
  const bytes = new Uint8Array(framed.length + CHECKSUM_BYTES);
  bytes.set(framed);
  bytes.set(await checksum(framed, CHECKSUM_BYTES), framed.length);
  const code = toBase64Url(bytes);
  // Long notes can make a snapshot too large for a code the decoder accepts: the file is the way then.
  if (code.length > MAX_CODE_CHARS || payload.length > MAX_DECODED_BYTES)
    throw new ShareCodeTooLongError(code.length);
  return code;
}

// ——— Reading ———

export type ShareCodeError = {
  kind: 'empty' | 'too-long' | 'not-base64' | 'truncated' | 'future-version' | 'corrupt' | 'invalid';
};
export type DecodeShareCodeResult =
  { ok: true; snapshot: ProfileSnapshot } | { ok: false; error: ShareCodeError };

class Truncated extends Error {}
class Corrupt extends Error {}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

class ByteReader {
  private pos = 0;
  private bitAcc = 0;
  private bitCount = 0;

  constructor(private readonly data: Uint8Array) {}

  get atEnd(): boolean {
    return this.pos === this.data.length;
  }
  get position(): number {
    return this.pos;
  }
  byte(): number {
    const b = this.data[this.pos];
    if (b === undefined) throw new Truncated();
    this.pos++;
    return b;
  }
  bytes(n: number): Uint8Array {
    if (this.pos + n > this.data.length) throw new Truncated();
    const out = this.data.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  uint32(): number {
    return ((this.byte() << 24) | (this.byte() << 16) | (this.byte() << 8) | this.byte()) >>> 0;
  }
  /** Unsigned LEB128 below 2^32, in its shortest spelling. */
  varint(): number {
    let value = 0;
    for (let i = 0, scale = 1; i < 5; i++, scale *= 0x80) {
      const b = this.byte();
      value += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) {
        if (i > 0 && b === 0) throw new Corrupt();
        if (value > 0xffff_ffff) throw new Corrupt();
        return value;
      }
    }
    throw new Corrupt();
  }
  text(): string {
    const bs = this.bytes(this.varint());
    try {
      return UTF8.decode(bs);
    } catch {
      throw new Corrupt();
    }
  }
  bits(n: number): number {
    let v = 0;
    for (let i = 0; i < n; i++) {
      if (this.bitCount === 0) {
        this.bitAcc = this.byte();
        this.bitCount = 8;
      }
      this.bitCount--;
      v = (v << 1) | ((this.bitAcc >>> this.bitCount) & 1);
    }
    return v;
  }
  /** Ends a bit-packed section: the padding bits must be 0. */
  alignBits(): void {
    if (this.bitAcc & ((1 << this.bitCount) - 1)) throw new Corrupt();
    this.bitCount = 0;
  }
}

/** A value written as `index + 1` (0 for none), looked up in `table`; beyond it is corrupt. */
function lookup<T>(table: readonly T[], code: number): T | undefined {
  if (code === 0) return undefined;
  const v = table[code - 1];
  if (v === undefined) throw new Corrupt();
  return v;
}

const FREQUENCIES = [0, 1, 2, 3, 4] as const;
const AISANCES = [1, 2, 3, 4] as const;
const MOBILISATIONS = [0, 1, 2, 3] as const;

function readPayload(r: ByteReader, flags: number, version: number): ProfileSnapshot {
  const id = toHex(r.bytes(ID_BYTES));
  const createdAt = r.uint32() * 1000;
  const contentVersion = r.varint();
  // Whatever app wrote the code, its alias is shown without control or invisible characters.
  const alias = cleanName(r.text());
  const workshopId = flags & FLAG_WORKSHOP ? r.text() : undefined;

  const competencies: Record<string, CompetencyResponse> = {};
  for (const cid of CODE_V1.competencies) {
    const response: CompetencyResponse = {};
    const aisance = lookup(AISANCES, r.bits(3));
    const mobilisation = lookup(MOBILISATIONS, r.bits(3));
    const acquisition = lookup(CODE_V1.acquisitionModes, r.bits(3));
    if (aisance !== undefined) response.aisance = aisance;
    if (mobilisation !== undefined) response.mobilisation = mobilisation;
    if (acquisition !== undefined) response.acquisition = acquisition;
    if (r.bits(1)) response.envie = true;
    if (r.bits(1)) response.notConcerned = true;
    if (Object.keys(response).length > 0) competencies[cid] = response;
  }
  const readFrequencies = (table: readonly string[]) => {
    const out: Record<string, number> = {};
    for (const key of table) {
      const v = lookup(FREQUENCIES, r.bits(3));
      if (v !== undefined) out[key] = v;
    }
    return out;
  };
  const practice = readFrequencies(CODE_V1.statements);
  const situations: Record<string, string> = {};
  for (const { id: sid, options } of CODE_V1.situations) {
    // Before version 3, the option's index among that situation's version-1 options.
    const v = version < 3 ? lookup(options, r.bits(3)) : lookup(CODE_V3.postures, r.bits(4));
    if (v !== undefined) situations[sid] = v;
  }
  const tensions = readFrequencies(CODE_V1.tensions);
  const situationFits: Record<string, string> = {};
  const tensionPairs: Record<string, string> = {};
  if (version >= 3) {
    for (const { id: sid } of CODE_V1.situations) {
      const fit = lookup(CODE_V3.fits, r.bits(2));
      if (fit !== undefined) situationFits[sid] = fit;
    }
    for (const pair of CODE_V3.pairs) {
      const outcome = lookup([...pair, CODE_V3.balance], r.bits(2));
      if (outcome !== undefined) tensionPairs[pairKeyOf(pair)] = outcome;
    }
  }
  const present = SPLITS.map(() => r.bits(1) === 1);
  const time: { actual?: Record<string, number>; wished?: Record<string, number> } = {};
  SPLITS.forEach((split, i) => {
    if (!present[i]) return;
    const values: Record<string, number> = {};
    for (const aid of CODE_V1.activities) {
      const v = r.bits(PERCENT_BITS);
      if (v > 100) throw new Corrupt();
      values[aid] = v;
    }
    time[split] = values;
  });
  r.alignBits();

  let reflections: Record<string, string> | undefined;
  if (flags & FLAG_NOTES) {
    const readTexts = (table: readonly string[], onText: (id: string, text: string) => void) => {
      let last = 0;
      for (let code = r.varint(); code !== 0; code = r.varint()) {
        // Increasing indexes: one spelling per snapshot, and no entry given twice.
        if (code <= last) throw new Corrupt();
        last = code;
        const key = lookup(table, code);
        if (key === undefined) throw new Corrupt();
        onText(key, r.text());
      }
    };
    readTexts(CODE_V1.competencies, (cid, note) => {
      competencies[cid] = { ...competencies[cid], note };
    });
    const texts: Record<string, string> = {};
    readTexts(CODE_V1.instruments, (instrument, text) => {
      texts[instrument] = text;
    });
    reflections = texts;
  }
  if (!r.atEnd) throw new Corrupt();

  return {
    version: 1,
    id,
    alias,
    createdAt,
    contentVersion,
    ...(workshopId !== undefined ? { workshopId } : {}),
    competencies,
    practice,
    situations,
    ...(Object.keys(situationFits).length > 0 ? { situationFits } : {}),
    tensions,
    ...(Object.keys(tensionPairs).length > 0 ? { tensionPairs } : {}),
    time,
    ...(reflections !== undefined ? { reflections } : {}),
  };
}

const fail = (kind: ShareCodeError['kind']): DecodeShareCodeResult => ({ ok: false, error: { kind } });

// Room for an origin and a path around the code when a whole link is pasted.
const MAX_LINK_OVERHEAD = 2048;
/** The longest text worth reading as a code or a link: a paste field need hold no more. */
export const MAX_PASTE_CHARS = MAX_CODE_CHARS + MAX_LINK_OVERHEAD;

/** The code inside a pasted text: a bare code, or a link whose fragment holds it (`#p=…`, or `#…`). */
function extractCode(input: string): string {
  const text = input.replace(/\s+/g, '');
  const marked = text.indexOf('#p=');
  if (marked >= 0) return text.slice(marked + 3);
  const hash = text.indexOf('#');
  return hash >= 0 ? text.slice(hash + 1) : text;
}

/**
 * Reads a share code, or a whole link holding one. Never throws: every failure is a ShareCodeError the
 * UI can word, and a returned snapshot always satisfies snapshotSchema.
 */
export async function decodeShareCode(code: string): Promise<DecodeShareCodeResult> {
  try {
    return await decode(code);
  } catch {
    return fail('corrupt');
  }
}

async function decode(input: unknown): Promise<DecodeShareCodeResult> {
  if (typeof input !== 'string') return fail('empty');
  // Sizes are checked before any decoding, so a huge paste costs nothing.
  if (input.length > MAX_PASTE_CHARS) return fail('too-long');
  const code = extractCode(input);
  if (code === '') return fail('empty');
  if (code.length > MAX_CODE_CHARS) return fail('too-long');
  const bytes = fromBase64Url(code);
  if (bytes === 'not-base64') return fail('not-base64');
  // A cut code may end on a character that cannot end a base64 text: it is still a cut code.
  if (bytes === 'truncated') return fail('truncated');

  const version = bytes[0];
  if (version === undefined) return fail('truncated');
  if (version === 0) return fail('corrupt');
  if (version > CODE_VERSION) return fail('future-version');
  const flags = bytes[1];
  if (flags === undefined) return fail('truncated');
  if (flags & ~KNOWN_FLAGS) return fail('corrupt');

  let payload: Uint8Array;
  if (version === 1) {
    payload = bytes.subarray(2);
  } else {
    const body = await checkedBody(bytes, code);
    if (typeof body === 'string') return fail(body);
    payload = body;
  }
  if (flags & FLAG_COMPRESSED) {
    const inflated = await inflate(payload, MAX_DECODED_BYTES);
    if (typeof inflated === 'string') return fail(inflated);
    payload = inflated;
  } else if (payload.length > MAX_DECODED_BYTES) {
    return fail('corrupt');
  }

  let snapshot: ProfileSnapshot;
  try {
    snapshot = readPayload(new ByteReader(payload), flags, version);
  } catch (e) {
    return fail(e instanceof Truncated ? 'truncated' : 'corrupt');
  }
  const checked = snapshotSchema.safeParse(snapshot);
  return checked.success ? { ok: true, snapshot: checked.data } : fail('invalid');
}

/** The body of a version-2 code, once its length, spelling and checksum are right. */
async function checkedBody(
  bytes: Uint8Array<ArrayBuffer>,
  code: string,
): Promise<Uint8Array | 'truncated' | 'corrupt'> {
  const frame = new ByteReader(bytes.subarray(2));
  let length: number;
  try {
    length = frame.varint();
  } catch (e) {
    return e instanceof Truncated ? 'truncated' : 'corrupt';
  }
  const start = 2 + frame.position;
  const end = start + length;
  if (bytes.length < end + CHECKSUM_BYTES) return 'truncated';
  if (bytes.length > end + CHECKSUM_BYTES) return 'corrupt';
  if (toBase64Url(bytes) !== code) return 'corrupt';
  const expected = await checksum(bytes.subarray(0, end), CHECKSUM_BYTES);
  if (expected.some((b, i) => b !== bytes[end + i])) return 'corrupt';
  return bytes.subarray(start, end);
}
