import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, parseAst } from 'vite';

const src = fileURLToPath(new URL('./src/', import.meta.url));

/** Every element class and every registration module is a public entry point. */
function entries(): Record<string, string> {
  const out: Record<string, string> = { index: `${src}index.ts` };
  for (const name of readdirSync(`${src}elements`))
    out[`elements/${name}/${name}`] = `${src}elements/${name}/${name}.ts`;
  for (const dir of ['define'])
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
 * The static text of an `html` or `svg` template with each run of whitespace that holds a line
 * break made one space: the page renders it the same (no template here sits in a `pre` or a
 * `white-space: pre*` box, nor holds text inside a `textarea`), and bundlers never touch it.
 */
export function minifyHtml(text: string): string {
  return text
    .replace(new RegExp(`\\s*\\n\\s*(?=</?(${BLOCKS})[\\s>])`, 'g'), '')
    .replace(new RegExp(`(</?(${BLOCKS})(\\s[^<>]*)?>)\\s*\\n\\s*`, 'g'), '$1')
    .replace(/\s*\n\s*/g, ' ');
}
/**
 * Elements whose boxes are blocks, flex items or table parts here, and SVG shapes (whitespace
 * between them draws nothing): whitespace beside their tags is never rendered.
 */
const BLOCKS =
  'div|p|section|article|header|nav|ul|li|dl|dt|dd|table|thead|tbody|tr|th|td|details|summary|fieldset|legend|form|h[1-6]|label|select|option|optgroup|svg|g|line|polyline|circle';

/**
 * Minifies the CSS of every `css` template without interpolations, and the markup between the
 * expressions of every `html` and `svg` template, in both builds: bundlers minify the
 * JavaScript around them but never the text inside a template, so without this every page
 * would load the indentation and comments of the styles and templates. The line count is kept
 * (the removed line breaks go inside the next `${…}` or after the template, where they are
 * JavaScript whitespace) so that source maps stay right without a new map.
 */
function minifyCssTemplates(): Plugin {
  return {
    name: 'kehoach:minify-css-templates',
    enforce: 'post',
    transform(code, id) {
      if (!id.startsWith(src) || !/(css|html|svg)`/.test(code)) return null;
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
            // The line breaks go after the closing backtick, where they are JavaScript whitespace
            // the minifier drops, not text every page would load.
            const lines = '\n'.repeat(raw.split('\n').length - 1);
            edits.push({ start, end: end + 1, text: `${minifyCss(raw)}\`${lines}` });
          } else if (tag.type === 'Identifier' && (tag.name === 'html' || tag.name === 'svg')) {
            const quasis = quasi.quasis as { start: number; end: number }[];
            quasis.forEach((q, i) => {
              // Each span holds its delimiters: the opening backtick or `}`, then `${` or the closing backtick.
              const end = q.end - (i === quasis.length - 1 ? 1 : 2);
              const close = code.slice(end, q.end);
              if (!'`}'.includes(code[q.start]!) || (close !== '`' && close !== '${'))
                throw new Error(`${id}: unexpected template span`);
              const raw = code.slice(q.start + 1, end);
              const lines = '\n'.repeat(raw.split('\n').length - 1);
              edits.push({ start: q.start + 1, end: q.end, text: minifyHtml(raw) + close + lines });
            });
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
