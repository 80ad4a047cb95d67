// Owns the posture instruments of the reference (DOMAIN.md, instruments 2 to 6): the acrobat's six
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

export const SITUATIONS: readonly Situation[] = [
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
  { id: 'situation.diagnostic-impose', options: ['jeux-acteurs', 'haut', 'avant', 'exterieur', 'officieux'] },
];

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
