import type { Agency, OrganizationRegistry } from '@kehoach/sdk';
import type { AgencyMatch } from './types.js';

/**
 * Agency names of a document → agencies of a registry, diacritics-aware: compared in NFC and
 * lower case; a registry name also matches without its place ("Sở Tư pháp" for "Sở Tư pháp tỉnh
 * Đắk Nông"), by its short name or abbreviation, by its initials ("Sở LĐ-TB&XH"), without
 * diacritics (a document typed without them), or, least surely, by shared words.
 */

type By = NonNullable<AgencyMatch['by']>;

const CONFIDENCE: Record<By, number> = {
  name: 1,
  short_name: 0.95,
  abbreviation: 0.9,
  initials: 0.85,
  without_diacritics: 0.8,
  similar: 0.6,
};

export const fold = (s: string): string =>
  s
    .normalize('NFD')
    .toLowerCase()
    // Old and new tone placement spell one word two ways ("Uỷ ban" / "Ủy ban", "hoà" / "hòa"):
    // compare with the tone on the first vowel of oa, oe, uy at a word's end.
    .replace(/([ou])([aey])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu, '$1$3$2')
    .normalize('NFC')
    .replace(/\s*([-–&,])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

/** Without tone marks or letter diacritics, đ as d. */
export const bare = (s: string): string => fold(s).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');

/** "Sở Lao động - Thương binh và Xã hội" → "sở lđ-tb&xh": the kind word, then initials. */
const KIND_WORDS = ['ủy ban nhân dân', 'ủy ban', 'sở', 'bộ', 'ban', 'hội', 'đoàn', 'ubnd'];
export function initials(name: string): string | undefined {
  const f = fold(name);
  const kind = KIND_WORDS.find((k) => f.startsWith(`${k} `));
  if (!kind) return undefined;
  const rest = f.slice(kind.length + 1);
  const segs = rest.split('-').map((seg) =>
    seg
      .split(' ')
      .filter((w) => w !== '')
      .map((w) => (w === 'và' ? '&' : w.charAt(0)))
      .join(''),
  );
  return `${kind} ${segs.join('-')}`;
}

interface Variant {
  agencyId: string;
  text: string;
  by: By;
}

export class AgencyMatcher {
  readonly #variants: Variant[] = [];
  readonly #units = new Map<string, string>();
  readonly #agencies = new Map<string, Agency>();
  readonly #unitNames = new Map<string, string>();
  #date: string | undefined;
  #place: string | undefined;

  constructor(registry: OrganizationRegistry | undefined) {
    if (!registry) return;
    for (const u of registry.units) this.#unitNames.set(u.id, fold(u.name.vi));
    for (const a of registry.agencies) {
      this.#agencies.set(a.id, a);
      if (a.unitId) this.#units.set(a.id, a.unitId);
    }
    // Places a registry name may end with: "tỉnh Đắk Nông", "Đắk Nông".
    const places = registry.units
      .filter((u) => u.level === 'province')
      .flatMap((u) => {
        const f = fold(u.name.vi);
        return [f, f.replace(/^\S+ /, '')];
      });
    const add = (a: Agency, text: string | undefined, by: By) => {
      if (text) this.#variants.push({ agencyId: a.id, text: fold(text), by });
    };
    for (const a of registry.agencies) {
      const f = fold(a.name.vi);
      const names = [f, ...places.filter((p) => f.endsWith(` ${p}`)).map((p) => f.slice(0, -p.length - 1))];
      for (const n of names) add(a, n, 'name');
      add(a, a.shortName?.vi, 'short_name');
      add(a, a.abbreviation, 'abbreviation');
      for (const n of names) add(a, initials(n), 'initials');
    }
  }

  /** The administrative unit of an agency, when the registry gives one. */
  unitOf(agencyId: string): string | undefined {
    return this.#units.get(agencyId);
  }

  /**
   * The document's date and place: among agencies that match equally, those that existed at the
   * date ("Sở Tư pháp" in 2021 is Đắk Nông's, not its 2025 successor's) and sit in the place win.
   */
  setContext(date: { year: number; month?: number } | undefined, place: string | undefined): void {
    if (date) this.#date = `${date.year}-${String(date.month ?? 1).padStart(2, '0')}`;
    if (place) this.#place = fold(place);
  }

  #fits(id: string): number {
    const a = this.#agencies.get(id);
    if (!a) return 0;
    let score = 0;
    const d = this.#date;
    if (
      d &&
      (a.validFrom === undefined || a.validFrom.slice(0, 7) <= d) &&
      (a.validTo === undefined || a.validTo.slice(0, 7) > d)
    )
      score += 2;
    const unit = a.unitId ? this.#unitNames.get(a.unitId) : undefined;
    if (this.#place && (unit?.endsWith(this.#place) || fold(a.name.vi).endsWith(this.#place))) score += 1;
    return score;
  }

  get empty(): boolean {
    return this.#variants.length === 0;
  }

  /** The best agency for a name, with its confidence; alternatives when others match as well. */
  match(name: string): Omit<AgencyMatch, 'line' | 'pointer'> {
    const f = fold(name);
    const b = bare(name);
    const found = new Map<string, By>();
    const note = (id: string, by: By) => {
      const had = found.get(id);
      if (had === undefined || CONFIDENCE[by] > CONFIDENCE[had]) found.set(id, by);
    };
    for (const v of this.#variants) {
      if (v.text === f) note(v.agencyId, v.by);
      else if (v.by === 'initials' && bare(v.text).replace(/-/g, '') === b.replace(/-/g, ''))
        note(v.agencyId, 'initials');
      else if (bare(v.text) === b) note(v.agencyId, 'without_diacritics');
    }
    if (found.size === 0)
      for (const v of this.#variants)
        if (v.by === 'name' && similarity(bare(v.text), b) >= 0.8) note(v.agencyId, 'similar');
    const ranked = [...found].sort((x, y) => CONFIDENCE[y[1]] - CONFIDENCE[x[1]]);
    const best = ranked[0];
    if (!best) return { name, confidence: 0 };
    let ties = ranked.filter((r) => CONFIDENCE[r[1]] === CONFIDENCE[best[1]]).map((r) => r[0]);
    const top = Math.max(...ties.map((id) => this.#fits(id)));
    const others = ties.filter((id) => this.#fits(id) < top);
    ties = ties.filter((id) => this.#fits(id) === top);
    const confidence = ties.length > 1 ? CONFIDENCE[best[1]] / ties.length : CONFIDENCE[best[1]];
    const alternatives = [...ties.slice(1), ...others];
    return {
      name,
      agencyId: ties[0]!,
      confidence: Math.round(confidence * 100) / 100,
      by: best[1],
      ...(alternatives.length ? { alternatives } : {}),
    };
  }

  /**
   * The agency names a sentence starts with ("Các Sở, Ban, ngành căn cứ …"; "Ủy ban MTTQ Việt Nam
   * tỉnh, Đoàn …, Hội … trong phạm vi …"): the longest registry name at each step, separated by
   * commas or "và". Exact (case-insensitive) names only: a guess here would cut a sentence.
   */
  prefixNames(text: string): { names: string[]; end: number } {
    const names: string[] = [];
    let pos = 0;
    let end = 0;
    for (;;) {
      let best = 0;
      for (const v of this.#variants) {
        const len = lengthAt(text, pos, v.text);
        if (len > best) best = len;
      }
      if (best === 0) break;
      names.push(text.slice(pos, pos + best));
      end = pos + best;
      const sep = /^(\s*,\s*|\s+và\s+)/u.exec(text.slice(end));
      if (!sep) break;
      pos = end + sep[0].length;
    }
    return { names, end };
  }
}

/** Length of `text` from `pos` that folds to `folded`, ending at a word boundary; 0 if none. */
function lengthAt(text: string, pos: number, folded: string): number {
  // Folding only drops spaces around - & , and doubles; try the plain span first, then widen.
  for (let len = folded.length; len <= folded.length + 8 && pos + len <= text.length; len++) {
    const span = text.slice(pos, pos + len);
    if (fold(span) === folded) {
      const next = text.charAt(pos + len);
      return next === '' || /[\s,.;:)]/.test(next) ? len : 0;
    }
  }
  return 0;
}

/** Dice coefficient of the words of two names. */
function similarity(a: string, b: string): number {
  const wa = a.split(/[\s,&-]+/).filter(Boolean);
  const wb = new Set(b.split(/[\s,&-]+/).filter(Boolean));
  if (wa.length === 0 || wb.size === 0) return 0;
  const common = wa.filter((w) => wb.has(w)).length;
  return (2 * common) / (wa.length + wb.size);
}
