import { readFileSync } from 'node:fs';
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
