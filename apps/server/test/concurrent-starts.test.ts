import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demo } from '@kehoach/mocks';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/connect.js';
import { countRows, freshDatabase, onPostgres } from './helpers.js';

const serverDir = fileURLToPath(new URL('..', import.meta.url));

interface Started {
  /** Resolves once the process is loaded and waits for the go. */
  ready: Promise<void>;
  go(): void;
  done: Promise<{ code: number | null; output: string }>;
}

/** test/fixtures/start-and-seed.ts in a process of its own, held until `go()`. */
function startProcess(databaseUrl: string): Started {
  const child = spawn(
    process.execPath,
    [
      '--import',
      fileURLToPath(new URL('../../../scripts/ts-specifiers.mjs', import.meta.url)),
      'test/fixtures/start-and-seed.ts',
    ],
    {
      cwd: serverDir,
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let output = '';
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  child.stdout.on('data', (b: Buffer) => {
    output += b.toString();
    if (output.includes('ready\n')) markReady();
  });
  child.stderr.on('data', (b: Buffer) => {
    output += b.toString();
  });
  const done = new Promise<{ code: number | null; output: string }>((resolve) =>
    child.once('exit', (code) => {
      markReady();
      resolve({ code, output });
    }),
  );
  return { ready, go: () => child.stdin.end('go\n'), done };
}

const where = onPostgres ? 'a fresh PostgreSQL schema' : 'a fresh SQLite file';

describe(`three processes starting together on ${where}`, () => {
  it('all migrate and seed without an error, and the demo data is there once', {
    timeout: 180_000,
  }, async () => {
    const dir = onPostgres ? null : mkdtempSync(join(tmpdir(), 'kehoach-concurrent-'));
    const fresh = dir === null ? await freshDatabase() : null;
    const url = dir === null ? (fresh?.url as string) : `file:${join(dir, 'kehoach.sqlite')}`;
    try {
      // Loaded first, then released at once: they open the database as close together as they can.
      const started = [startProcess(url), startProcess(url), startProcess(url)];
      await Promise.all(started.map((p) => p.ready));
      for (const p of started) p.go();
      const results = await Promise.all(started.map((p) => p.done));
      for (const r of results) expect(r.code, r.output).toBe(0);
      const said = results.map(
        (r) => JSON.parse(r.output.split('\n')[1] ?? 'null') as { migrated: string[]; usersCreated: number },
      );
      // One ran the migrations; between them they created each account once.
      expect(said.filter((r) => r.migrated.includes('0001_init'))).toHaveLength(1);
      expect(said.reduce((n, r) => n + r.usersCreated, 0)).toBe(demo.users.length);
      const db = await openDatabase({ url });
      try {
        expect(db.migrated).toEqual([]);
        expect(await countRows(db, 'users')).toBe(demo.users.length);
        expect(await countRows(db, 'reports')).toBe(demo.reports.length);
        expect(await countRows(db, 'observations')).toBe(demo.observations.length);
        const created = await db.kysely
          .selectFrom('audit_log')
          .select('id')
          .where('action', '=', 'user.created')
          .execute();
        expect(created).toHaveLength(demo.users.length);
      } finally {
        await db.close();
      }
    } finally {
      if (dir) rmSync(dir, { recursive: true, force: true });
      await fresh?.drop();
    }
  });
});
