// Owns « Quel·le développeur·euse êtes-vous ? »: every instrument's result for one bilan, and the facts
// the narrative is written from. Pure: the wording is the UI's, the facts are here.
import type { CompetencyId, MacroId } from '../content/grid';
import {
  ACTIVITY_IDS,
  INSTRUMENT_IDS,
  SITUATIONS,
  TENSION_IDS,
  TENSION_PAIRS,
  pairOutcome,
  situationFit,
  type ActivityId,
  type DirectionId,
  type InstrumentId,
  type PostureId,
  type QuestionnaireId,
  type TensionId,
  type TraitId,
} from '../content/postures';
import type { CompetencyResponses, PostureValues } from '../progress';
import {
  instrumentProgress,
  situationFitItemId,
  tensionItemId,
  tensionPairItemId,
  TIME_ITEMS,
  type Progress,
} from '../progress';
import { computeCompetencyProfile, strongestMacros, type CompetencyProfile } from './competency';
import { computeAcrobat, computeStrategist, strongestDimensions, type PracticeProfile } from './practice';
import { computeSavoirEtre, type SavoirEtreProfile } from './savoirEtre';
import { computeSituations, type AdaptationLevel, type SituationsProfile } from './situations';
import { computeTensions, type TensionsProfile } from './tensions';
import { computeTime, type TimeProfile, type TimeSplit } from './time';

export interface WholeProfile {
  readonly progress: Readonly<Record<QuestionnaireId, Progress>>;
  /** Instruments with no answer yet, and those begun but not finished (the optional ones never). */
  readonly missing: readonly InstrumentId[];
  readonly partial: readonly InstrumentId[];
  readonly competency: CompetencyProfile;
  readonly acrobat: PracticeProfile<DirectionId> & { readonly vigilance: readonly DirectionId[] };
  readonly strategist: PracticeProfile<TraitId>;
  readonly situations: SituationsProfile;
  readonly tensions: TensionsProfile;
  readonly time: TimeProfile;
  /** Optional: the « savoir-être » the person named as strengths or is working on. */
  readonly savoirEtre: SavoirEtreProfile;
  readonly narrative: NarrativeFacts;
}

/** What the narrative may say; a field is empty or null when its instrument has nothing to say yet. */
export interface NarrativeFacts {
  readonly strengths: readonly CompetencyId[];
  readonly strongestMacros: readonly MacroId[];
  readonly preferred: readonly PostureId[];
  /** How often the person departs from their habit because the situation calls for it; null unsaid. */
  readonly adaptationLevel: AdaptationLevel | null;
  readonly acrobatStrongest: readonly DirectionId[];
  readonly vigilance: readonly DirectionId[];
  /** True when the acrobat has enough answers to say there is no zone de vigilance. */
  readonly acrobatBalanced: boolean;
  readonly strategistStrongest: readonly TraitId[];
  readonly askedNotAtEase: readonly CompetencyId[];
  readonly atEaseNotAsked: readonly CompetencyId[];
  readonly strongestTensions: readonly TensionId[];
  /** The force(s) that prevail most often when two pull apart. */
  readonly prevailingTensions: readonly TensionId[];
  readonly meetings: {
    readonly actual: number | null;
    readonly wished: number | null;
    readonly reference: number;
  } | null;
}

const NARRATIVE_LIST = 3;

function numbers(values: PostureValues, ids: readonly string[]): Record<string, number | undefined> {
  return Object.fromEntries(
    ids.map((id) => [id, typeof values[id] === 'number' ? (values[id] as number) : undefined]),
  );
}

function split(value: PostureValues[string]): TimeSplit | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const out: Partial<Record<ActivityId, number>> = {};
  for (const a of ACTIVITY_IDS) if (typeof value[a] === 'number') out[a] = value[a];
  return out;
}

export function computeWholeProfile(responses: CompetencyResponses, values: PostureValues): WholeProfile {
  const progress = instrumentProgress(responses, values);
  const competency = computeCompetencyProfile(responses);
  const practice = numbers(values, Object.keys(values));
  const acrobat = computeAcrobat(practice);
  const strategist = computeStrategist(practice);
  const situations = computeSituations(
    Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? v : undefined])),
    Object.fromEntries(SITUATIONS.map((s) => [s.id, situationFit(values[situationFitItemId(s.id)])])),
  );
  const tensionNumbers = numbers(values, TENSION_IDS.map(tensionItemId));
  const tensions = computeTensions(
    Object.fromEntries(TENSION_IDS.map((id) => [id, tensionNumbers[tensionItemId(id)]])),
    TENSION_PAIRS.map((pair) => pairOutcome(pair, values[tensionPairItemId(pair)])),
  );
  const [actualId, wishedId] = TIME_ITEMS;
  const time = computeTime(split(values[actualId]), split(values[wishedId]));

  const missing = INSTRUMENT_IDS.filter((i) => progress[i].answered === 0);
  const partial = INSTRUMENT_IDS.filter(
    (i) => progress[i].answered > 0 && progress[i].answered < progress[i].total,
  );

  return {
    progress,
    missing,
    partial,
    competency,
    acrobat,
    strategist,
    situations,
    tensions,
    time,
    savoirEtre: computeSavoirEtre(values),
    narrative: {
      strengths: competency.strengths.slice(0, NARRATIVE_LIST).map((s) => s.id),
      strongestMacros: strongestMacros(competency).map((m) => m.macro),
      preferred: situations.preferred,
      adaptationLevel: situations.adaptation?.level ?? null,
      acrobatStrongest: strongestDimensions(acrobat),
      vigilance: acrobat.vigilance,
      acrobatBalanced: acrobat.vigilance.length === 0 && acrobat.average.n >= 3,
      strategistStrongest: strongestDimensions(strategist),
      askedNotAtEase: competency.askedNotAtEase.slice(0, NARRATIVE_LIST).map((g) => g.id),
      atEaseNotAsked: competency.atEaseNotAsked.slice(0, NARRATIVE_LIST).map((g) => g.id),
      strongestTensions: tensions.strongest,
      prevailingTensions: tensions.prevailing,
      meetings: time.hasActual || time.hasWished ? time.meetings : null,
    },
  };
}
