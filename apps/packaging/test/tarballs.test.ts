import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPackage, createPackageFromTarballData } from '@arethetypeswrong/core';
import { unpack } from '@publint/pack';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Published, pack, published } from '../src/pack.js';

const dir = mkdtempSync(join(tmpdir(), 'kehoach-tarballs-'));
const tarballs = new Map<Published, string>();

beforeAll(() => {
  for (const name of published) tarballs.set(name, pack(name, dir));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(published)('@kehoach/%s as packed', (name) => {
  const data = () => readFileSync(tarballs.get(name) as string);

  it('ships README.md, LICENSE, package.json and a built dist/', async () => {
    const { files } = await unpack(data().buffer as ArrayBuffer);
    const names = files.map((f) => f.name.replace(/^[^/]+\//, ''));
    expect(names).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'package.json']));
    expect(names.some((n) => n.startsWith('dist/') && n.endsWith('.js'))).toBe(true);
    expect(names.some((n) => n.startsWith('src/'))).toBe(false);
  });

  it('has the metadata an integrator relies on, and ranges (not exact 0.0.0) for our own packages', async () => {
    const { files } = await unpack(data().buffer as ArrayBuffer);
    const manifest = JSON.parse(
      new TextDecoder().decode(files.find((f) => f.name.endsWith('/package.json'))?.data),
    );
    for (const key of ['repository', 'homepage', 'bugs', 'engines', 'keywords', 'license'])
      expect(manifest, key).toHaveProperty(key);
    expect(manifest.engines.node).toBe('>=22.12');
    const ours = Object.entries({ ...manifest.dependencies, ...manifest.peerDependencies }).filter(([d]) =>
      d.startsWith('@kehoach/'),
    );
    for (const [dep, range] of ours) expect(range, dep).toMatch(/^\^/);
    expect(manifest.dependencies?.zod, 'zod is not a dependency').toBeUndefined();
    expect(manifest.peerDependencies?.zod).toMatch(/^\^4\./);
  });

  it('passes publint with no message at any level', async () => {
    const { files } = await unpack(data().buffer as ArrayBuffer);
    const pkgDir = (files[0]?.name ?? '').split('/')[0];
    const { messages, pkg } = await publint({ pack: { files }, pkgDir, level: 'suggestion', strict: true });
    expect(messages.map((m) => `${m.type}: ${formatMessage(m, pkg)}`)).toEqual([]);
  });

  // The packages are ES modules only: are-the-types-wrong's "esm-only" profile, which leaves out
  // TypeScript's pre-`exports` node10 resolution and CommonJS files type-checked under node16
  // (Node ≥ 22.12 itself can require() them: see consumer.test.ts).
  it('passes are-the-types-wrong (esm-only profile: node16 ESM and bundler resolution)', async () => {
    const analysis = await checkPackage(createPackageFromTarballData(new Uint8Array(data())));
    if (!analysis.types) throw new Error(`${name}: attw found no types`);
    const ignored = new Set(['node10', 'node16-cjs']);
    const problems = analysis.problems.filter(
      (p) => !('resolutionKind' in p) || !ignored.has(p.resolutionKind as string),
    );
    expect(problems.map((p) => JSON.stringify(p))).toEqual([]);
    // The profile does not hide everything: each entry point resolves under node16 ESM and bundler.
    const plain = Object.entries(analysis.entrypoints).filter(
      ([e]) => !e.includes('*') && !e.endsWith('.json'),
    );
    expect(plain.length).toBeGreaterThan(0);
    for (const [entry, info] of plain)
      for (const kind of ['node16-esm', 'bundler'] as const)
        expect(info.resolutions[kind]?.resolution, `${entry} ${kind}`).toBeDefined();
  });
});
