/**
 * Word's automatic numbering: the numbers of "1.", "a)", "II." paragraphs live in
 * word/numbering.xml, not in the text, and mammoth's output keeps only "a list item". This
 * computes each numbered paragraph's label the way Word counts — per list definition, a level's
 * counter starting at its w:start (or a list's w:startOverride) and deeper levels restarting —
 * and formats it with the level's w:lvlText ("%1.", "%2)", "%1.%2.") and w:numFmt.
 */

interface Level {
  start: number;
  format: string;
  text: string;
}

const attr = (xml: string, tag: string): string | undefined =>
  new RegExp(`<w:${tag}\\b[^>]*\\bw:val="([^"]*)"`).exec(xml)?.[1];

export class Numbering {
  readonly #abstract = new Map<string, Map<number, Level>>();
  readonly #nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  readonly #styles = new Map<string, { numId: string; ilvl: number }>();
  readonly #counters = new Map<string, number[]>();
  readonly #started = new Set<string>();

  constructor(numberingXml: string | undefined, stylesXml: string | undefined) {
    for (const m of (numberingXml ?? '').matchAll(
      /<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g,
    )) {
      const levels = new Map<number, Level>();
      for (const l of m[2]!.matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g))
        levels.set(Number(l[1]), {
          start: Number(attr(l[2]!, 'start') ?? '1'),
          format: attr(l[2]!, 'numFmt') ?? 'decimal',
          text: attr(l[2]!, 'lvlText') ?? '',
        });
      this.#abstract.set(m[1]!, levels);
    }
    for (const m of (numberingXml ?? '').matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
      const starts = new Map<number, number>();
      for (const o of m[2]!.matchAll(
        /<w:lvlOverride\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g,
      )) {
        const s = attr(o[2]!, 'startOverride');
        if (s !== undefined) starts.set(Number(o[1]), Number(s));
      }
      this.#nums.set(m[1]!, { abstractId: attr(m[2]!, 'abstractNumId') ?? '', starts });
    }
    for (const m of (stylesXml ?? '').matchAll(
      /<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g,
    )) {
      const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(m[2]!)?.[1];
      const numId = numPr ? attr(numPr, 'numId') : undefined;
      if (numId) this.#styles.set(m[1]!, { numId, ilvl: Number(attr(numPr!, 'ilvl') ?? '0') });
    }
  }

  /** The label of a paragraph (its w:pPr), or undefined when it is not numbered. */
  label(pPr: string): string | undefined {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(pPr)?.[1];
    let numId = numPr ? attr(numPr, 'numId') : undefined;
    let ilvl = numPr ? Number(attr(numPr, 'ilvl') ?? '0') : 0;
    if (numId === undefined) {
      const style = attr(pPr, 'pStyle');
      const s = style ? this.#styles.get(style) : undefined;
      if (!s) return undefined;
      numId = s.numId;
      ilvl = numPr ? ilvl : s.ilvl;
    }
    const num = this.#nums.get(numId);
    const levels = num ? this.#abstract.get(num.abstractId) : undefined;
    const level = levels?.get(ilvl);
    if (!num || !levels || !level || numId === '0') return undefined;
    // Lists of one abstract definition continue each other's numbers, as in Word; a list with a
    // start override restarts those levels where it is first used.
    const counters = this.#counters.get(num.abstractId) ?? [];
    if (!this.#started.has(numId)) {
      this.#started.add(numId);
      for (const l of num.starts.keys()) counters.length = Math.min(counters.length, l);
    }
    const start = (l: number) => num.starts.get(l) ?? levels.get(l)?.start ?? 1;
    counters[ilvl] = counters[ilvl] === undefined ? start(ilvl) : counters[ilvl]! + 1;
    counters.length = ilvl + 1;
    this.#counters.set(num.abstractId, counters);
    if (level.format === 'bullet') return '-';
    if (level.format === 'none') return level.text.replace(/%\d/g, '') || undefined;
    return level.text.replace(/%(\d)/g, (_, k: string) => {
      const l = Number(k) - 1;
      return format(counters[l] ?? start(l), levels.get(l)?.format ?? 'decimal');
    });
  }
}

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

function letters(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function format(n: number, fmt: string): string {
  switch (fmt) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    default:
      return String(n);
  }
}
