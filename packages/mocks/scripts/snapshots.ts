/**
 * Write the static JSON snapshots (`snapshots/<kind>.json`) that widgets read with `src=` and
 * portals without a backend can serve as plain files. Run by `pnpm build`; deterministic, so
 * the files only change when the demo data do.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSnapshot, SNAPSHOT_KINDS } from '../src/builders/snapshot.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'snapshots');
mkdirSync(out, { recursive: true });
for (const kind of SNAPSHOT_KINDS) {
  writeFileSync(join(out, `${kind}.json`), `${JSON.stringify(buildSnapshot(kind), null, 2)}\n`);
}
console.log(`snapshots: ${SNAPSHOT_KINDS.length} files in ${out}`);
