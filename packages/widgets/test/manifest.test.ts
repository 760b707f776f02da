/**
 * The custom-elements manifest as published, and the editor data made from it: analysed afresh
 * from the sources (so a JSDoc change shows here without a build), checked against the built
 * files in dist/ that it points at.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { vsCodeFile, webTypesFile, writeEditorData } from '../scripts/editor-data.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = 'test-results/cem-manifest';
const TAGS = [
  'kh-indicator-card',
  'kh-progress-dashboard',
  'kh-report-form',
  'kh-submission-tracker',
  'kh-task-tracker',
];

interface Named {
  name: string;
  description?: string;
  inheritedFrom?: { name: string };
  type?: { text: string };
  attribute?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration extends Named {
  tagName?: string;
  customElement?: boolean;
  attributes?: Named[];
  members?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Export {
  kind: string;
  name: string;
  declaration: { name: string; module: string };
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[]; exports?: Export[] }[];
}

let manifest: Manifest;
let elements: Declaration[];

beforeAll(() => {
  if (!existsSync(`${root}dist/index.js`))
    throw new Error('dist/ is missing: run `pnpm --filter @kehoach/widgets build`');
  execFileSync(`${root}node_modules/.bin/cem`, ['analyze', '--quiet', '--outdir', outdir], {
    cwd: root,
    stdio: 'pipe',
  });
  manifest = JSON.parse(readFileSync(`${root}${outdir}/custom-elements.json`, 'utf8')) as Manifest;
  elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName);
});

describe('custom-elements.json', () => {
  it('points at published files only: every module path and reference is a file in dist/', () => {
    const paths = new Set<string>();
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (node && typeof node === 'object')
        for (const [k, v] of Object.entries(node))
          if ((k === 'path' || k === 'module') && typeof v === 'string') paths.add(v);
          else visit(v);
    };
    visit(manifest.modules);
    expect(paths.size).toBeGreaterThan(10);
    for (const p of paths) {
      expect(p, p).toMatch(/^dist\/.+\.js$/);
      expect(existsSync(`${root}${p}`), `${p} exists`).toBe(true);
    }
  });

  it('lists where each tag is defined: its registration module and the script-tag file', () => {
    const definitions = manifest.modules.flatMap((m) =>
      (m.exports ?? [])
        .filter((e) => e.kind === 'custom-element-definition')
        .map((e) => ({ path: m.path, ...e })),
    );
    const classOf = new Map(
      manifest.modules.flatMap((m) =>
        (m.declarations ?? [])
          .filter((d) => d.tagName)
          .map((d) => [d.tagName!, { name: d.name, module: m.path }]),
      ),
    );
    expect(definitions.filter((d) => d.path === 'dist/kehoach-widgets.js').map((d) => d.name)).toEqual(TAGS);
    for (const tag of TAGS) {
      const own = definitions.filter((d) => d.path === `dist/define/${tag}.js`);
      expect(own.map((d) => d.name)).toEqual([tag]);
      expect(own[0]!.declaration).toEqual(classOf.get(tag));
    }
    expect(definitions).toHaveLength(TAGS.length * 2);
  });

  it('gives every event a type made of names the package exports', () => {
    const program = ts.createProgram([`${root}dist/index.d.ts`], { skipLibCheck: true, noEmit: true });
    const checker = program.getTypeChecker();
    const index = checker.getSymbolAtLocation(program.getSourceFile(`${root}dist/index.d.ts`)!)!;
    const exported = new Set(checker.getExportsOfModule(index).map((s) => s.name));
    let count = 0;
    for (const d of elements)
      for (const e of d.events ?? []) {
        count++;
        const text = e.type?.text ?? '';
        expect(text, `${d.tagName} ${e.name}`).toMatch(/^CustomEvent<.+>$/);
        for (const name of text.match(/[A-Za-z_]\w*/g)!.filter((n) => n !== 'CustomEvent'))
          expect(exported, `${d.tagName} ${e.name}: ${name}`).toContain(name);
      }
    // kh-load and kh-error on each of the five, and the elements' own.
    expect(count).toBe(21);
  });

  it("lists the data source KhElement declares once on every element, typed with the element's data", () => {
    const dataType: Record<string, string> = {
      'kh-indicator-card': 'IndicatorCardData',
      'kh-progress-dashboard': 'ProgressDashboardData',
      'kh-report-form': 'ReportFormSnapshot',
      'kh-submission-tracker': 'SubmissionTrackerData',
      'kh-task-tracker': 'TaskTrackerData',
    };
    for (const d of elements) {
      const attrs = new Map((d.attributes ?? []).map((a) => [a.name, a]));
      const members = new Map((d.members ?? []).map((m) => [m.name, m]));
      for (const name of ['src', 'api-base', 'lang', 'theme'])
        expect(attrs.get(name)?.inheritedFrom?.name, `${d.tagName} [${name}]`).toBe('KhElement');
      expect(attrs.has('data'), `${d.tagName}: data is a property only`).toBe(false);
      expect(members.get('data')?.type?.text, `${d.tagName}.data`).toBe(
        `${dataType[d.tagName!]} | undefined`,
      );
      expect(members.get('apiBase')?.attribute).toBe('api-base');
      expect(members.get('retry')?.kind).toBe('method');
      // Documented once on KhElement, inherited: the retry part, the error event, every custom property.
      expect(d.cssParts?.map((p) => p.name)).toEqual(expect.arrayContaining(['state', 'retry-button']));
      expect(d.events?.find((e) => e.name === 'kh-error')?.description).toMatch(/failed/);
      expect(d.cssProperties?.map((p) => p.name)).toHaveLength(15);
    }
    expect(elements).toHaveLength(5);
  });
});

describe('editor data', () => {
  let vscode: {
    tags: {
      name: string;
      description: string;
      attributes: { name: string; values?: { name: string }[] }[];
    }[];
  };
  let webTypes: {
    name: string;
    contributions: {
      html: {
        elements: {
          name: string;
          attributes: { name: string }[];
          js: { properties: { name: string }[]; events: { name: string; type: string }[] };
        }[];
      };
    };
  };

  beforeAll(() => {
    const dir = `${root}test-results/editor-data`;
    writeEditorData(`${root}${outdir}/custom-elements.json`, dir);
    vscode = JSON.parse(readFileSync(`${dir}/${vsCodeFile}`, 'utf8'));
    webTypes = JSON.parse(readFileSync(`${dir}/${webTypesFile}`, 'utf8'));
  });

  it('lists every element, attribute and event of the manifest', () => {
    expect(vscode.tags.map((t) => t.name).sort()).toEqual(TAGS);
    expect(webTypes.name).toBe('@kehoach/widgets');
    expect(webTypes.contributions.html.elements.map((t) => t.name).sort()).toEqual(TAGS);
    for (const d of elements) {
      const tag = vscode.tags.find((t) => t.name === d.tagName)!;
      const web = webTypes.contributions.html.elements.find((t) => t.name === d.tagName)!;
      const attributes = (d.attributes ?? []).map((a) => a.name).sort();
      expect(attributes.length).toBeGreaterThan(2);
      expect(tag.attributes.map((a) => a.name).sort()).toEqual(attributes);
      expect(web.attributes.map((a) => a.name).sort()).toEqual(attributes);
      const events = (d.events ?? []).map((e) => e.name);
      for (const name of events) expect(tag.description, `${d.tagName} ${name}`).toContain(`**${name}**`);
      expect(web.js.events.map((e) => [e.name, e.type])).toEqual(
        (d.events ?? []).map((e) => [e.name, e.type?.text]),
      );
      // Properties without an attribute (data, token) are offered for scripts and JSX.
      const fields = (d.members ?? []).filter((m) => m.kind === 'field' && !m.static).map((m) => m.name);
      expect(web.js.properties.map((p) => p.name).sort()).toEqual([...new Set(fields)].sort());
    }
  });

  it('offers the values of an attribute that takes a few', () => {
    const theme = vscode.tags[0]!.attributes.find((a) => a.name === 'theme')!;
    expect(theme.values?.map((v) => v.name)).toEqual(['auto', 'light', 'dark']);
  });

  it('ships both files and the manifest in dist/, exported by the package', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
    expect(pkg.files).toContain('dist');
    expect(pkg['web-types']).toBe(`dist/${webTypesFile}`);
    for (const file of ['custom-elements.json', vsCodeFile, webTypesFile]) {
      expect(pkg.exports[`./${file}`]).toBe(`./dist/${file}`);
      expect(existsSync(`${root}dist/${file}`), `dist/${file}`).toBe(true);
    }
  });
});
