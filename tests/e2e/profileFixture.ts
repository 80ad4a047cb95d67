// A fully answered bilan as a backup file, for the profile's end-to-end tests: every competence rated
// (cycling through both scales, so all four quadrants hold some), every posture instrument answered.
import { COMPETENCIES } from '../../src/domain/content/grid';
import {
  ACROBAT_STATEMENTS,
  ACTIVITY_IDS,
  SITUATIONS,
  STRATEGIST_STATEMENTS,
  TENSION_IDS,
} from '../../src/domain/content/postures';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../src/domain/exchange/backup';
import { tensionItemId, TIME_ITEMS } from '../../src/domain/progress';

export const ID = 'bilan-calques';
export const NAME = 'Bilan de printemps 2026';
const AT = Date.UTC(2026, 3, 1, 9, 0, 0);

/** The competence a plan item is about, when `reviewOn` asks for one. */
export const PLANNED = 'competency.strategie.regulation.negociation';

/** `reviewOn` (`YYYY-MM-DD`) adds one plan item, about PLANNED, to review on that day. */
export function backupFile({ reviewOn }: { readonly reviewOn?: string } = {}): string {
  const row = { assessmentId: ID, contentVersion: 1, updatedAt: AT };
  // Every competence rated, cycling through both scales so all four quadrants hold some.
  const competencyAnswers = COMPETENCIES.map((c, i) => ({
    ...row,
    itemId: c.id,
    aisance: ((i % 4) + 1) as 1 | 2 | 3 | 4,
    mobilisation: (Math.floor(i / 4) % 4) as 0 | 1 | 2 | 3,
    ...(i % 5 === 0 ? { envie: true } : {}),
    acquisition: 'terrain',
  }));
  const split = Object.fromEntries(
    ACTIVITY_IDS.map((a, i) => [a, i === 0 ? 100 - 10 * (ACTIVITY_IDS.length - 1) : 10]),
  );
  const postureAnswers = [
    ...ACROBAT_STATEMENTS.map((s, i) => ({ ...row, itemId: s.id, value: (i * 3) % 5 })),
    ...STRATEGIST_STATEMENTS.map((s, i) => ({ ...row, itemId: s.id, value: (i * 2) % 5 })),
    ...SITUATIONS.map((s) => ({ ...row, itemId: s.id, value: s.options[0] ?? '' })),
    ...TENSION_IDS.map((t, i) => ({ ...row, itemId: tensionItemId(t), value: i })),
    ...TIME_ITEMS.map((id) => ({ ...row, itemId: id, value: split })),
  ];
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(AT).toISOString(),
    contentVersion: 1,
    assessments: [
      {
        id: ID,
        name: NAME,
        createdAt: AT,
        updatedAt: AT,
        competencyAnswers,
        postureAnswers,
        planItems: reviewOn
          ? [
              {
                id: 'plan-negociation',
                assessmentId: ID,
                targetId: PLANNED,
                why: '',
                how: [],
                withWhom: '',
                reviewOn,
                createdAt: AT,
                updatedAt: AT,
              },
            ]
          : [],
      },
    ],
    worksheets: [],
    groups: [],
    workshops: [],
    reperes: [],
  });
}
