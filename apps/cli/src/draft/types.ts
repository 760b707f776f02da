/**
 * What the draft engine reads and writes. A document becomes logical lines (a paragraph joined
 * across a page break stays one line, with the range of source lines it came from); the draft is
 * a Plan-shaped object holding only what the document says, a report of what could not be read,
 * and a map from every text to its lines.
 */

/** A paragraph of the source: its text (cleaned of markup) and its 1-based line range. */
export interface SourceLine {
  text: string;
  line: number;
  /** Last source line, when a page break split the paragraph. */
  endLine?: number;
  /** The columns of a two-column line (a header: issuer on the left, motto and date on the right). */
  cells?: string[];
}

/** Something the draft leaves empty, said in both languages, with the lines it concerns. */
export interface Missing {
  /** JSON pointer in plan.json (or a name such as `header.issuer`). */
  field: string;
  vi: string;
  en: string;
  lines?: number[];
}

/** Where a text of plan.json (or catalog.json) comes from. */
export interface SourceMapEntry {
  pointer: string;
  line: number;
  endLine?: number;
}

/** An agency name of the document matched (or not) to the registry. */
export interface AgencyMatch {
  name: string;
  line: number;
  pointer: string;
  agencyId?: string;
  /** 0–1: 1 for the registry's own name, less for a short name, an abbreviation or a near spelling. */
  confidence: number;
  by?: 'name' | 'short_name' | 'abbreviation' | 'initials' | 'without_diacritics' | 'similar';
  /** Other agencies that matched as well (an ambiguous name). */
  alternatives?: string[];
}

export type DraftComparator = '<' | '≤' | '≥' | '=' | '>';

/** A target read from a sentence or a table cell. */
export interface DraftTarget {
  kind: 'level' | 'maintain';
  year: number;
  comparator?: DraftComparator;
  value: number;
}

export interface DraftMeasure {
  line: number;
  /** "3" from "Chỉ tiêu 3:", a table's STT column. */
  code?: string;
  /** The sentence (or the table's indicator cell) as written. */
  title: string;
  unit?: { kind: 'percent' | 'per_1000' | 'per_100000' | 'count'; denominator?: { vi: string } };
  /** The unit as written when it maps to none of the schema's kinds (a table's "Đơn vị" cell). */
  unitText?: string;
  direction?: 'increase' | 'decrease';
  targets: DraftTarget[];
  /** The heading the sentence sits under (a phase "Giai đoạn 2021 - 2025", "Mục tiêu cụ thể"). */
  group?: string;
}

/** The document's header as read (not all of it has a place in PlanSchema). */
export interface DraftHeader {
  issuingBody?: string;
  parentBody?: string;
  numberAsIssued?: string;
  place?: string;
  date?: { year: number; month?: number; day?: number };
  /** Kind word as printed: "KẾ HOẠCH", "QUYẾT ĐỊNH", "CHƯƠNG TRÌNH". */
  kindWord?: string;
}

export interface DraftReport {
  source: { file: string; format: 'txt' | 'md' | 'docx'; encoding: string; lines: number };
  header: DraftHeader;
  /** How many of each part were read. */
  found: Record<string, number>;
  missing: Missing[];
  /** Non-blank lines no reader took, verbatim. */
  unread: SourceLine[];
  agencies: AgencyMatch[];
  measures: DraftMeasure[];
  /** Parts read but without a place in PlanSchema (an assessment part, a decision's articles). */
  notes: { line: number; vi: string; en: string }[];
}

export interface Draft {
  plan: Record<string, unknown>;
  /** An IndicatorCatalog skeleton of the targets the document sets, when it sets any. */
  catalog?: Record<string, unknown>;
  report: DraftReport;
  sourceMap: SourceMapEntry[];
}
