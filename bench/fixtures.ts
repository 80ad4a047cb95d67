// Benchmark data shared by the Node half (bench/*.bench.test.ts) and the browser harness (bench/harness):
// complete bilans built from the app's own content ids, so they stay complete when content is added.
// Pure TypeScript on purpose: the harness bundles it for the browser.
import { COMPETENCIES } from '../src/domain/content/grid';
import {
  ACROBAT_STATEMENTS,
  ACTIVITY_IDS,
  INSTRUMENT_IDS,
  SITUATIONS,
  STRATEGIST_STATEMENTS,
  TENSION_IDS,
} from '../src/domain/content/postures';
import { ACQUISITION_MODES } from '../src/domain/content/scales';
import type { CompetencyResponse, PostureValue } from '../src/domain/assessment';
import { reflectionItemId } from '../src/domain/progress';

/** A complete bilan (every competence and posture item answered, no notes) whose answers vary with `seed`. */
export function completeBilan(seed: number) {
  const responses: Record<string, CompetencyResponse> = {};
  COMPETENCIES.forEach((c, i) => {
    responses[c.id] = {
      aisance: (((i + seed) % 4) + 1) as 1 | 2 | 3 | 4,
      mobilisation: ((i * 3 + seed) % 4) as 0 | 1 | 2 | 3,
      acquisition: ACQUISITION_MODES[(i + seed) % 4],
      ...((i + seed) % 5 === 0 ? { envie: true } : {}),
    };
  });
  const values: Record<string, PostureValue> = {};
  [...ACROBAT_STATEMENTS, ...STRATEGIST_STATEMENTS].forEach((s, i) => (values[s.id] = (i + seed) % 5));
  SITUATIONS.forEach((s, i) => (values[s.id] = s.options[(i + seed) % s.options.length] ?? s.options[0]!));
  TENSION_IDS.forEach((t, i) => (values[`tension.${t}`] = (i + seed) % 5));
  const even = Object.fromEntries(ACTIVITY_IDS.map((a) => [a, 10]));
  values['time.actual'] = even;
  values['time.wished'] = { ...even, management: 5, concertation: 15 };
  return { responses, values };
}

/**
 * The same complete bilan with what a person writes too: a « mon contexte » note on every fourth
 * competence and a reflective note per instrument, so the profile shows its notes section.
 */
export function completeBilanWithNotes(seed: number) {
  const { responses, values } = completeBilan(seed);
  COMPETENCIES.forEach((c, i) => {
    if (i % 4 === 0)
      responses[c.id] = {
        ...responses[c.id],
        note: `Contexte ${seed}-${i} : un quartier en renouvellement urbain, des partenaires nombreux et un calendrier serré.`,
      };
  });
  for (const instrument of INSTRUMENT_IDS)
    values[reflectionItemId(instrument)] =
      `Ce que je retiens (${instrument}, ${seed}) : prendre du recul avant la prochaine programmation.`;
  return { responses, values };
}
