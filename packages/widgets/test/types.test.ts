/**
 * What an integrator's TypeScript sees of the built package (dist, as published): the consumer
 * files in test/types/ must type-check, typed `kh-*` listeners included, and the script-tag file
 * declares no export, as its bundle has none (a declared one passed `tsc` and then failed the
 * app's Vite build with MISSING_EXPORT).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { build, parseAst, type Rolldown } from 'vite';
import { beforeAll, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = `${root}test/types/`;

type Jsx = 'react' | 'preact';

/** A program over `files` with the settings of test/types/tsconfig.json (and JSX for `jsx`), and its errors. */
function compile(files: string[], jsx?: Jsx): { program: ts.Program; errors: string[] } {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    `${dir}tsconfig.json`,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  )!;
  const options = jsx
    ? { ...parsed.options, jsx: ts.JsxEmit.ReactJSX, jsxImportSource: jsx }
    : parsed.options;
  const program = ts.createProgram(files, options);
  const errors = ts.getPreEmitDiagnostics(program).map((d) => {
    const at = d.file
      ? `${d.file.fileName.replace(root, '')}:${d.file.getLineAndCharacterOfPosition(d.start!).line + 1} `
      : '';
    return at + ts.flattenDiagnosticMessageText(d.messageText, '\n');
  });
  return { program, errors };
}

interface Manifest {
  modules: {
    declarations?: {
      tagName?: string;
      attributes?: { name: string }[];
      members?: { kind: string; name: string; static?: boolean; attribute?: string }[];
      events?: { name: string; type?: { text: string } }[];
    }[];
  }[];
}

/**
 * JSX that sets every attribute and property and listens to every event of every element in the
 * built manifest, each listener asserting that its event has exactly the manifest's type: a name that the
 * JSX types lack is an excess property, a wrong type an assignment error.
 */
function probe(jsx: Jsx): string {
  const manifest = JSON.parse(readFileSync(`${root}dist/custom-elements.json`, 'utf8')) as Manifest;
  const types = new Set<string>();
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  const body = tags.map((d) => {
    const props = [
      ...(d.attributes ?? []).map((a) => a.name),
      ...(d.members ?? []).filter((m) => m.kind === 'field' && !m.static).map((m) => m.name),
    ];
    const listeners = (d.events ?? []).map((e) => {
      const type = e.type!.text;
      for (const name of type.match(/[A-Za-z_]\w*/g)!) if (name !== 'CustomEvent') types.add(name);
      return `on${e.name}={(e) => { const exact: Is<typeof e, ${type}> = true; return exact; }}`;
    });
    return `<${d.tagName} ${[...new Set(props)].map((p) => `${p}={undefined}`).join(' ')} ${listeners.join(' ')} />`;
  });
  return `import type {} from '@kehoach/widgets/jsx-${jsx}';
import type { ${[...types].sort().join(', ')} } from '@kehoach/widgets';
/** A is exactly B (and not \`any\`). */
type Is<A, B> = 0 extends 1 & A ? false : [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const all = (<div>${body.join('\n')}</div>);
`;
}

let program: ts.Program;
let errors: string[];

beforeAll(() => {
  if (!existsSync(`${root}dist/index.d.ts`))
    throw new Error('dist/ is missing: run `pnpm --filter @kehoach/widgets build`');
  ({ program, errors } = compile([`${dir}events.ts`, `${dir}script-tag.ts`]));
});

it('consumer code type-checks against the built declarations, kh-* listeners typed', () => {
  expect(errors).toEqual([]);
});

for (const jsx of ['react', 'preact'] as const)
  it(`${jsx} JSX: attributes, properties and typed kh-* listeners of every element`, () => {
    const generated = `${root}test-results/types/${jsx}-probe.tsx`;
    mkdirSync(dirname(generated), { recursive: true });
    writeFileSync(generated, probe(jsx));
    const { program, errors } = compile([`${dir}${jsx}.tsx`, generated], jsx);
    expect(errors).toEqual([]);
    // The probe did reach the elements' types (not an `any` from a missing module).
    const checker = program.getTypeChecker();
    const file = program.getSourceFile(generated)!;
    const jsxNamespace = checker.getJsxIntrinsicTagNamesAt(file).map((s) => s.name);
    expect(jsxNamespace).toEqual(expect.arrayContaining(['kh-report-form', 'kh-progress-dashboard', 'div']));
  });

it('the script-tag file declares no export, like its bundle', () => {
  const checker = program.getTypeChecker();
  const page = program.getSourceFile(`${dir}script-tag.ts`)!;
  const resolved = ts.resolveModuleName(
    '@kehoach/widgets/kehoach-widgets.js',
    page.fileName,
    program.getCompilerOptions(),
    ts.sys,
  ).resolvedModule;
  expect(resolved?.resolvedFileName).toBe(`${root}dist/kehoach-widgets.d.ts`);
  const declarations = program.getSourceFile(resolved!.resolvedFileName)!;
  const symbol = checker.getSymbolAtLocation(declarations);
  // A module (it imports the registrations), with nothing to import from it.
  expect(symbol).toBeDefined();
  expect(checker.getExportsOfModule(symbol!).map((s) => s.name)).toEqual([]);
  // What importing it brings: the five tags in HTMLElementTagNameMap.
  const imports = declarations.statements.filter(ts.isImportDeclaration);
  expect(imports.every((i) => !i.importClause)).toBe(true);
  expect(imports.map((i) => (i.moduleSpecifier as ts.StringLiteral).text).sort()).toEqual([
    './define/kh-indicator-card.js',
    './define/kh-progress-dashboard.js',
    './define/kh-report-form.js',
    './define/kh-submission-tracker.js',
    './define/kh-task-tracker.js',
  ]);
  // The bundle: one expression statement (the IIFE), no import or export.
  const bundle = parseAst(readFileSync(`${root}dist/kehoach-widgets.js`, 'utf8'));
  expect(bundle.body.map((n) => n.type)).toEqual(['ExpressionStatement']);
});

it('a Vite app that imports the script-tag file for its side effect builds, and runs the registrations', async () => {
  const out = (await build({
    configFile: false,
    root: dir,
    logLevel: 'silent',
    build: { write: false, minify: false, rolldownOptions: { input: `${dir}script-tag.ts` } },
  })) as Rolldown.RolldownOutput;
  const code = out.output.map((o) => (o.type === 'chunk' ? o.code : '')).join('\n');
  expect(code).toContain('customElements.define(');
  expect(code).toContain('kh-report-form');
});
