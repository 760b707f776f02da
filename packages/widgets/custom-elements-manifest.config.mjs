/**
 * Manifest for Storybook autodocs, docs/widgets.md and editors (the VS Code and JetBrains data
 * are generated from it: scripts/editor-data.ts). Only the public surface of each element, with
 * the paths of the published files (dist/*.js), not the TypeScript sources, which are not
 * published.
 */
/** Element class → the type of its `data` (see kh-data-type), and KhElement's own declaration. */
const dataTypes = new Map();
let khElement;

export default {
  globs: ['src/elements/**/*.ts', 'src/internal/kh-element.ts', 'src/define/*.ts', 'src/kehoach-widgets.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.test-helper.ts', 'src/**/*.events.ts'],
  outdir: 'dist',
  // The package.json `customElements` field is written by hand: the docs test analyses into
  // test-results/ and must not repoint it.
  packagejson: false,
  litelement: true,
  plugins: [
    {
      name: 'kh-data-type',
      // `data` is declared once on KhElement as `D | undefined`; say each element's own type
      // (the third type argument of `extends KhElement<T, M, D>`, else the first).
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        if (node.name.text === 'KhElement')
          khElement = moduleDoc.declarations?.find((d) => d.name === 'KhElement');
        const base = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
        if (base?.expression.getText() !== 'KhElement' || !base.typeArguments) return;
        const args = base.typeArguments.map((a) => a.getText());
        const decl = moduleDoc.declarations?.find((d) => d.name === node.name.text);
        if (decl) dataTypes.set(decl, args[2] ?? args[0]);
      },
      packageLinkPhase() {
        // The custom properties in KhElement's order, whether an element redescribes one or not.
        const order = khElement?.cssProperties?.map((p) => p.name);
        const rank = (name) => order?.indexOf(name) ?? -1;
        for (const [decl, type] of dataTypes) {
          for (const m of decl.members ?? [])
            if (m.name === 'data' && m.type?.text === 'D | undefined')
              m.type = { text: `${type} | undefined` };
          decl.cssProperties?.sort((a, b) => rank(a.name) - rank(b.name));
        }
      },
    },
    {
      name: 'kh-public-only',
      // Private (#x) and protected members are implementation detail; the docs table should not offer them as controls.
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules)
          for (const decl of mod.declarations ?? [])
            if (decl.members)
              decl.members = decl.members.filter(
                (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#'),
              );
      },
    },
    {
      name: 'kh-definitions',
      // The registration modules call our `define` helper, not `customElements.define`, which is
      // all the analyzer recognises: say which tag each one defines (`src/define/<tag>.ts`), and
      // that the script-tag file defines them all.
      packageLinkPhase({ customElementsManifest }) {
        const classes = new Map();
        for (const mod of customElementsManifest.modules)
          for (const decl of mod.declarations ?? [])
            if (decl.customElement && decl.tagName)
              classes.set(decl.tagName, { name: decl.name, module: mod.path });
        const definition = (tag) => {
          const declaration = classes.get(tag);
          if (!declaration) throw new Error(`no element class has @tag ${tag}`);
          return { kind: 'custom-element-definition', name: tag, declaration: { ...declaration } };
        };
        for (const mod of customElementsManifest.modules) {
          const tag = /^src\/define\/(kh-[a-z-]+)\.ts$/.exec(mod.path)?.[1];
          if (tag) mod.exports = [...(mod.exports ?? []), definition(tag)];
          if (mod.path === 'src/kehoach-widgets.ts') mod.exports = [...classes.keys()].sort().map(definition);
        }
      },
    },
    {
      name: 'kh-dist-paths',
      // Last: every module path and reference as published (`src/a/b.ts` → `dist/a/b.js`).
      // References the analyzer left relative to the importing module (`./x.data.js`, a type
      // re-export) or to the root (`/src/…`) are resolved first.
      packageLinkPhase({ customElementsManifest }) {
        const toDist = (path, from) =>
          (/^\.{0,2}\//.test(path) ? new URL(path, `file:///${from}`).pathname.slice(1) : path)
            .replace(/^src\//, 'dist/')
            .replace(/\.ts$/, '.js');
        const visit = (node, from) => {
          if (Array.isArray(node)) for (const x of node) visit(x, from);
          else if (node && typeof node === 'object')
            for (const [k, v] of Object.entries(node)) {
              if (k === 'module' && typeof v === 'string' && !node.package) node.module = toDist(v, from);
              else visit(v, from);
            }
        };
        for (const mod of customElementsManifest.modules) {
          const from = mod.path;
          // `export type * from './x.events.js'`: the event types have no JavaScript module to point at.
          mod.exports = mod.exports?.filter((e) => !e.declaration?.module?.endsWith('.events.js'));
          visit(mod.declarations, from);
          visit(mod.exports, from);
          mod.path = toDist(mod.path, from);
        }
      },
    },
  ],
};
