// The text of each page of a PDF that Chromium printed, for tests (no pdftotext on the machine): streams
// inflated, each font's ToUnicode map read, and the glyph strings of every page's content decoded.
import { inflateSync } from 'node:zlib';

interface PdfObject {
  readonly dict: string;
  readonly data: string;
}

function readObjects(pdf: Buffer): Record<string, PdfObject> {
  const text = pdf.toString('latin1');
  const objects: Record<string, PdfObject> = {};
  for (const m of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = m[2] ?? '';
    const at = body.indexOf('stream');
    if (at < 0) {
      objects[m[1] ?? ''] = { dict: body, data: '' };
      continue;
    }
    const dict = body.slice(0, at);
    let start = (m.index ?? 0) + m[0].indexOf('stream') + 'stream'.length;
    if (text[start] === '\r') start++;
    if (text[start] === '\n') start++;
    const raw = pdf.subarray(start, text.indexOf('endstream', start));
    let data = raw.toString('latin1');
    if (dict.includes('FlateDecode')) {
      try {
        data = inflateSync(raw).toString('latin1');
      } catch {
        data = inflateSync(raw.subarray(0, raw.length - 1)).toString('latin1');
      }
    }
    objects[m[1] ?? ''] = { dict, data };
  }
  return objects;
}

function unicodeMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const p of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set((p[1] ?? '').toUpperCase(), String.fromCodePoint(parseInt(p[2] ?? '0', 16)));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const p of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const [from, to, first] = [p[1], p[2], p[3]].map((h) => parseInt(h ?? '0', 16)) as [
        number,
        number,
        number,
      ];
      for (let g = from; g <= to; g++)
        map.set(
          g
            .toString(16)
            .toUpperCase()
            .padStart((p[1] ?? '').length, '0'),
          String.fromCodePoint(first + g - from),
        );
    }
  return map;
}

/** Each page's text, in page order; ligatures (« ﬁ ») are spelled out. */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const ref = (dict: string, key: string) => new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1];
  const fonts = new Map<string, Map<string, string>>();
  for (const [id, o] of Object.entries(objects)) {
    const toUnicode = ref(o.dict, 'ToUnicode');
    if (toUnicode) fonts.set(id, unicodeMap(objects[toUnicode]?.data ?? ''));
  }
  const pages = Object.values(objects).filter((o) => /\/Type\s*\/Page\b/.test(o.dict));
  return pages.map((page) => {
    const resources = objects[ref(page.dict, 'Resources') ?? '']?.dict ?? page.dict;
    const fontDict = objects[ref(resources, 'Font') ?? '']?.dict ?? resources;
    const byName = new Map(
      [...fontDict.matchAll(/\/(F\d+) (\d+) 0 R/g)].map((f) => [f[1] ?? '', fonts.get(f[2] ?? '')]),
    );
    const content = objects[ref(page.dict, 'Contents') ?? '']?.data ?? '';
    let font: Map<string, string> | undefined;
    let out = '';
    for (const token of content.matchAll(/\/(F\d+) [\d.]+ Tf|<([0-9A-Fa-f]+)>|\bET\b/g)) {
      if (token[1]) font = byName.get(token[1]);
      else if (token[2])
        for (let i = 0; i < token[2].length; i += 4)
          out += font?.get(token[2].slice(i, i + 4).toUpperCase()) ?? '';
      else out += '\n';
    }
    return out.normalize('NFKC');
  });
}
