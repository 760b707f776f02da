// `prepack` of every published package: build it (and what it depends on) before npm or pnpm
// packs it, so a tarball never ships a stale or missing dist/. Turborepo's cache makes this
// cheap when nothing changed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './toolchain.mjs';

const name = process.env.npm_package_name;
if (!name) {
  console.error('prepack: run me from a package script (npm_package_name is not set)');
  process.exit(1);
}
const turbo = join(root, 'node_modules', '.bin', 'turbo');
const r = spawnSync(
  existsSync(turbo) ? turbo : 'turbo',
  ['run', 'build', `--filter=${name}...`, '--output-logs=errors-only'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(r.status ?? 1);
