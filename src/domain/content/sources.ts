// Owns what the app credits: the works and the people its content comes from, and the quotations it
// shows, each placed at its line in the synthesis kept in docs/reference/oriv-2020-synthese.txt.
// A quotation's French wording is `quotes.<id>` in the pages locale; sources.test.ts checks that it is
// found there, word for word, any cut marked « […] ».

export const SOURCE_IDS = [
  'oriv-2020',
  'carbasse-2020',
  'irdsu-2017',
  'plateforme-2005',
  'fors-2011',
  'deis-2021',
  'epstein',
  'muller',
  'jeannot-2005',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export interface Source {
  readonly id: SourceId;
  readonly author: string;
  readonly title: string;
  /** Absent when the synthesis gives none. */
  readonly year?: number;
  /** The line of the synthesis that names the work or its author. */
  readonly line: number;
}

/** What each source gives the app: wording in `about.credit.<id>`. */
export const SOURCES: readonly Source[] = [
  {
    id: 'oriv-2020',
    author: 'ORIV, synthèse rédigée par Caroline Oberlin',
    title:
      'Acteurs de la politique de la ville, repensons nos pratiques ! Synthèse des échanges et des apports',
    year: 2020,
    line: 40,
  },
  {
    id: 'carbasse-2020',
    author: 'Philippe Carbasse, Carrefour des métiers du développement territorial',
    title: 'Éléments de repères',
    year: 2020,
    line: 149,
  },
  { id: 'irdsu-2017', author: 'IRDSU', title: 'Mon carnet métier', year: 2017, line: 386 },
  {
    id: 'plateforme-2005',
    author: 'Plateforme des métiers du développement territorial',
    title: 'Référentiels de compétences, cœur de métiers',
    year: 2005,
    line: 528,
  },
  {
    id: 'fors-2011',
    author: 'Cabinet FORS Recherche sociale / ACSE',
    title: 'Étude sur l’ingénierie locale de la politique de la ville',
    year: 2011,
    line: 221,
  },
  {
    id: 'deis-2021',
    author: 'Plateforme des métiers, étude de terrain DEIS',
    title: 'Les Relations Emploi - Formation dans le champ du Développement Territorial',
    year: 2021,
    line: 554,
  },
  {
    id: 'epstein',
    author: 'Renaud Epstein',
    title: 'Référentiel « politique de la ville »',
    line: 198,
  },
  {
    id: 'muller',
    author: 'P. Muller',
    title: 'Sociologie politique de l’action publique / Référentiel',
    line: 188,
  },
  {
    id: 'jeannot-2005',
    author: 'Gilles Jeannot',
    title: 'Les métiers flous, travail et action publique',
    year: 2005,
    line: 272,
  },
];

/** Who speaks in a quotation: wording in `quoteVoice.<voice>`. */
export type QuoteVoice = 'participants' | 'carbasse' | 'synthese';

export interface Quotation {
  readonly id: string;
  readonly voice: QuoteVoice;
  /** The line of the synthesis where the quoted words are. */
  readonly line: number;
}

const quotations = [
  { id: 'acrobatTogether', voice: 'participants', line: 375 },
  { id: 'acrobatPriorities', voice: 'participants', line: 376 },
  { id: 'acrobatConspirator', voice: 'participants', line: 377 },
  { id: 'acrobatStrategies', voice: 'participants', line: 378 },
  { id: 'expertCreativity', voice: 'participants', line: 509 },
  { id: 'expertJargon', voice: 'participants', line: 510 },
  { id: 'reflectivePractitioner', voice: 'carbasse', line: 535 },
  { id: 'doubleCapacity', voice: 'carbasse', line: 537 },
  { id: 'partOfEquation', voice: 'carbasse', line: 544 },
  { id: 'acquisition', voice: 'carbasse', line: 550 },
  { id: 'organisation', voice: 'carbasse', line: 570 },
  { id: 'sharedResponsibility', voice: 'carbasse', line: 571 },
  { id: 'selfCensorship', voice: 'participants', line: 577 },
  { id: 'collectiveGood', voice: 'participants', line: 578 },
  { id: 'rightToEnjoy', voice: 'participants', line: 579 },
  { id: 'enjoyIt', voice: 'participants', line: 579 },
  { id: 'notAsked', voice: 'participants', line: 460 },
  { id: 'relationalTraining', voice: 'carbasse', line: 562 },
  { id: 'flourish', voice: 'synthese', line: 824 },
  { id: 'professionalSpaces', voice: 'carbasse', line: 275 },
  { id: 'roadmapSupport', voice: 'carbasse', line: 281 },
  { id: 'idealTypes', voice: 'carbasse', line: 206 },
  { id: 'mullerNorms', voice: 'carbasse', line: 196 },
] as const satisfies readonly Quotation[];

export type QuotationId = (typeof quotations)[number]['id'];
export const QUOTATIONS: readonly (Quotation & { readonly id: QuotationId })[] = quotations;

export function quotation(id: QuotationId): Quotation {
  // Every QuotationId is in the list by construction.
  return QUOTATIONS.find((q) => q.id === id)!;
}
