import type { SourceLine } from './types.js';

/**
 * The numbering of an administrative document, outermost first: Phần thứ nhất > Điều 1 > I. >
 * 1. > 1.1. > a) > - (bullet) > + (sub-bullet). A line with none of these is a paragraph of the
 * item above it.
 */
export type MarkerKind =
  | 'part'
  | 'article'
  | 'roman'
  | 'arabic'
  | 'decimal'
  | 'letter'
  | 'bullet'
  | 'subbullet';

const LEVEL: Record<MarkerKind, number> = {
  part: 0,
  article: 1,
  roman: 2,
  arabic: 3,
  decimal: 4,
  letter: 6,
  bullet: 7,
  subbullet: 8,
};

export interface Node {
  kind: MarkerKind | 'root';
  /** The number or letter as printed: "II", "3", "2.1", "a"; empty for bullets. */
  label: string;
  /** The text after the marker. */
  title: string;
  source: SourceLine;
  children: Node[];
  /** Paragraphs under the item that carry no marker of their own. */
  paras: SourceLine[];
  /** The line a part's title was taken from, when not its own ("Phần thứ nhất" / next line). */
  titleLine?: SourceLine;
}

const ORDINALS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

/** The marker of a line, or undefined for a plain paragraph. */
export function markerOf(text: string): { kind: MarkerKind; label: string; rest: string } | undefined {
  let m = /^phần\s+(?:thứ\s+)?([\p{L}IVX\d]+)\s*[.:–-]?\s*(.*)$/iu.exec(text);
  if (m && (ORDINALS.includes(m[1]!.toLowerCase()) || /^([IVX]+|\d+)$/.test(m[1]!)))
    return { kind: 'part', label: m[1]!, rest: m[2]! };
  m = /^điều\s+(\d+)\s*[.:]\s*(.*)$/iu.exec(text);
  if (m) return { kind: 'article', label: m[1]!, rest: m[2]! };
  m = /^([IVXL]{1,6})\s*[.)]\s+(.*)$/u.exec(text);
  if (m) return { kind: 'roman', label: m[1]!, rest: m[2]! };
  m = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(.*)$/u.exec(text);
  if (m) return { kind: 'decimal', label: m[1]!, rest: m[2]! };
  m = /^(\d{1,2})\s*[.)]\s+(.*)$/u.exec(text);
  if (m) return { kind: 'arabic', label: m[1]!, rest: m[2]! };
  m = /^([a-zđ])\s*[).]\s+(.*)$/u.exec(text);
  if (m) return { kind: 'letter', label: m[1]!, rest: m[2]! };
  m = /^[-–—•]\s*(.*)$/u.exec(text);
  if (m && m[1] !== '') return { kind: 'bullet', label: '', rest: m[1]! };
  m = /^\+\s*(.*)$/u.exec(text);
  if (m && m[1] !== '') return { kind: 'subbullet', label: '', rest: m[1]! };
  return undefined;
}

const levelOf = (n: Node): number =>
  n.kind === 'root'
    ? -1
    : n.kind === 'decimal'
      ? LEVEL.decimal + n.label.split('.').length - 2
      : LEVEL[n.kind];

/**
 * The items of `lines` as a tree: each item is the child of the nearest item above it with a
 * smaller level. A part ("Phần thứ nhất") whose title is on the next line takes that line.
 */
export function buildTree(lines: SourceLine[]): Node {
  const root: Node = {
    kind: 'root',
    label: '',
    title: '',
    source: { text: '', line: 0 },
    children: [],
    paras: [],
  };
  const stack: Node[] = [root];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const m = markerOf(line.text);
    if (!m) {
      const top = stack.at(-1)!;
      if (top.kind === 'part' && top.title === '' && top.paras.length === 0 && top.children.length === 0) {
        top.title = line.text;
        top.titleLine = line;
      } else top.paras.push(line);
      continue;
    }
    const node: Node = { kind: m.kind, label: m.label, title: m.rest, source: line, children: [], paras: [] };
    while (stack.length > 1 && levelOf(stack.at(-1)!) >= levelOf(node)) stack.pop();
    stack.at(-1)!.children.push(node);
    stack.push(node);
  }
  return root;
}

/** Every line of a subtree (the node's own line, its paragraphs, its children's). */
export function linesOf(node: Node): SourceLine[] {
  const own = node.kind === 'root' ? [] : node.titleLine ? [node.source, node.titleLine] : [node.source];
  return [...own, ...node.paras, ...node.children.flatMap(linesOf)];
}
