import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

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
 * `vite build`: ESM for bundlers, one file per module, lit/sdk/zod left as imports so the
 * app dedupes them. `vite build --mode script-tag`: one minified IIFE with everything in it.
 */
export default defineConfig(({ mode }) =>
  mode === 'script-tag'
    ? {
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
