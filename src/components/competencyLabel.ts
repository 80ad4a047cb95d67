import { byId } from '../i18n/byId';
// Names a competence for lists outside the grid: "Médiation" appears in two cells, so a label shared
// by two competences gets its modality added, e.g. « Médiation (Régulation) ».
import type { TFunction } from 'i18next';
import { COMPETENCIES, type CompetencyId } from '../domain/content/grid';

// All 32 names, worked out once per translation function (one per language and namespace set): a
// profile names competences hundreds of times, and each would otherwise compare 32 translated labels.
const namesByT = new WeakMap<TFunction, ReadonlyMap<CompetencyId, string>>();

function namesFor(t: TFunction): ReadonlyMap<CompetencyId, string> {
  const cached = namesByT.get(t);
  if (cached) return cached;
  const labels = COMPETENCIES.map((c) => [c, t(($) => byId($, c.id, 'label'), { ns: 'content' })] as const);
  const counts = new Map<string, number>();
  for (const [, label] of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  const names = new Map(
    labels.map(([c, label]) => [
      c.id,
      (counts.get(label) ?? 0) > 1
        ? `${label} (${t(($) => $.modality[c.modality].label, { ns: 'content' })})`
        : label,
    ]),
  );
  // Not kept while the grid's wording is still loading (i18next then answers with the keys).
  if (labels.every(([c, label]) => label !== `${c.id}.label`)) namesByT.set(t, names);
  return names;
}

export function competencyLabel(t: TFunction, id: CompetencyId): string {
  return namesFor(t).get(id) ?? t(($) => byId($, id, 'label'), { ns: 'content' });
}
