// Owns the roadmap worksheet ("feuille de route"), modelled on the case studies of the reference
// (ORIV 2020, p. 23–29): sense of the action, my role, partnerships, calendar, expected results, a motto.

export const WORKSHEET_FIELDS = [
  'sens',
  'role',
  'partenariatsInternes',
  'partenariatsExternes',
  'calendrier',
  'resultats3Mois',
  'resultats1An',
  'resultats3Ans',
  'formule',
] as const;
export type WorksheetField = (typeof WORKSHEET_FIELDS)[number];

export interface Worksheet {
  readonly id: string;
  title: string;
  fields: Partial<Record<WorksheetField, string>>;
  readonly createdAt: number;
  updatedAt: number;
}
