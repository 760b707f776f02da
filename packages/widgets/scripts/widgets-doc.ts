/**
 * docs/widgets.md from the custom-elements manifest: for every kh-* element its description,
 * attributes, properties, methods, events, slots, CSS parts and CSS custom properties.
 * `pnpm --filter @kehoach/widgets docs` runs `cem analyze` then this script; `--check` only
 * compares (exit 1 when stale). test/widgets-doc.test.ts analyzes the sources afresh and fails
 * when the committed page differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The parts of the manifest schema (custom-elements-manifest 2.x) that the page uses. */
interface Described {
  name: string;
  description?: string;
  summary?: string;
  type?: { text: string };
  default?: string;
}
interface Member extends Described {
  kind: 'field' | 'method';
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  inheritedFrom?: { name: string };
  parameters?: Described[];
  return?: { type?: { text: string } };
}
interface Attribute extends Described {
  fieldName?: string;
  inheritedFrom?: { name: string };
}
interface Declaration extends Described {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: Attribute[];
  members?: Member[];
  events?: Described[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}
export interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

export const manifestPath = fileURLToPath(new URL('../dist/custom-elements.json', import.meta.url));
export const docPath = fileURLToPath(new URL('../../../docs/widgets.md', import.meta.url));
/** Hand-written: typed events, editor data and React, between the list of elements and their reference. */
const integrationPath = fileURLToPath(new URL('./widgets-doc-integration.md', import.meta.url));

/** One table cell: one line, pipes escaped (also inside code spans, as GFM requires). */
const cell = (s: string | undefined): string => (s ? s.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|') : '—');
const code = (s: string | undefined): string => (s ? `\`${s}\`` : '—');

function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

function section(title: string, body: string | undefined, none: string): string {
  return `### ${title}\n\n${body ?? none}\n`;
}

function element(d: Declaration): string {
  const tag = d.tagName!;
  const inherited = (x: { inheritedFrom?: { name: string } }) =>
    x.inheritedFrom ? ` (from \`${x.inheritedFrom.name}\`)` : '';
  const members = (d.members ?? []).filter((m) => m.privacy !== 'private' && m.privacy !== 'protected');
  const fields = members.filter((m) => m.kind === 'field' && !m.static);
  const jsOnly = fields.filter((m) => !m.attribute);
  const methods = members.filter((m) => m.kind === 'method' && !m.static);
  const attrs = d.attributes ?? [];
  const out = [
    `## \`<${tag}>\``,
    '',
    ...(d.summary ? [`**${d.summary.trim()}**`, ''] : []),
    (d.description ?? '').trim(),
    '',
    `Class \`${d.name}\`. Register with \`import '@kehoach/widgets/define/${tag}.js'\`, or load \`kehoach-widgets.js\`.`,
    '',
    section(
      'Attributes',
      attrs.length
        ? `Each attribute is also a property (column *Property*); setting either updates the element.\n\n${table(
            ['Attribute', 'Property', 'Type', 'Default', 'Description'],
            attrs.map((a) => [
              code(a.name),
              code(a.fieldName),
              cell(code(a.type?.text)),
              cell(code(a.default)),
              cell((a.description ?? '') + inherited(a)),
            ]),
          )}`
        : undefined,
      'None.',
    ),
    section(
      'Properties',
      jsOnly.length
        ? `Set from script only; they have no attribute.\n\n${table(
            ['Property', 'Type', 'Default', 'Description'],
            jsOnly.map((m) => [
              code(m.name),
              cell(code(m.type?.text)),
              cell(code(m.default)),
              cell((m.description ?? '') + (m.readonly ? ' Read-only.' : '') + inherited(m)),
            ]),
          )}`
        : undefined,
      'None besides the attributes above.',
    ),
    section(
      'Methods',
      methods.length
        ? table(
            ['Method', 'Description'],
            methods.map((m) => [
              code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`),
              cell((m.description ?? '') + inherited(m)),
            ]),
          )
        : undefined,
      'None.',
    ),
    section(
      'Events',
      d.events?.length
        ? `Every event bubbles, crosses the shadow root (\`composed\`) and is a \`CustomEvent\`; the types are exported by \`@kehoach/widgets\` and \`addEventListener\` knows them (see [Types, editors, React](#types-editors-and-react)).\n\n${table(
            ['Event', 'Type', 'Description'],
            d.events.map((e) => [code(e.name), cell(code(e.type?.text)), cell(e.description)]),
          )}`
        : undefined,
      'None.',
    ),
    section(
      'Slots',
      d.slots?.length
        ? table(
            ['Slot', 'Description'],
            d.slots.map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
          )
        : undefined,
      'None. Content placed inside the element is not shown once it has rendered (it can serve as a fallback until the script runs).',
    ),
    section(
      'CSS parts',
      d.cssParts?.length
        ? `Style with \`${tag}::part(<name>)\`.\n\n${table(
            ['Part', 'Description'],
            d.cssParts.map((p) => [code(p.name), cell(p.description)]),
          )}`
        : undefined,
      'None.',
    ),
    section(
      'CSS custom properties',
      d.cssProperties?.length
        ? `Set on the element or any ancestor; they inherit through the shadow root.\n\n${table(
            ['Property', 'Default', 'Description'],
            d.cssProperties.map((p) => [code(p.name), cell(code(p.default)), cell(p.description)]),
          )}`
        : undefined,
      'None.',
    ),
  ];
  return out.join('\n');
}

/** The whole page; deterministic for a given manifest. */
export function renderWidgetsDoc(manifest: Manifest): string {
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName!.localeCompare(b.tagName!));
  return `${[
    '# Widget reference',
    '',
    '<!-- Generated from the custom-elements manifest by `pnpm --filter @kehoach/widgets docs`',
    '     (packages/widgets/scripts/widgets-doc.ts). Do not edit: change the JSDoc of the element. -->',
    '',
    'Every attribute, property, event, part and custom property of the `kh-*` elements, as the',
    'custom-elements manifest (`@kehoach/widgets/custom-elements.json`) describes them. How to put',
    'them on a page, theme them and run them under a strict Content-Security-Policy:',
    '[embedding.md](embedding.md).',
    '',
    ...elements.map((d) => `- [\`<${d.tagName}>\`](#${d.tagName}) — ${(d.summary ?? '').trim()}`),
    '- [Types, editors and React](#types-editors-and-react) — typed events, editor completions, JSX for React 19 and Preact.',
    '',
    readFileSync(integrationPath, 'utf8').trim(),
    '',
    ...elements.map(element),
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const text = renderWidgetsDoc(manifest);
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(docPath, 'utf8');
    } catch {}
    if (current !== text) {
      console.error('docs/widgets.md is stale: run `pnpm --filter @kehoach/widgets docs`');
      process.exit(1);
    }
  } else {
    writeFileSync(docPath, text);
    console.log(`wrote ${docPath}`);
  }
}
