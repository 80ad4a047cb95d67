// Owns the shapes of a bilan and of its answers, shared by scoring, storage and the UI.
import type { CompetencyId } from './content/grid';
import type { InstrumentId } from './content/postures';
import type { LiveRoom } from './exchange/liveRoom';
import type { Acquisition, Aisance, Mobilisation } from './content/scales';

export interface Assessment {
  readonly id: string;
  name: string;
  readonly createdAt: number;
  updatedAt: number;
  /** The questionnaire page the person was last on, as a path below the bilan (`grille/animation`). */
  lastPage?: string;
  /** Set when the bilan was started from a trainer's invitation: only these instruments, sent back to it. */
  workshop?: {
    readonly id: string;
    readonly title: string;
    readonly instruments: readonly InstrumentId[];
    readonly anonymous: boolean;
    /** The live room of the link it was started from: « Envoyer » also sends it there, encrypted. */
    readonly live?: LiveRoom;
  };
}

/** What a person said about one competence; every field is optional. */
export interface CompetencyResponse {
  aisance?: Aisance;
  mobilisation?: Mobilisation;
  acquisition?: Acquisition;
  envie?: boolean;
  notConcerned?: boolean;
  /** "Mon contexte": free text in the person's own words. */
  note?: string;
  /**
   * Copied from the person's previous bilan and not yet touched in this one (« à confirmer »): it still
   * counts as an answer (the profile reads it as the person's latest word), and any change confirms it.
   */
  toConfirm?: true;
}

export interface CompetencyAnswer extends CompetencyResponse {
  readonly assessmentId: string;
  readonly itemId: CompetencyId;
  /** Content version the answer was given against. */
  contentVersion: number;
  updatedAt: number;
}

/** An item counts as answered once it has a rating or is marked "non concerné·e". */
export function isAnswered(r: CompetencyResponse | undefined): boolean {
  if (!r) return false;
  return r.notConcerned === true || r.aisance !== undefined || r.mobilisation !== undefined;
}

/** Answered, but copied from a previous bilan and not yet confirmed. */
export function isToConfirm(r: CompetencyResponse | undefined): boolean {
  return isAnswered(r) && r?.toConfirm === true;
}

/** A split of working time in whole percentages, by FORS activity id. */
export type TimeSplitValue = Readonly<Record<string, number>>;

/** One answer of a posture instrument: a frequency, a pull, a chosen posture, a split or a note. */
export type PostureValue = number | string | TimeSplitValue;

export interface PostureAnswer {
  readonly assessmentId: string;
  /**
   * A statement id (`acrobat.…`, `strategist.…`), a situation id, `tension.<id>`, `time.actual`,
   * `time.wished`, or `reflection.<instrument>` for the reflective note.
   */
  readonly itemId: string;
  value: PostureValue;
  contentVersion: number;
  updatedAt: number;
}
