// Owns a working-time split kept as typed before it makes 100 %: stored with the bilan's posture answers
// under its own item id (never read as an answer, never shared), as text, so that a backup carries it.
import { ACTIVITY_IDS, type ActivityId } from './content/postures';
import type { TimeSplit } from './scoring/time';

/** What the person typed in each activity's field, as typed. */
export type SplitDraft = Partial<Record<ActivityId, string>>;

export type SplitKind = 'actual' | 'wished';

/** The longest text kept for one field: a number field's value never comes near it. */
const MAX_FIELD = 32;

export function draftItemId(kind: SplitKind): string {
  return `draft.time.${kind}`;
}

/** Only the activities' non-empty fields; empty when nothing is typed. */
function filled(draft: SplitDraft): SplitDraft {
  const kept: SplitDraft = {};
  for (const a of ACTIVITY_IDS) {
    const v = draft[a];
    if (typeof v === 'string' && v.trim() !== '' && v.length <= MAX_FIELD) kept[a] = v;
  }
  return kept;
}

/** The stored form of a draft; undefined when nothing is typed (nothing to keep). */
export function encodeDraft(draft: SplitDraft): string | undefined {
  const kept = filled(draft);
  return Object.keys(kept).length === 0 ? undefined : JSON.stringify(kept);
}

/** Reads a stored draft back; null for anything that is not one (a damaged or foreign value). */
export function decodeDraft(value: unknown): SplitDraft | null {
  if (typeof value !== 'string') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  return filled(parsed as SplitDraft);
}

/** The split a draft reads as: each typed field as a number (« 12,5 » too); empty fields left out. */
export function splitOfDraft(draft: SplitDraft): TimeSplit {
  const split: Partial<Record<ActivityId, number>> = {};
  for (const a of ACTIVITY_IDS) {
    const raw = draft[a]?.trim();
    if (raw) split[a] = Number(raw.replace(',', '.'));
  }
  return split;
}

/** Whether a draft says what the saved split says (an empty field and 0 read the same). */
export function draftMatches(
  draft: SplitDraft,
  saved: Readonly<Record<string, number>> | undefined,
): boolean {
  const split = splitOfDraft(draft);
  return ACTIVITY_IDS.every((a) => (split[a] ?? 0) === (saved?.[a] ?? 0));
}
