// What a bilan's page shows, from its answers: each questionnaire's progress, the questionnaires it
// offers (six, or those a workshop chose; outside a workshop the optional ones after them), the total
// over the counted ones, the grid's answers still to confirm, and whether anything is answered yet.
// Pure: BilanPage.tsx reads the data, BilanView.tsx renders this.
import type { Assessment } from '../../domain/assessment';
import {
  INSTRUMENT_IDS,
  OPTIONAL_INSTRUMENT_IDS,
  type InstrumentId,
  type OptionalInstrumentId,
  type QuestionnaireId,
} from '../../domain/content/postures';
import type { ResponsesById } from '../../domain/scoring/competency';
import {
  gridToConfirm,
  instrumentProgress,
  totalProgress,
  type PostureValues,
  type Progress,
} from '../../domain/progress';

export interface BilanOverview {
  readonly progress: Readonly<Record<QuestionnaireId, Progress>>;
  /** Counted in the total, in this order. */
  readonly instruments: readonly InstrumentId[];
  /** Offered beside them, not counted: none in a workshop's bilan. */
  readonly optional: readonly OptionalInstrumentId[];
  readonly total: Progress;
  /** Grid answers copied from the previous bilan and not yet touched. */
  readonly toConfirm: number;
  /** Some counted question is answered: the profile and sharing lead. */
  readonly started: boolean;
}

export function bilanOverview(
  assessment: Pick<Assessment, 'workshop'>,
  responses: ResponsesById,
  values: PostureValues,
): BilanOverview {
  const progress = instrumentProgress(responses, values);
  const instruments = assessment.workshop?.instruments ?? INSTRUMENT_IDS;
  const total = totalProgress(progress, instruments);
  return {
    progress,
    instruments,
    optional: assessment.workshop ? [] : OPTIONAL_INSTRUMENT_IDS,
    total,
    toConfirm: gridToConfirm(responses),
    started: total.answered > 0,
  };
}
