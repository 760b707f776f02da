import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pack, published } from '../src/pack.js';

// The floor of our zod peer range, another minor than the one this repository builds and tests
// with (4.6): the consumer's copy must be the only one, and our schemas must compose with it.
const CONSUMER_ZOD = '4.5.0';
const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');

const dir = mkdtempSync(join(tmpdir(), 'kehoach-consumer-'));
const write = (file: string, text: string) => {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
};

const SOURCES: Record<string, string> = {
  'src/compose.ts': `import { z } from 'zod';
import { type Plan, PlanSchema } from '@kehoach/sdk';
import { dakNong2021 } from '@kehoach/plans';

// The integrator's own schema around ours: fails to type-check when two zod copies meet.
export const Envelope = z.object({ plan: PlanSchema, receivedAt: z.string() });
export type Envelope = z.infer<typeof Envelope>;
const envelope: Envelope = { plan: dakNong2021, receivedAt: '2026-12-01' };
export const plan: Plan = envelope.plan;
`,
  'src/events.ts': `import '@kehoach/widgets/define/kh-report-form.js';

type IsAny<T> = 0 extends 1 & T ? true : false;

const form = document.createElement('kh-report-form');
form.addEventListener('kh-submitted', (e) => {
  const detail = e.detail;
  const typed: IsAny<typeof detail> = false;
  return typed;
});
document.body.addEventListener('kh-submitted', (e) => {
  const typed: IsAny<typeof e.detail> = false;
  return typed;
});
`,
  'run.mjs': `import { z } from 'zod';
import { PlanSchema } from '@kehoach/sdk';
import { dakNong2021 } from '@kehoach/plans';
const r = z.object({ plan: PlanSchema }).safeParse({ plan: dakNong2021 });
console.log(JSON.stringify({ ok: r.success, tasks: r.success ? r.data.plan.taskGroups.length : null }));
`,
  'require.cjs': `const sdk = require('@kehoach/sdk');
const plans = require('@kehoach/plans');
console.log(JSON.stringify({ assess: typeof sdk.assessProgress, plan: plans.dakNong2021.id }));
`,
};

const tsconfig = (moduleResolution: 'bundler' | 'nodenext') =>
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      module: moduleResolution === 'bundler' ? 'ESNext' : 'NodeNext',
      moduleResolution,
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: [],
    },
    include: ['src'],
  });

beforeAll(() => {
  const tarballs = Object.fromEntries(
    published.map((name) => [`@kehoach/${name}`, `file:${pack(name, dir)}`] as const),
  );
  write(
    'package.json',
    JSON.stringify({
      name: 'consumer',
      private: true,
      type: 'module',
      dependencies: { ...tarballs, zod: CONSUMER_ZOD },
    }),
  );
  for (const [file, text] of Object.entries(SOURCES)) write(file, text);
  write('tsconfig.bundler.json', tsconfig('bundler'));
  write('tsconfig.nodenext.json', tsconfig('nodenext'));
  const install = (cache: '--prefer-offline' | '--prefer-online') =>
    execFileSync('npm', ['install', '--no-audit', '--no-fund', cache, '--loglevel=error'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  try {
    install('--prefer-offline');
  } catch {
    // Once on CI npm resolved the pinned zod from its cache as `zod@undefined` (ERESOLVE) and the
    // same install passed on a rerun: a second try asks the registry afresh. A real conflict fails
    // both times.
    install('--prefer-online');
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (cmd: string, args: string[]) => {
  try {
    return { ok: true, out: execFileSync(cmd, args, { cwd: dir, encoding: 'utf8' }) };
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    return { ok: false, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
};

describe('a consumer project with its own zod', () => {
  it('has exactly one zod: its own', () => {
    expect(JSON.parse(readFileSync(join(dir, 'node_modules/zod/package.json'), 'utf8')).version).toBe(
      CONSUMER_ZOD,
    );
    for (const name of published)
      expect(existsSync(join(dir, 'node_modules/@kehoach', name, 'node_modules/zod')), name).toBe(false);
  });

  it.each(['bundler', 'nodenext'])(
    'type-checks z.object({ plan: PlanSchema }) and a typed kh-submitted listener (%s)',
    (mode) => {
      const r = run(process.execPath, [tsc, '-p', `tsconfig.${mode}.json`]);
      expect(r.out).toBe('');
      expect(r.ok).toBe(true);
    },
  );

  it('parses the Đắk Nông plan through its own zod at run time', () => {
    const r = run(process.execPath, ['run.mjs']);
    expect(r.ok, r.out).toBe(true);
    expect(JSON.parse(r.out)).toEqual({ ok: true, tasks: 6 });
  });

  it('can require() the packages (the default export condition)', () => {
    const r = run(process.execPath, ['require.cjs']);
    expect(r.ok, r.out).toBe(true);
    expect(JSON.parse(r.out)).toEqual({ assess: 'function', plan: expect.any(String) });
  });

  it('a listener with a wrong detail type does not type-check (the check above can fail)', () => {
    write(
      'src/wrong.ts',
      `import '@kehoach/widgets/define/kh-report-form.js';
const form = document.createElement('kh-report-form');
form.addEventListener('kh-submitted', (e) => { const n: number = e.detail; return n; });
`,
    );
    const r = run(process.execPath, [tsc, '-p', 'tsconfig.bundler.json']);
    rmSync(join(dir, 'src/wrong.ts'));
    expect(r.ok).toBe(false);
    expect(r.out).toContain('wrong.ts');
  });
});
