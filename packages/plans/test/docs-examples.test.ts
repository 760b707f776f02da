/**
 * docs/plan-bundle.md's "Worked examples, one per kind": every example block is a bundle that
 * validates, of the kind its marker says, and every kind of document has an example — inline
 * (`<!-- bundle-example: <kind> -->` before a json block) or shipped
 * (`<!-- bundle-example: <kind> <directory> -->`), so the page cannot rot.
 */
import { readFileSync } from 'node:fs';
import { PlanKindSchema, validateBundle } from '@kehoach/sdk';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url);
const page = readFileSync(new URL('docs/plan-bundle.md', root), 'utf8');
const markers = [
  ...page.matchAll(/<!-- bundle-example: (\w+)(?: (\S+))? -->\n([\s\S]*?)(?=\n<!--|\n#{2,3} |$)/g),
];

const inline = markers
  .filter((m) => m[2] === undefined)
  .map((m) => {
    const json = /```json\n([\s\S]*?)\n```/.exec(m[3]!)?.[1];
    if (json === undefined) throw new Error(`bundle-example ${m[1]}: no json block after the marker`);
    return {
      kind: m[1]!,
      bundle: JSON.parse(json) as { plan: { kind: string }; registry: unknown; catalog: unknown },
    };
  });
const shipped = markers
  .filter((m) => m[2] !== undefined)
  .map((m) => {
    const dir = new URL(`${m[2]}/`, root);
    const part = (name: string) => JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as never;
    return {
      kind: m[1]!,
      dir: m[2]!,
      bundle: { plan: part('plan.json'), registry: part('registry.json'), catalog: part('catalog.json') },
    };
  });

describe('docs/plan-bundle.md, worked examples', () => {
  it('has an example of every kind of document', () => {
    const kinds = new Set([...inline, ...shipped].map((e) => e.kind));
    expect([...PlanKindSchema.options].filter((k) => !kinds.has(k))).toEqual([]);
  });

  it.each(inline)('the inline $kind example is a valid bundle of that kind', ({ kind, bundle }) => {
    const r = validateBundle(bundle);
    expect(r.success ? [] : r.errors).toEqual([]);
    expect(bundle.plan.kind).toBe(kind);
  });

  it.each(shipped)('the $kind example $dir is shipped, valid and of that kind', ({ kind, bundle }) => {
    const r = validateBundle(bundle);
    expect(r.success ? [] : r.errors).toEqual([]);
    expect((bundle.plan as { kind: string }).kind).toBe(kind);
  });
});
