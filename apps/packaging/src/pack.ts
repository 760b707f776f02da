import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The packages an integrator installs from the registry. */
export const published = ['sdk', 'plans', 'widgets'] as const;
export type Published = (typeof published)[number];

/**
 * Packs `packages/<name>` with pnpm, as a release would (workspace ranges rewritten, `files`
 * applied, `prepack` run), into `dir`; returns the tarball's path.
 */
export function pack(name: Published, dir: string): string {
  const before = new Set(readdirSync(dir));
  execFileSync('pnpm', ['pack', '--pack-destination', dir], {
    cwd: join(repoRoot, 'packages', name),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const made = readdirSync(dir).filter((f) => f.endsWith('.tgz') && !before.has(f));
  if (made.length !== 1) throw new Error(`pnpm pack of ${name} made ${made.length} tarballs`);
  return join(dir, made[0] as string);
}
