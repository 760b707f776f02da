/**
 * docs/widgets.md is generated from the custom-elements manifest (scripts/widgets-doc.ts).
 * The manifest is analyzed afresh from the sources here, so a JSDoc change without
 * `pnpm --filter @kehoach/widgets docs` fails this test.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import { docPath, type Manifest, renderWidgetsDoc } from '../scripts/widgets-doc.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = 'test-results/cem';
let manifest: Manifest;

beforeAll(() => {
  execFileSync(`${root}node_modules/.bin/cem`, ['analyze', '--quiet', '--outdir', outdir], {
    cwd: root,
    stdio: 'pipe',
  });
  manifest = JSON.parse(readFileSync(`${root}${outdir}/custom-elements.json`, 'utf8')) as Manifest;
});

it('docs/widgets.md matches the manifest (run `pnpm --filter @kehoach/widgets docs` to update)', () => {
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => d.tagName ?? []);
  expect(tags.sort()).toEqual([
    'kh-indicator-card',
    'kh-progress-dashboard',
    'kh-report-form',
    'kh-submission-tracker',
    'kh-task-tracker',
  ]);
  const doc = readFileSync(docPath, 'utf8');
  // Not toBe: a diff of a whole page is unreadable; say which element drifted instead.
  if (doc !== renderWidgetsDoc(manifest)) {
    const want = renderWidgetsDoc(manifest).split('\n');
    const have = doc.split('\n');
    const line = want.findIndex((l, i) => l !== have[i]);
    expect.fail(
      `docs/widgets.md is stale from line ${line + 1}: expected ${JSON.stringify(want[line])}, found ${JSON.stringify(have[line])}. Run \`pnpm --filter @kehoach/widgets docs\`.`,
    );
  }
});

it('lists every attribute, event, part and custom property of the manifest', () => {
  const doc = renderWidgetsDoc(manifest);
  for (const d of manifest.modules.flatMap((m) => m.declarations ?? []))
    if (d.tagName) {
      const at = doc.indexOf(`## \`<${d.tagName}>\``);
      expect(at).toBeGreaterThan(0);
      const next = doc.indexOf('\n## ', at + 1);
      const part = doc.slice(at, next < 0 ? undefined : next);
      for (const x of [
        ...(d.attributes ?? []),
        ...(d.events ?? []),
        ...(d.cssParts ?? []),
        ...(d.cssProperties ?? []),
      ])
        expect(part, `${d.tagName}: ${x.name}`).toContain(`| \`${x.name}\` |`);
    }
});
