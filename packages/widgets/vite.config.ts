import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, parseAst } from 'vite';

const src = fileURLToPath(new URL('./src/', import.meta.url));

/** Every element class and every registration module is a public entry point. */
function entries(): Record<string, string> {
  const out: Record<string, string> = { index: `${src}index.ts` };
  for (const name of readdirSync(`${src}elements`))
    out[`elements/${name}/${name}`] = `${src}elements/${name}/${name}.ts`;
  for (const dir of ['define', 'fixtures'])
    for (const file of readdirSync(`${src}${dir}`))
      out[`${dir}/${file.replace(/\.ts$/, '')}`] = `${src}${dir}/${file}`;
  return out;
}

/**
 * CSS of a Lit `css` template with its comments and needless whitespace removed. Conservative:
 * quoted strings are kept as written, no space is removed before a `:` (`a :hover` is not
 * `a:hover`), and spaces inside values (`calc(a / 2)`, `0 0 0 0`) stay single spaces.
 */
export function minifyCss(css: string): string {
  const strings: string[] = [];
  return css
    .replace(/(["'])(?:\\.|(?!\1)[^\\\n])*\1/g, (s) => `\u0000${strings.push(s) - 1}\u0000`)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .trim()
    .replace(/\u0000(\d+)\u0000/g, (_, i: string) => strings[Number(i)]!);
}

/**
 * Minifies the CSS of every `css` template without interpolations, in both builds: bundlers
 * minify the JavaScript around it but never the CSS inside a string, so without this every
 * page would load the indentation and comments of the styles. The line count is kept (the
 * removed line breaks follow the CSS) so that source maps stay right without a new map.
 */
function minifyCssTemplates(): Plugin {
  return {
    name: 'kehoach:minify-css-templates',
    enforce: 'post',
    transform(code, id) {
      if (!id.startsWith(src) || !code.includes('css`')) return null;
      const edits: { start: number; end: number; text: string }[] = [];
      const visit = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) {
          for (const child of node) visit(child);
          return;
        }
        const n = node as Record<string, unknown> & { type?: string };
        if (n.type === 'TaggedTemplateExpression') {
          const tag = n.tag as { type: string; name?: string };
          const quasi = n.quasi as { start: number; end: number; quasis: unknown[] };
          // Offsets are UTF-16 and the template literal's span includes its backticks.
          const [start, end] = [quasi.start + 1, quasi.end - 1];
          if (tag.type === 'Identifier' && tag.name === 'css' && quasi.quasis.length === 1) {
            if (code[start - 1] !== '`' || code[end] !== '`')
              throw new Error(`${id}: unexpected template span`);
            const raw = code.slice(start, end);
            edits.push({ start, end, text: minifyCss(raw) + '\n'.repeat(raw.split('\n').length - 1) });
          }
        }
        for (const [k, v] of Object.entries(n)) if (k !== 'type') visit(v);
      };
      visit(parseAst(code, { lang: 'ts' }));
      if (!edits.length) return null;
      let out = code;
      for (const e of edits.sort((a, b) => b.start - a.start))
        out = out.slice(0, e.start) + e.text + out.slice(e.end);
      return { code: out, map: null };
    },
  };
}

/**
 * `vite build`: ESM for bundlers, one file per module, lit/sdk/zod left as imports so the
 * app dedupes them. `vite build --mode script-tag`: one minified IIFE with everything in it.
 */
export default defineConfig(({ mode }) =>
  mode === 'script-tag'
    ? {
        plugins: [minifyCssTemplates()],
        // Production builds of dependencies (Lit without its dev-mode warnings), whatever
        // NODE_ENV says: vitest sets it to 'test', which made Vite pick Lit's development build.
        resolve: { conditions: ['module', 'browser', 'production'] },
        build: {
          target: 'es2022',
          emptyOutDir: false,
          lib: {
            entry: `${src}kehoach-widgets.ts`,
            formats: ['iife'],
            name: 'KehoachWidgets',
            fileName: () => 'kehoach-widgets.js',
          },
        },
      }
    : {
        plugins: [minifyCssTemplates()],
        build: {
          target: 'es2022',
          minify: false,
          sourcemap: true,
          lib: { entry: entries(), formats: ['es'] },
          rolldownOptions: {
            external: [/^lit($|\/)/, /^@lit\//, /^@kehoach\//, /^zod($|\/)/],
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          },
        },
      },
);
