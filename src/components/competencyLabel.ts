// Names a competence for lists outside the grid: "Médiation" appears in two cells, so a label shared
// by two competences gets its modality added, e.g. « Médiation (Régulation) ».
import type { TFunction } from 'i18next';
import { COMPETENCIES, type CompetencyId } from '../domain/content/grid';

export function competencyLabel(t: TFunction, id: CompetencyId): string {
  const label = t(`${id}.label`, { ns: 'content' });
  const self = COMPETENCIES.find((c) => c.id === id);
  const shared = COMPETENCIES.some((c) => c.id !== id && t(`${c.id}.label`, { ns: 'content' }) === label);
  if (!self || !shared) return label;
  return `${label} (${t(`modality.${self.modality}.label`, { ns: 'content' })})`;
}
