import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  emptyContent,
  healthContent,
  jsonReq,
  login,
  onPostgres,
  REPORT_PATH,
  useTestServer,
} from './helpers.js';

const s = useTestServer('file');
beforeAll(async () => {
  const t = await login(s.app, 'so-y-te');
  await s.app.request(REPORT_PATH, jsonReq('PUT', t, { content: healthContent() }));
});

describe('audit log is append-only', () => {
  it('refuses UPDATE and DELETE through Kysely', async () => {
    const before = await s.db.kysely.selectFrom('audit_log').selectAll().execute();
    expect(before.length).toBeGreaterThan(0);
    await expect(s.db.kysely.updateTable('audit_log').set({ action: 'forged' }).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(s.db.kysely.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log where id = 1`.execute(s.db.kysely)).rejects.toThrow(/append-only/);
    expect(await s.db.kysely.selectFrom('audit_log').selectAll().execute()).toEqual(before);
  });

  it('refuses UPDATE and DELETE through the raw driver', async () => {
    if (onPostgres) {
      // A connection of its own, outside the server's pool: the trigger is in the database.
      const { default: pg } = await import('pg');
      const raw = new pg.Client({ connectionString: s.database.url });
      await raw.connect();
      try {
        await expect(raw.query("update audit_log set user_id = 'x'")).rejects.toThrow(/append-only/);
        await expect(raw.query('delete from audit_log')).rejects.toThrow(/append-only/);
        await expect(raw.query('truncate audit_log')).rejects.toThrow(/append-only/);
      } finally {
        await raw.end();
      }
      return;
    }
    const raw = s.db.sqlite;
    if (!raw) throw new Error('sqlite expected');
    expect(() => raw.prepare("update audit_log set user_id = 'x'").run()).toThrow(/append-only/);
    expect(() => raw.prepare('delete from audit_log').run()).toThrow(/append-only/);
  });

  it('still accepts new rows', async () => {
    const n = (await s.db.kysely.selectFrom('audit_log').select('id').execute()).length;
    const t = await login(s.app, 'so-tu-phap');
    await s.app.request(REPORT_PATH, jsonReq('PUT', t, { content: emptyContent() }));
    expect((await s.db.kysely.selectFrom('audit_log').select('id').execute()).length).toBe(n + 1);
  });
});
