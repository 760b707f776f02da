import { createHash } from 'node:crypto';

/** JSON with every object's keys sorted: the same data written in another key order is the same text. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

/**
 * The hash stored with each plan version (`plan_versions.content_hash`): SHA-256 of the plan's,
 * the registry's and the catalog's JSON (as stored), read as data — key order and spacing do not
 * count. Stored hashes are compared with new ones, so this must never change (migration 0006
 * wrote the first ones with it).
 */
export function planContentHash(content: string, registry: string, catalog: string): string {
  const data = [content, registry, catalog].map((s) => canonical(JSON.parse(s)));
  return createHash('sha256')
    .update(`[${data.join(',')}]`)
    .digest('hex');
}
