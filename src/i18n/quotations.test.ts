import { byId } from './byId';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { QUOTATIONS, SOURCES } from '../domain/content/sources';
import { resources } from './resources';
import { WORKED_EXAMPLES, WORKSHEET_FIELDS } from '../domain/worksheet';
import { CAFE_TOPICS } from '../domain/cafe';
import { SAVOIR_ETRE_SKILLS } from '../domain/content/savoirEtre';

/** The synthesis, as text, without its markdown emphasis and with its spaces collapsed, line by line. */
const REFERENCE = readFileSync('docs/reference/oriv-2020-synthese.txt', 'utf8')
  .split('\n')
  .map((line) => normalise(line));

function normalise(text: string): string {
  return text.replace(/\*/g, '').replace(/…/g, '...').replace(/\s+/g, ' ').trim();
}

/**
 * Where a quotation is found in the synthesis: the first line, from `near - 2` on, whose text (with
 * the lines after it, for a quotation running over several) holds every part of the quotation between
 * its « […] » cuts, in order. -1 when it is nowhere near.
 */
function findQuoted(quoted: string, near: number): number {
  const parts = quoted
    .split('[…]')
    .map((p) => normalise(p))
    .filter(Boolean);
  for (let line = Math.max(1, near - 2); line <= near + 2; line++) {
    const text = REFERENCE.slice(line - 1, line + 3).join(' ');
    let from = 0;
    const ok = parts.every((part) => {
      const at = text.indexOf(part, from);
      if (at < 0) return false;
      from = at + part.length;
      return true;
    });
    if (ok) return line;
  }
  return -1;
}

const fr = i18next.createInstance();
await fr.init({
  lng: 'fr',
  resources,
  ns: ['pages', 'cafe', 'postures'],
  defaultNS: 'pages',
  interpolation: { escapeValue: false },
});

/** Every « … » in a French text, nested guillemets kept inside their quotation. */
function guillemets(text: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '«') {
      if (depth === 0) start = i + 1;
      depth++;
    } else if (text[i] === '»' && depth > 0) {
      depth--;
      if (depth === 0) found.push(text.slice(start, i).trim());
    }
  }
  return found;
}

describe('the synthesis kept beside the code', () => {
  it('is the ORIV synthesis', () => {
    expect(REFERENCE[39]).toBe('Auteure de la synthèse : Caroline Oberlin');
  });

  it.each(SOURCES.map((s) => [s.id, s] as const))('names source %s at its line', (_id, source) => {
    const surname = source.author.split(/[ ,]/).find((w) => /^[A-ZÉ][a-zé]+$/.test(w) && w.length > 3);
    const text = REFERENCE.slice(source.line - 1, source.line + 1)
      .join(' ')
      .toLowerCase();
    expect(text).toContain((surname ?? source.author.split(',')[0]!).toLowerCase());
  });
});

describe('quotations', () => {
  it.each(QUOTATIONS.map((q) => [q.id, q] as const))('%s is word for word at its line', (id, q) => {
    const text = fr.t(($) => $.quotes[id]);
    expect(text).not.toBe(`quotes.${id}`);
    expect(findQuoted(text, q.line)).toBeGreaterThan(0);
  });

  it('finds a quotation whose cut is marked, and refuses a changed one', () => {
    expect(findQuoted('Nous avons aussi le droit […] d’aller', 579)).toBe(-1);
    expect(findQuoted("Nous avons aussi le droit […] d'aller là où on est bon", 579)).toBeGreaterThan(0);
    expect(findQuoted("On a aussi le droit d'aller là où on est bon", 579)).toBe(-1);
  });

  it.each([
    'profile.gaps.intro',
    'profile.gaps.atEaseIntro',
    'profile.gaps.askedNote',
    'profile.wishes.intro',
    'profile.acquisition.intro',
    'profile.acrobat.quote',
    'plan.intro',
  ])('every « » in %s is the synthesis, word for word', (key) => {
    const text = fr.t(($) => byId($, key));
    const quoted = guillemets(text);
    expect(quoted.length).toBeGreaterThan(0);
    for (const q of quoted) {
      const found = REFERENCE.some((_, i) => findQuoted(q, i + 1) > 0);
      expect(found, q).toBe(true);
    }
  });
});

describe('worked examples of the roadmap worksheet', () => {
  const examples = WORKSHEET_FIELDS.flatMap((f) => WORKED_EXAMPLES[f].map((e) => [f, e] as const));
  it.each(examples)('%s, %o, is what the group wrote', (field, e) => {
    const text = fr.t(($) => byId($.worksheet.example, field, e.caseStudy));
    expect(findQuoted(text, e.line)).toBeGreaterThan(0);
  });
});

describe('pro-action café topics', () => {
  it.each(CAFE_TOPICS.map((topic) => [topic.id, topic] as const))(
    '%s is the topic as brought',
    (id, topic) => {
      expect(
        findQuoted(
          fr.t(($) => byId($.topics, id, 'question'), { ns: 'cafe' }),
          topic.line,
        ),
      ).toBeGreaterThan(0);
      if (topic.reformulatedLine !== undefined) {
        const reformulated = fr.t(($) => byId($.topics, id, 'reformulated'), { ns: 'cafe' });
        expect(findQuoted(reformulated, topic.reformulatedLine)).toBeGreaterThan(0);
      }
    },
  );
});

describe('savoir-être', () => {
  // The synthesis writes « d'ouverture esprit »: the label restores the missing « d' », nothing else.
  const asPrinted = (label: string) => label.replace("d'ouverture d'esprit", "d'ouverture esprit");
  it.each(SAVOIR_ETRE_SKILLS.map((skill) => [skill.id, skill] as const))(
    "%s is the participants' words at its line",
    (id, skill) => {
      const label = fr.t(($) => byId($, id, 'statement'), { ns: 'postures' });
      expect(label).not.toBe(`${id}.statement`);
      expect(findQuoted(asPrinted(label), skill.line)).toBeGreaterThan(0);
    },
  );
});
