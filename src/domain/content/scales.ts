// Owns the answer scales of the competency grid (instrument 1 of the reference). Wording: locale key `scale.<scale>.<value>`.

export const AISANCE_LEVELS = [1, 2, 3, 4] as const;
export type Aisance = (typeof AISANCE_LEVELS)[number];

export const MOBILISATION_LEVELS = [0, 1, 2, 3] as const;
export type Mobilisation = (typeof MOBILISATION_LEVELS)[number];

export const ACQUISITION_MODES = ['formation', 'terrain', 'les-deux', 'pas-encore'] as const;
export type Acquisition = (typeof ACQUISITION_MODES)[number];

/** Levels at or above which a person is "à l'aise" (je maîtrise, je peux transmettre). */
export const AT_EASE_FROM: Aisance = 3;
/** Levels at or above which the post "asks for" a competence (souvent, au cœur de mon poste). */
export const ASKED_FROM: Mobilisation = 2;
