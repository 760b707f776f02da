import { readdirSync, readFileSync } from 'node:fs';
import { validateBundle } from '@kehoach/sdk';
import { describe, expect, it } from 'vitest';
import { dakNong2021, dakNongRegistry, qd23 } from '../src/index.js';

const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../bundles/dak-nong-2021/${name}`, import.meta.url), 'utf8')) as unknown;

describe('the Đắk Nông bundle as files (what `kehoach plan import` reads)', () => {
  it('says exactly what the TypeScript bundle says (`pnpm --filter @kehoach/plans bundles` rewrites them)', () => {
    expect(read('plan.json')).toEqual(dakNong2021);
    expect(read('catalog.json')).toEqual(qd23);
    expect(read('registry.json')).toEqual(dakNongRegistry);
  });

  it('is a valid bundle, references included', () => {
    const r = validateBundle({
      plan: read('plan.json'),
      registry: read('registry.json'),
      catalog: read('catalog.json'),
    });
    expect(r.success ? [] : r.errors).toEqual([]);
  });
});

describe('every bundle shipped in bundles/ (Đắk Nông and the fixtures of other shapes)', () => {
  const root = new URL('../bundles/', import.meta.url);
  const dirs = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  const part = (dir: string, name: string) =>
    JSON.parse(readFileSync(new URL(`${dir}/${name}`, root), 'utf8')) as Record<string, unknown>;

  it.each(dirs)('%s is a valid bundle with its catalog, named after its plan', (dir) => {
    const plan = part(dir, 'plan.json');
    const r = validateBundle({
      plan,
      registry: part(dir, 'registry.json'),
      catalog: part(dir, 'catalog.json'),
    });
    expect(r.success ? [] : r.errors).toEqual([]);
    expect(plan.id).toBe(dir);
  });

  it.each(dirs.filter((d) => d !== 'dak-nong-2021'))(
    '%s says it is illustrative, in its source and its title',
    (dir) => {
      const plan = part(dir, 'plan.json') as { title: { vi: string }; source?: { note?: string } };
      expect(plan.title.vi).toContain('minh họa');
      expect(plan.source?.note).toMatch(/illustrative/i);
      // A catalog of its own is invented too; an adopted national one (Decision 23) is not.
      const catalog = part(dir, 'catalog.json') as { id: string; source: { note?: string } };
      if (catalog.id !== 'qd23') expect(catalog.source.note).toMatch(/illustrative/i);
    },
  );

  it('has bundles of other kinds and issuers than Đắk Nông’s provincial plan', () => {
    const shapes = dirs.map((d) => {
      const plan = part(d, 'plan.json') as { kind: string; issuer: { agencyId: string } };
      const registry = part(d, 'registry.json') as { agencies: { id: string; level: string }[] };
      return `${plan.kind}/${registry.agencies.find((a) => a.id === plan.issuer.agencyId)?.level}`;
    });
    expect(shapes).toEqual(
      expect.arrayContaining(['plan/province', 'programme/national', 'scheme/province']),
    );
  });
});
