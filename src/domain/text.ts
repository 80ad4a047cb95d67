// Owns the cleaning of names typed or received (aliases, group names, workshop titles, bilan names):
// what a list, a heading or a CSV cell shows is what the person typed, never reversed or invisible.

/**
 * Removed outright: control characters (NUL, BEL, ESC, DEL, C1…; tabs and line breaks become spaces);
 * format characters (Unicode Cf: the bidi embeddings, overrides and isolates U+202A–202E and
 * U+2066–2069, the direction marks, zero-width space, word joiner, byte-order mark, soft hyphen, tags…);
 * lone surrogates (they cannot be written as UTF-8); the blank "letters" that fake an empty name
 * (Hangul fillers, the blank Braille pattern). Zero-width joiner and non-joiner are format characters
 * too, but are kept between two visible characters, where they join an emoji sequence (👩‍💻) or letters.
 */
const INVISIBLE = /(?![\t\n\v\f\r\u200C\u200D])[\p{Cc}\p{Cf}\p{Cs}\u115F\u1160\u3164\uFFA0\u2800]/gu;
const LOOSE_JOINER = /(?<![^\s\p{Z}\u200C\u200D])[\u200C\u200D]|[\u200C\u200D](?![^\s\p{Z}\u200C\u200D])/gu;
const WHITE_SPACE = /[\s\p{Z}]+/u;
// A name needs something a reader can see: a letter, a digit, a symbol or a punctuation mark.
const SEEN = /[\p{L}\p{N}\p{S}\p{P}]/u;

/**
 * A name as it may be stored and shown: invisible and direction-changing characters removed, any run
 * of white space made one space, trimmed. Returns '' when nothing visible is left, so the caller refuses
 * or replaces such a name. Pure, idempotent, never longer than its input.
 */
export function cleanName(text: string): string {
  const name = text
    .replace(INVISIBLE, '')
    .replace(LOOSE_JOINER, '')
    .split(WHITE_SPACE)
    .filter((part) => part !== '')
    .join(' ');
  return SEEN.test(name) ? name : '';
}
