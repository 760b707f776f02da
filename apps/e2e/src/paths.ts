import { fileURLToPath } from 'node:url';

/** Repository paths, all inside this repository. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const serverDir = `${repoRoot}apps/server`;
export const portalDist = `${repoRoot}apps/portal/dist`;
/** The offline demo build (`pnpm --filter @kehoach/portal build:offline`). */
export const portalOfflineDist = `${repoRoot}apps/portal/dist-offline`;
export const e2eDir = `${repoRoot}apps/e2e`;
