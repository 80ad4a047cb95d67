// Owns the bibliographic sources the app credits (DOMAIN.md, "Sources to credit inside the app").

export interface Source {
  readonly id: string;
  readonly author: string;
  readonly title: string;
  readonly year: number;
}

export const SOURCES: readonly Source[] = [
  {
    id: 'oriv-2020',
    author: 'ORIV',
    title:
      'Acteurs de la politique de la ville, repensons nos pratiques ! Synthèse des échanges et des apports',
    year: 2020,
  },
  { id: 'irdsu-2017', author: 'IRDSU', title: 'Mon carnet métier', year: 2017 },
  {
    id: 'plateforme-2005',
    author: 'Plateforme des métiers du développement territorial',
    title: 'Référentiels de compétences, cœur de métiers',
    year: 2005,
  },
  {
    id: 'fors-2011',
    author: 'Cabinet FORS Recherche sociale / ACSE',
    title: 'Étude sur l’ingénierie locale de la politique de la ville',
    year: 2011,
  },
];
