// Owns how far a bilan has got: answered items per instrument, from the stored answers.
import { COMPETENCIES } from './content/grid';
import {
  ACROBAT_STATEMENTS,
  INSTRUMENT_IDS,
  SITUATIONS,
  STRATEGIST_STATEMENTS,
  TENSION_IDS,
  TENSION_PAIRS,
  pairKey,
  pairOutcome,
  type InstrumentId,
  type QuestionnaireId,
  type TensionPair,
} from './content/postures';
import { SAVOIR_ETRE_SKILLS, skillStance } from './content/savoirEtre';
import { isAnswered, isToConfirm, type CompetencyResponse, type PostureValue } from './assessment';

export type PostureValues = Readonly<Record<string, PostureValue | undefined>>;
export type CompetencyResponses = Readonly<Record<string, CompetencyResponse | undefined>>;

export interface Progress {
  readonly answered: number;
  readonly total: number;
}

export const TIME_ITEMS = ['time.actual', 'time.wished'] as const;

export function tensionItemId(id: string): string {
  return `tension.${id}`;
}

/** Whether the move chosen in a situation is the person's habit or what the situation calls for. */
export function situationFitItemId(situationId: string): string {
  return `${situationId}.fit`;
}

/** Which force prevails when the two of a pair pull apart. */
export function tensionPairItemId(pair: TensionPair): string {
  return `tension-pair.${pairKey(pair)}`;
}

export function reflectionItemId(instrument: QuestionnaireId): string {
  return `reflection.${instrument}`;
}

const count = <T>(items: readonly T[], done: (item: T) => boolean): Progress => ({
  answered: items.filter(done).length,
  total: items.length,
});

export function instrumentProgress(
  responses: CompetencyResponses,
  values: PostureValues,
): Readonly<Record<QuestionnaireId, Progress>> {
  const isNumber = (id: string) => typeof values[id] === 'number';
  return {
    grid: count(COMPETENCIES, (c) => isAnswered(responses[c.id])),
    acrobat: count(ACROBAT_STATEMENTS, (s) => isNumber(s.id)),
    strategist: count(STRATEGIST_STATEMENTS, (s) => isNumber(s.id)),
    situations: count(SITUATIONS, (s) => {
      const v = values[s.id];
      return typeof v === 'string' && (s.options as readonly string[]).includes(v);
    }),
    // The four pulls, then where the person stands when each pair pulls apart.
    tensions: count([...TENSION_IDS, ...TENSION_PAIRS], (item) =>
      typeof item === 'string'
        ? isNumber(tensionItemId(item))
        : pairOutcome(item, values[tensionPairItemId(item)]) !== undefined,
    ),
    time: count(TIME_ITEMS, (id) => typeof values[id] === 'object'),
    // Optional: never in a bilan's total (totalProgress counts the six instruments only).
    'savoir-etre': count(SAVOIR_ETRE_SKILLS, (s) => skillStance(values[s.id]) !== undefined),
  };
}

/** How many of the grid's answers were copied from a previous bilan and are still to confirm. */
export function gridToConfirm(responses: CompetencyResponses): number {
  return COMPETENCIES.filter((c) => isToConfirm(responses[c.id])).length;
}

export function totalProgress(
  progress: Readonly<Record<InstrumentId, Progress>>,
  instruments: readonly InstrumentId[] = INSTRUMENT_IDS,
): Progress {
  return instruments.reduce(
    (sum, id) => ({ answered: sum.answered + progress[id].answered, total: sum.total + progress[id].total }),
    { answered: 0, total: 0 },
  );
}
