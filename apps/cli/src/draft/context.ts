import type { AgencyMatcher } from './agencies.js';
import type { AgencyMatch, DraftMeasure, Missing, SourceLine, SourceMapEntry } from './types.js';

/**
 * What the readers of a draft share: the plan being filled, the map of every text to its
 * lines, what is missing, which lines were read, the agencies and measures found.
 */
export class DraftContext {
  readonly plan: Record<string, unknown> = {};
  readonly sourceMap: SourceMapEntry[] = [];
  readonly missing: Missing[] = [];
  readonly used = new Set<SourceLine>();
  readonly agencies: AgencyMatch[] = [];
  readonly measures: DraftMeasure[] = [];
  readonly notes: { line: number; vi: string; en: string }[] = [];
  readonly matcher: AgencyMatcher;

  constructor(matcher: AgencyMatcher) {
    this.matcher = matcher;
  }

  /** Note that the text at `pointer` comes from `from` (and marks the lines read). */
  at(pointer: string, ...from: SourceLine[]): void {
    for (const s of from) {
      this.used.add(s);
      this.sourceMap.push({ pointer, line: s.line, ...(s.endLine ? { endLine: s.endLine } : {}) });
    }
  }

  read(...from: SourceLine[]): void {
    for (const s of from) this.used.add(s);
  }

  miss(field: string, vi: string, en: string, lines: SourceLine[] = []): void {
    this.missing.push({ field, vi, en, ...(lines.length ? { lines: lines.map((l) => l.line) } : {}) });
  }

  missFirst(field: string, vi: string, en: string, lines: SourceLine[] = []): void {
    this.miss(field, vi, en, lines);
    this.missing.unshift(this.missing.pop()!);
  }

  note(line: SourceLine, vi: string, en: string): void {
    this.used.add(line);
    this.notes.push({ line: line.line, vi, en });
  }

  /** Match an agency name; recorded in the report with its confidence whether it matched or not. */
  agency(name: string, line: SourceLine, pointer: string): AgencyMatch {
    const m = { ...this.matcher.match(name), line: line.line, pointer };
    this.agencies.push(m);
    return m;
  }
}

/** A JSON pointer from path parts (RFC 6901 escaping). */
export const ptr = (...parts: (string | number)[]): string =>
  parts.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
