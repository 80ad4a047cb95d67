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

/** The three case studies of the synthesis: wording `worksheet.case.<id>`. */
export const CASE_STUDIES = ['feuilleDeRoute', 'isolement', 'transition'] as const;
export type CaseStudy = (typeof CASE_STUDIES)[number];

export interface WorkedExample {
  readonly caseStudy: CaseStudy;
  /** The line of the synthesis where the group wrote it. */
  readonly line: number;
}

/**
 * What the case studies' groups wrote in each field, shown as worked examples: wording
 * `worksheet.example.<field>.<case>`, word for word from the synthesis.
 */
export const WORKED_EXAMPLES: Readonly<Record<WorksheetField, readonly WorkedExample[]>> = {
  sens: [
    { caseStudy: 'feuilleDeRoute', line: 591 },
    { caseStudy: 'isolement', line: 644 },
    { caseStudy: 'transition', line: 712 },
  ],
  role: [
    { caseStudy: 'feuilleDeRoute', line: 600 },
    { caseStudy: 'isolement', line: 668 },
    { caseStudy: 'transition', line: 718 },
  ],
  partenariatsInternes: [
    { caseStudy: 'feuilleDeRoute', line: 606 },
    { caseStudy: 'isolement', line: 680 },
  ],
  partenariatsExternes: [
    { caseStudy: 'feuilleDeRoute', line: 604 },
    { caseStudy: 'transition', line: 728 },
  ],
  calendrier: [
    { caseStudy: 'feuilleDeRoute', line: 612 },
    { caseStudy: 'transition', line: 734 },
  ],
  resultats3Mois: [
    { caseStudy: 'feuilleDeRoute', line: 627 },
    { caseStudy: 'isolement', line: 684 },
    { caseStudy: 'transition', line: 738 },
  ],
  resultats1An: [
    { caseStudy: 'feuilleDeRoute', line: 629 },
    { caseStudy: 'isolement', line: 685 },
  ],
  resultats3Ans: [
    { caseStudy: 'feuilleDeRoute', line: 630 },
    { caseStudy: 'isolement', line: 686 },
    { caseStudy: 'transition', line: 739 },
  ],
  formule: [
    { caseStudy: 'feuilleDeRoute', line: 634 },
    { caseStudy: 'isolement', line: 690 },
    { caseStudy: 'transition', line: 745 },
  ],
};
