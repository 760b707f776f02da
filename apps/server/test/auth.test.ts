import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../src/auth/password.js';
import { account, healthContent, jsonReq, login, REPORT_PATH, useTestServer } from './helpers.js';

const s = useTestServer('test');

const attempt = (username: string, password: string) =>
  s.app.request('/api/v1/auth/login', jsonReq('POST', null, { username, password }));

describe('passwords', () => {
  it('are salted scrypt hashes', async () => {
    const a = await hashPassword('correct horse');
    const b = await hashPassword('correct horse');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword('correct horse', a)).toBe(true);
    expect(await verifyPassword('correct horsf', a)).toBe(false);
    expect(await verifyPassword('anything', null)).toBe(false);
  });

  it('wrong password and unknown user give the same 401', async () => {
    const r1 = await attempt('so-y-te', 'wrong-password');
    const r2 = await attempt('nobody-here', 'wrong-password');
    expect(r1.status).toBe(401);
    expect(r2.status).toBe(401);
    expect(await r1.json()).toEqual(await r2.json());
  });
});

describe('logs', () => {
  it('never contain tokens, passwords, Authorization headers or usernames', async () => {
    const password = account('so-y-te').password;
    const token = await login(s.app, 'so-y-te');
    await s.app.request(REPORT_PATH, jsonReq('PUT', token, { content: healthContent('Nội dung riêng tư') }));
    await s.app.request(
      `${REPORT_PATH}/submit`,
      jsonReq(
        'POST',
        token,
        { content: healthContent() },
        { 'idempotency-key': 'log-test', 'if-match': '"1"' },
      ),
    );
    await attempt('so-y-te', 'a-wrong-password');
    const out = s.logs.join('');
    expect(out.length).toBeGreaterThan(0);
    expect(out).toContain('"path":"/api/v1/auth/login"');
    expect(out).toContain('"status":200');
    for (const secret of [
      token,
      password,
      'a-wrong-password',
      'Bearer',
      'so-y-te"',
      'Sở Y tế',
      'Nội dung riêng tư',
      'log-test',
    ]) {
      expect(out).not.toContain(secret);
    }
  });
});
