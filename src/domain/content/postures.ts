// Owns the posture instruments of the reference (instruments 2 to 6 of the reference): the acrobat's six
// directions, the strategist's four traits, the situations, the four tensions and the FORS activities.
// Sources: IRDSU, « Mon carnet métier », 2017 (acrobate, stratège, tensions); ORIV synthesis 2020
// (situations: case studies p. 23–29, pro-action café p. 12–13); FORS / ACSE 2011 (working time).
// Wording lives in the locale files (content.json), keyed by these ids.

export const DIRECTION_IDS = ['haut', 'avant', 'exterieur', 'arriere', 'cotes', 'interieur'] as const;
export type DirectionId = (typeof DIRECTION_IDS)[number];

export const TRAIT_IDS = ['experimenter', 'jeux-acteurs', 'officieux', 'franchir-cadre'] as const;
export type TraitId = (typeof TRAIT_IDS)[number];

/** A posture is an acrobat direction or a strategist move: what a situation's options map to. */
export type PostureId = DirectionId | TraitId;
export const POSTURE_IDS: readonly PostureId[] = [...DIRECTION_IDS, ...TRAIT_IDS];

export type PracticeStatementId = `acrobat.${DirectionId}.${string}` | `strategist.${TraitId}.${string}`;

export interface PracticeStatement {
  readonly id: PracticeStatementId;
  /** The direction or trait the statement measures. */
  readonly dimension: PostureId;
}

const ACROBAT: Record<DirectionId, readonly string[]> = {
  haut: ['aide-decision', 'appui', 'rendre-compte'],
  avant: ['objectifs', 'phases', 'societe-civile'],
  exterieur: ['partenaires', 'transversalite', 'hors-quartier'],
  arriere: ['capitaliser', 'evaluer'],
  cotes: ['cohesion', 'contributeurs'],
  interieur: ['recul', 'ressourcer', 'pairs'],
};

const STRATEGIST: Record<TraitId, readonly string[]> = {
  experimenter: ['voies-nouvelles', 'appels-a-projets'],
  'jeux-acteurs': ['angles-morts', 'interets'],
  officieux: ['sous-main', 'alliances'],
  'franchir-cadre': ['pas-interdit', 'sortir-des-cadres'],
};

export const ACROBAT_STATEMENTS: readonly PracticeStatement[] = DIRECTION_IDS.flatMap((d) =>
  ACROBAT[d].map((name): PracticeStatement => ({ id: `acrobat.${d}.${name}`, dimension: d })),
);

export const STRATEGIST_STATEMENTS: readonly PracticeStatement[] = TRAIT_IDS.flatMap((t) =>
  STRATEGIST[t].map((name): PracticeStatement => ({ id: `strategist.${t}.${name}`, dimension: t })),
);

/** How often: jamais … très souvent. Wording: `scale.frequency.<value>`. */
export const FREQUENCY_LEVELS = [0, 1, 2, 3, 4] as const;
export type Frequency = (typeof FREQUENCY_LEVELS)[number];

export type SituationId = `situation.${string}`;

export interface Situation {
  readonly id: SituationId;
  /** The postures its options map to; option wording: `<situation id>.options.<posture id>`. */
  readonly options: readonly PostureId[];
}

/**
 * Every posture is offered in exactly five situations, and as often among the six-option situations
 * (three times) as among the five-option ones (twice): someone choosing at random, or always the first
 * option shown, has the same expected choice rate for every posture (balance tested in postures.test.ts).
 * Options are shown in an order shuffled per bilan (optionOrder.ts).
 */
export const SITUATIONS: readonly Situation[] = [
  {
    id: 'situation.nouvelle-equipe-transition',
    options: ['haut', 'avant', 'experimenter', 'interieur', 'arriere', 'cotes'],
  },
  {
    id: 'situation.feuille-de-route',
    options: ['avant', 'haut', 'exterieur', 'arriere', 'jeux-acteurs', 'cotes'],
  },
  {
    id: 'situation.sortir-isolement',
    options: ['haut', 'exterieur', 'cotes', 'experimenter', 'jeux-acteurs'],
  },
  {
    id: 'situation.recyclerie',
    options: ['exterieur', 'jeux-acteurs', 'experimenter', 'franchir-cadre', 'avant', 'officieux'],
  },
  { id: 'situation.nouvel-elu', options: ['haut', 'jeux-acteurs', 'interieur', 'officieux', 'cotes'] },
  {
    id: 'situation.partenaires-exterieurs',
    options: ['exterieur', 'franchir-cadre', 'officieux', 'arriere', 'interieur', 'experimenter'],
  },
  {
    id: 'situation.appropriation-services',
    options: ['arriere', 'avant', 'officieux', 'experimenter', 'franchir-cadre'],
  },
  { id: 'situation.legitimite', options: ['interieur', 'exterieur', 'arriere', 'avant', 'franchir-cadre'] },
  {
    id: 'situation.diagnostic-impose',
    options: ['jeux-acteurs', 'haut', 'officieux', 'franchir-cadre', 'interieur', 'cotes'],
  },
];

/**
 * What the person says of the move they chose in a situation: their usual reflex, or what this
 * situation calls for (the source: « l'adaptation au rôle devrait être la plus reliée possible à la
 * situation »). Wording: `posture.fit.<value>`.
 */
export const SITUATION_FITS = ['habit', 'situation'] as const;
export type SituationFit = (typeof SITUATION_FITS)[number];

/** A stored fit answer, when it is one of SITUATION_FITS; anything else is no answer. */
export function situationFit(value: unknown): SituationFit | undefined {
  return (SITUATION_FITS as readonly unknown[]).includes(value) ? (value as SituationFit) : undefined;
}

export const TENSION_IDS = [
  'politique-publique',
  'culture-professionnelle',
  'cadre-institutionnel',
  'public-usagers',
] as const;
export type TensionId = (typeof TENSION_IDS)[number];

/** How strongly a force pulls now: pas du tout … très fortement. Wording: `scale.pull.<value>`. */
export const PULL_LEVELS = [0, 1, 2, 3, 4] as const;
export type Pull = (typeof PULL_LEVELS)[number];

/** Two forces that can pull apart: every pair of the four, each once, in TENSION_IDS order. */
export type TensionPair = readonly [TensionId, TensionId];
export const TENSION_PAIRS: readonly TensionPair[] = TENSION_IDS.flatMap((a, i) =>
  TENSION_IDS.slice(i + 1).map((b): TensionPair => [a, b]),
);

/** Which force prevails when a pair pulls apart: one of the two, or the person holds the balance. */
export const BALANCE = 'equilibre' as const;
export type PairOutcome = TensionId | typeof BALANCE;

/** A pair's key in a snapshot and in its item id: `politique-publique.cadre-institutionnel`. */
export function pairKey([a, b]: TensionPair): string {
  return `${a}.${b}`;
}

/** A stored pair answer, when it is one of the pair or the balance; anything else is no answer. */
export function pairOutcome(pair: TensionPair, value: unknown): PairOutcome | undefined {
  return value === pair[0] || value === pair[1] || value === BALANCE ? (value as PairOutcome) : undefined;
}

/** The ten activities of the FORS study (ACSE, 2011), in the study's order. */
export const ACTIVITY_IDS = [
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
] as const;
export type ActivityId = (typeof ACTIVITY_IDS)[number];

/** The activities the study counts as meetings, and the share it found (about 30 % of working time). */
export const MEETING_ACTIVITIES: readonly ActivityId[] = [
  'reunions-collectivite',
  'reunions-etat',
  'reunions-partenaires',
];
export const FORS_MEETING_SHARE = 30;

export const INSTRUMENT_IDS = ['grid', 'acrobat', 'strategist', 'situations', 'tensions', 'time'] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

/**
 * Questionnaires offered beside the six, never counted in a bilan's progress nor asked by a workshop:
 * the « savoir-être » (content/savoirEtre.ts). Kept in backups, not in shared profiles.
 */
export const OPTIONAL_INSTRUMENT_IDS = ['savoir-etre'] as const;
export type OptionalInstrumentId = (typeof OPTIONAL_INSTRUMENT_IDS)[number];
/** Any questionnaire of a bilan: the six instruments and the optional ones. */
export type QuestionnaireId = InstrumentId | OptionalInstrumentId;
