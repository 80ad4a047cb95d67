// Owns the situations profile: the posture chosen in each situation -> how often each posture was chosen
// out of the times it was offered (its choice rate), the preferred posture(s), directions versus traits,
// and adaptation: how often the person says the move is what the situation calls for rather than their
// usual reflex.
import {
  DIRECTION_IDS,
  POSTURE_IDS,
  SITUATIONS,
  type PostureId,
  type SituationFit,
} from '../content/postures';

/** Situation id -> chosen posture id. */
export type SituationChoices = Readonly<Record<string, string | undefined>>;
/** Situation id -> whether the chosen move is the person's habit or what the situation calls for. */
export type SituationFits = Readonly<Record<string, SituationFit | undefined>>;

/** How many times something was chosen out of the times it was offered. */
export interface ChoiceRate {
  readonly chosen: number;
  readonly offered: number;
}

export interface PostureRate extends ChoiceRate {
  readonly id: PostureId;
  /** chosen / offered; null when it was offered in no answered situation */
  readonly rate: number | null;
}

/** How often the person departs from their habit because the situation calls for it. */
export type AdaptationLevel = 'never' | 'rarely' | 'sometimes' | 'often' | 'always';

export interface Adaptation {
  /** Answered situations where the person also said habit or situation. */
  readonly answered: number;
  /** Among them, those where the move is what the situation calls for, not the habit. */
  readonly departures: number;
  readonly level: AdaptationLevel;
}

export interface SituationsProfile {
  /** Every posture, in POSTURE_IDS order, over the answered situations only. */
  readonly rates: readonly PostureRate[];
  readonly answered: number;
  readonly total: number;
  /** posture(s) with the highest choice rate, chosen at least once; several when tied; [] when none */
  readonly preferred: readonly PostureId[];
  /** null until a fit was given in an answered situation */
  readonly adaptation: Adaptation | null;
  readonly acrobat: ChoiceRate;
  readonly strategist: ChoiceRate;
}

const DIRECTIONS: readonly string[] = DIRECTION_IDS;

export function computeSituations(choices: SituationChoices, fits: SituationFits = {}): SituationsProfile {
  const chosen = new Map<PostureId, number>(POSTURE_IDS.map((p) => [p, 0]));
  const offered = new Map<PostureId, number>(POSTURE_IDS.map((p) => [p, 0]));
  let answered = 0;
  let fitAnswered = 0;
  let departures = 0;
  for (const situation of SITUATIONS) {
    // A choice the situation does not offer (older content, or tampered data) counts as no answer.
    const choice = situation.options.find((o) => o === choices[situation.id]);
    if (choice === undefined) continue;
    answered += 1;
    chosen.set(choice, (chosen.get(choice) ?? 0) + 1);
    for (const o of situation.options) offered.set(o, (offered.get(o) ?? 0) + 1);
    const fit = fits[situation.id];
    if (fit === 'habit' || fit === 'situation') {
      fitAnswered += 1;
      if (fit === 'situation') departures += 1;
    }
  }

  const rates = POSTURE_IDS.map((id): PostureRate => {
    const c = chosen.get(id) ?? 0;
    const o = offered.get(id) ?? 0;
    return { id, chosen: c, offered: o, rate: o > 0 ? c / o : null };
  });
  const family = (inFamily: boolean): ChoiceRate =>
    rates
      .filter((r) => DIRECTIONS.includes(r.id) === inFamily)
      .reduce((sum, r) => ({ chosen: sum.chosen + r.chosen, offered: sum.offered + r.offered }), {
        chosen: 0,
        offered: 0,
      });
  const best = Math.max(0, ...rates.map((r) => (r.chosen > 0 ? (r.rate ?? 0) : 0)));
  return {
    rates,
    answered,
    total: SITUATIONS.length,
    preferred: best > 0 ? rates.filter((r) => r.chosen > 0 && r.rate === best).map((r) => r.id) : [],
    adaptation:
      fitAnswered > 0
        ? { answered: fitAnswered, departures, level: adaptationLevel(departures, fitAnswered) }
        : null,
    acrobat: family(true),
    strategist: family(false),
  };
}

/** Departures out of answers, in words: never, rarely (up to a third), sometimes, often, always. */
export function adaptationLevel(departures: number, answered: number): AdaptationLevel {
  if (departures <= 0) return 'never';
  if (departures >= answered) return 'always';
  const share = departures / answered;
  if (share <= 1 / 3) return 'rarely';
  return share < 2 / 3 ? 'sometimes' : 'often';
}

/** Which way a person leans: more often what the situation calls for, more often the habit, or evenly. */
export type FitLeaning = 'situation' | 'habit' | 'even';

export function fitLeaning(a: Adaptation): FitLeaning {
  const habits = a.answered - a.departures;
  return a.departures > habits ? 'situation' : a.departures < habits ? 'habit' : 'even';
}
