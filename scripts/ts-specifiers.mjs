// Lets Node run our TypeScript scripts with its own type stripping, no loader: our sources
// import each other as `./x.js` (what the emitted JavaScript will be called, as TypeScript's
// bundler resolution expects) or, in a few configs, without an extension, and Node maps
// neither to `./x.ts`. This hook does only that mapping, for relative specifiers outside
// node_modules whose file does not exist; Node itself strips the types.
// Use: node --import <root>/scripts/ts-specifiers.mjs script.ts
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (
      (specifier.startsWith('./') || specifier.startsWith('../')) &&
      context.parentURL?.startsWith('file:') &&
      !context.parentURL.includes('/node_modules/') &&
      !existsSync(fileURLToPath(new URL(specifier, context.parentURL)))
    ) {
      const candidate = specifier.endsWith('.js') ? specifier.replace(/\.js$/, '.ts') : `${specifier}.ts`;
      const ts = new URL(candidate, context.parentURL);
      if (existsSync(fileURLToPath(ts))) return nextResolve(ts.href, context);
    }
    return nextResolve(specifier, context);
  },
});
