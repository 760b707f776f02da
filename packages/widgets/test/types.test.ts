/**
 * What an integrator's TypeScript sees of the built package (dist, as published): the consumer
 * files in test/types/ must type-check, typed `kh-*` listeners included, and the script-tag file
 * declares no export, as its bundle has none (a declared one passed `tsc` and then failed the
 * app's Vite build with MISSING_EXPORT).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { parseAst } from 'vite';
import { beforeAll, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = `${root}test/types/`;

/** The program of test/types/tsconfig.json, and its errors as `file:line message`. */
function compile(): { program: ts.Program; errors: string[] } {
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
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const errors = ts.getPreEmitDiagnostics(program).map((d) => {
    const at = d.file
      ? `${d.file.fileName.replace(root, '')}:${d.file.getLineAndCharacterOfPosition(d.start!).line + 1} `
      : '';
    return at + ts.flattenDiagnosticMessageText(d.messageText, '\n');
  });
  return { program, errors };
}

let program: ts.Program;
let errors: string[];

beforeAll(() => {
  if (!existsSync(`${root}dist/index.d.ts`))
    throw new Error('dist/ is missing: run `pnpm --filter @kehoach/widgets build`');
  ({ program, errors } = compile());
});

it('consumer code type-checks against the built declarations, kh-* listeners typed', () => {
  expect(
    program
      .getRootFileNames()
      .map((f) => f.replace(dir, ''))
      .sort(),
  ).toEqual(['events.ts', 'script-tag.ts']);
  expect(errors).toEqual([]);
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
