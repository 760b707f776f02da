/**
 * A plan bundle as a directory (docs/plan-bundle.md, "A bundle as files"): `plan.json`,
 * `registry.json` and, unless the plan's catalog is already stored, `catalog.json`. Each file
 * is parsed in strict JSON (no comments, no trailing commas, no key twice) keeping the place of
 * every value, so that an error of the sdk's validation is printed where it is:
 * `plan.json:12:7  /taskGroups/0/quarter  vi message / en message`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BundleError, BundlePart, FieldError } from '@kehoach/sdk';
import { findNodeAtLocation, getNodeValue, type Node, type ParseError, parseTree } from 'jsonc-parser';

export const BUNDLE_FILES: Record<BundlePart, string> = {
  plan: 'plan.json',
  registry: 'registry.json',
  catalog: 'catalog.json',
};

/** One problem in a bundle directory, at its place; `pointer` is the RFC 6901 JSON pointer. */
export interface Located {
  file: string;
  line: number;
  column: number;
  pointer: string;
  vi: string;
  en: string;
}

interface ParsedFile {
  file: string;
  text: string;
  tree: Node;
  value: unknown;
}

export interface BundleDir {
  plan?: ParsedFile;
  registry?: ParsedFile;
  catalog?: ParsedFile;
  /** Syntax errors and missing files: with any, the bundle is not validated further. */
  problems: Located[];
}

/** What jsonc-parser's error codes (its `ParseErrorCode`) mean, in both languages. */
const SYNTAX: Record<number, [string, string]> = {
  1: ['ký tự không hợp lệ', 'invalid symbol'],
  2: ['số viết sai', 'invalid number format'],
  3: [
    'cần tên trường trong ngoặc kép (hay dấu phẩy thừa trước "}")',
    'a property name in double quotes expected (or a trailing comma before "}")',
  ],
  4: ['cần một giá trị (hay dấu phẩy thừa trước "]")', 'a value expected (or a trailing comma before "]")'],
  5: ['cần dấu hai chấm ":"', 'a colon ":" expected'],
  6: ['cần dấu phẩy ","', 'a comma "," expected'],
  7: ['cần dấu đóng "}"', 'a closing "}" expected'],
  8: ['cần dấu đóng "]"', 'a closing "]" expected'],
  9: ['cần kết thúc tệp (có nội dung thừa)', 'end of file expected (content after the value)'],
  10: ['JSON không cho phép chú thích', 'JSON allows no comments'],
  11: ['chú thích chưa đóng', 'unterminated comment'],
  12: ['chuỗi chưa đóng ngoặc kép', 'unterminated string'],
  13: ['số chưa viết hết', 'unterminated number'],
  14: ['mã Unicode \\u sai', 'invalid \\u escape'],
  15: ['ký tự thoát \\ sai', 'invalid escape character'],
  16: [
    'ký tự không được phép trong chuỗi (xuống dòng, tab …)',
    'a character not allowed in a string (line end, tab …)',
  ],
};

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

const pointerOf = (segments: readonly (string | number)[]) =>
  segments.map((s) => `/${String(s).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');

/** Keys given twice in one object: JSON.parse would keep the last and lose the first silently. */
function duplicateKeys(
  node: Node,
  path: (string | number)[],
  out: { node: Node; path: (string | number)[] }[],
) {
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const prop of node.children ?? []) {
      const [key, value] = prop.children ?? [];
      if (!key) continue;
      const k = String(key.value);
      if (seen.has(k)) out.push({ node: key, path: [...path, k] });
      seen.add(k);
      if (value) duplicateKeys(value, [...path, k], out);
    }
  } else if (node.type === 'array')
    (node.children ?? []).forEach((c, i) => {
      duplicateKeys(c, [...path, i], out);
    });
}

function parseFile(path: string, shown: string, problems: Located[]): ParsedFile | undefined {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  for (const e of errors) {
    const [vi, en] = SYNTAX[e.error] ?? ['lỗi cú pháp', 'syntax error'];
    problems.push({
      file: shown,
      ...lineColumn(text, e.offset),
      pointer: '-',
      vi: `Lỗi cú pháp JSON: ${vi}`,
      en: `JSON syntax error: ${en}`,
    });
  }
  if (errors.length > 0 || !tree) return undefined;
  const dupes: { node: Node; path: (string | number)[] }[] = [];
  duplicateKeys(tree, [], dupes);
  for (const d of dupes)
    problems.push({
      file: shown,
      ...lineColumn(text, d.node.offset),
      pointer: pointerOf(d.path),
      vi: `Trường ${d.path.join('.')}: có hai lần trong cùng đối tượng (lần sau sẽ xóa lần trước)`,
      en: `Field ${d.path.join('.')}: given twice in one object (the second would erase the first)`,
    });
  if (dupes.length > 0) return undefined;
  return { file: shown, text, tree, value: getNodeValue(tree) };
}

/** Read a bundle directory; `catalog.json` may be absent (the plan's catalog is stored). */
export function readBundleDir(dir: string): BundleDir {
  const out: BundleDir = { problems: [] };
  for (const part of ['plan', 'registry', 'catalog'] as const) {
    const path = join(dir, BUNDLE_FILES[part]);
    if (!existsSync(path)) {
      if (part !== 'catalog')
        out.problems.push({
          file: path,
          line: 0,
          column: 0,
          pointer: '-',
          vi: 'không có tệp này (cần plan.json và registry.json)',
          en: 'no such file (plan.json and registry.json are required)',
        });
      continue;
    }
    const parsed = parseFile(path, path, out.problems);
    if (parsed) out[part] = parsed;
  }
  return out;
}

/**
 * The sdk's path (`taskGroups.0.tasks.1.label`) as segments of the file's tree: a segment is an
 * array index where the tree has an array there. (A key with a dot in it is not a key any schema
 * has; such an unknown key is still found by its parent.)
 */
function segmentsIn(tree: Node, path: string): (string | number)[] {
  if (path === '(root)' || path === '') return [];
  const out: (string | number)[] = [];
  let node: Node | undefined = tree;
  for (const s of path.split('.')) {
    const seg: string | number = node?.type === 'array' && /^\d+$/.test(s) ? Number(s) : s;
    out.push(seg);
    node = node ? findNodeAtLocation(node, [seg]) : undefined;
  }
  return out;
}

/** Place a field error in its file: at the value, at the key of an unknown field, or at the nearest object that lacks it. */
export function locate(f: ParsedFile, e: FieldError): Located {
  const segments = segmentsIn(f.tree, e.path);
  let node: Node | undefined;
  for (let n = segments.length; n >= 0 && !node; n--) node = findNodeAtLocation(f.tree, segments.slice(0, n));
  const target = e.code === 'unrecognized_keys' && node?.parent?.type === 'property' ? node.parent : node;
  return {
    file: f.file,
    ...lineColumn(f.text, (target ?? f.tree).offset),
    pointer: pointerOf(segments) || '(root)',
    vi: e.message.vi,
    en: e.message.en,
  };
}

/** Bundle errors of the sdk, each placed in the file of its part. */
export function locateAll(dir: BundleDir, errors: readonly BundleError[]): Located[] {
  return errors.map((b) => {
    const f = dir[b.part];
    if (f) return locate(f, b.error);
    return {
      file: BUNDLE_FILES[b.part],
      line: 0,
      column: 0,
      pointer: '-',
      vi: b.error.message.vi,
      en: b.error.message.en,
    };
  });
}

/** `plan.json:12:7  /taskGroups/0/quarter  vi / en` — one line per problem. */
export const formatLocated = (p: Located) =>
  `${p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file}  ${p.pointer}  ${p.vi} / ${p.en}`;
