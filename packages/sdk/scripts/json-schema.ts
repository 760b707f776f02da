/**
 * Writes a JSON Schema (draft 2020-12) for every public zod schema into dist/json-schema, so
 * portals not written in TypeScript can validate bundles and API bodies. Runs after tsup.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as z from 'zod/mini';
import * as sdk from '../src/index.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'json-schema');
mkdirSync(out, { recursive: true });

const names: string[] = [];
for (const [name, value] of Object.entries(sdk)) {
  if (!name.endsWith('Schema') || typeof value !== 'object' || value === null || !('_zod' in value)) continue;
  const file = `${name.replace(/Schema$/, '')}.schema.json`;
  const schema = sdk.toJsonSchema(value as z.ZodMiniType);
  writeFileSync(
    join(out, file),
    `${JSON.stringify({ $id: `urn:kehoach:schema:${file}`, title: name, ...schema }, null, 2)}\n`,
  );
  names.push(file);
}
writeFileSync(join(out, 'index.json'), `${JSON.stringify(names.sort(), null, 2)}\n`);
console.log(`json-schema: wrote ${names.length} schemas to ${out}`);
