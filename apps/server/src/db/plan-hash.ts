import { createHash } from 'node:crypto';

/**
 * The hash stored with each plan version (`plan_versions.content_hash`): SHA-256 of the plan's,
 * the registry's and the catalog's JSON as stored. Stored hashes are compared with new ones, so
 * this must never change (migration 0006 wrote the first ones with it).
 */
export function planContentHash(content: string, registry: string, catalog: string): string {
  return createHash('sha256').update(JSON.stringify([content, registry, catalog])).digest('hex');
}
