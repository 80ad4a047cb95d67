// Owns the competency grid of the reference: 5 macro-competences × 3 modalities, 32 competences, by stable id.
// Source: Plateforme des métiers du développement territorial, « Référentiels de compétences, cœur de
// métiers », 2005, as reproduced in the ORIV synthesis (2020), p. 19–20. Wording lives in the locale files.

export const MACRO_IDS = ['strategie', 'connaissances', 'aide-decision', 'ingenierie', 'animation'] as const;
export type MacroId = (typeof MACRO_IDS)[number];

export const MODALITY_IDS = ['regulation', 'elargissement', 'prospective'] as const;
export type ModalityId = (typeof MODALITY_IDS)[number];

/** A competence id: `competency.<macro>.<modality>.<name>`. Never derived from a position. */
export type CompetencyId = `competency.${MacroId}.${ModalityId}.${string}`;

export interface Competency {
  readonly id: CompetencyId;
  readonly macro: MacroId;
  readonly modality: ModalityId;
}

// The table as the reference prints it; order here is display order only.
const GRID: Record<MacroId, Record<ModalityId, readonly string[]>> = {
  strategie: {
    regulation: ['mediation', 'negociation'],
    elargissement: ['mediation', 'communication'],
    prospective: ['anticipation', 'prospective', 'positionnement', 'analyse-strategique'],
  },
  connaissances: {
    regulation: ['evaluation', 'capitalisation'],
    elargissement: ['information', 'observation'],
    prospective: ['diagnostic', 'veille'],
  },
  'aide-decision': {
    regulation: ['interface', 'interpellation'],
    elargissement: ['concertation', 'pedagogie'],
    prospective: ['simulation', 'coordination', 'experimentation'],
  },
  ingenierie: {
    regulation: ['ingenierie', 'montage', 'conduite'],
    elargissement: ['participation', 'promotion'],
    prospective: ['conception'],
  },
  animation: {
    regulation: ['gestion-conflit', 'accueil'],
    elargissement: ['mobilisation', 'appropriation'],
    prospective: ['maillage'],
  },
};

export const COMPETENCIES: readonly Competency[] = MACRO_IDS.flatMap((macro) =>
  MODALITY_IDS.flatMap((modality) =>
    GRID[macro][modality].map((name): Competency => ({
      id: `competency.${macro}.${modality}.${name}`,
      macro,
      modality,
    })),
  ),
);

export interface GridCell {
  readonly macro: MacroId;
  readonly modality: ModalityId;
  readonly competencies: readonly Competency[];
}

export const GRID_CELLS: readonly GridCell[] = MACRO_IDS.flatMap((macro) =>
  MODALITY_IDS.map((modality) => ({
    macro,
    modality,
    competencies: COMPETENCIES.filter((c) => c.macro === macro && c.modality === modality),
  })),
);

export function competenciesOf(macro: MacroId): readonly Competency[] {
  return COMPETENCIES.filter((c) => c.macro === macro);
}

export function isMacroId(value: string | undefined): value is MacroId {
  return (MACRO_IDS as readonly string[]).includes(value ?? '');
}

const COMPETENCY_IDS = new Set<string>(COMPETENCIES.map((c) => c.id));
export function isCompetencyId(value: string): value is CompetencyId {
  return COMPETENCY_IDS.has(value);
}
