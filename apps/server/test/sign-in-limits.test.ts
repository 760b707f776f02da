import { serverErrorMessages } from '@kehoach/sdk';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { trustedHops } from '../src/config.js';
import { defaultConfig } from '../src/context.js';
import { createLogger } from '../src/logger.js';
import { account, jsonReq, useTestServer } from './helpers.js';

// One proxy of our own in front (TRUST_PROXY=1), 8 failed sign-ins a minute per address (fewer
// than the default 20, to keep the scrypt work of the test small); per account the defaults: 5
// free failures, then waits of 1, 2, 4 … s up to 60 s.
const perAddress = 8;
const s = useTestServer('test', {
  config: { trustProxy: 1, loginRateLimit: { max: perAddress, windowMs: 60_000 } },
});
const { freeFailures, maxDelayMs } = defaultConfig.loginDelay;

/** A sign-in as it reaches the server through the proxy, which appended `from` to the header. */
const signIn = (username: string, password: string, from: string, spoofed?: string) =>
  s.app.request(
    '/api/v1/auth/login',
    jsonReq(
      'POST',
      null,
      { username, password },
      { 'x-forwarded-for': spoofed ? `${spoofed}, ${from}` : from },
    ),
  );

const ATTACKER = '203.0.113.66';
/** The attacker's i-th machine when they have many real addresses (a botnet): no address limit helps. */
const botnet = (i: number) => `100.64.${Math.floor(i / 250) % 250}.${i % 250}`;
const OFFICER = '198.51.100.20';
const password = (u: string) => account(u).password;
const retryAfter = (r: Response) => Number(r.headers.get('retry-after'));
const errorOf = async (r: Response) =>
  ((await r.json()) as { error: { code: string; message: unknown } }).error;

describe('TRUST_PROXY', () => {
  it('is a number of hops; true means one; anything else stops the start', () => {
    expect(trustedHops(undefined)).toBe(0);
    expect(trustedHops('false')).toBe(0);
    expect(trustedHops('0')).toBe(0);
    expect(trustedHops('1')).toBe(1);
    expect(trustedHops('true')).toBe(1);
    expect(trustedHops('2')).toBe(2);
    expect(() => trustedHops('yes')).toThrow(/TRUST_PROXY must be the number of proxies/);
    expect(() => trustedHops('-1')).toThrow(/TRUST_PROXY phải là số/);
  });
});

describe('spoofed X-Forwarded-For', () => {
  it('a different left-most hop on every guess still counts against the one real address', async () => {
    // Password spraying: one guess per account, a new made-up "client" in front each time.
    const statuses: number[] = [];
    for (let i = 0; i < 100; i++) {
      const r = await signIn(`nobody-${i}`, 'Winter2026!', ATTACKER, `10.0.${i}.1`);
      statuses.push(r.status);
    }
    expect(statuses.filter((x) => x === 401)).toHaveLength(perAddress);
    expect(statuses.slice(perAddress).every((x) => x === 429)).toBe(true);
    const limited = await signIn('nobody-x', 'x-password', ATTACKER, '192.0.2.1');
    expect(limited.status).toBe(429);
    expect(retryAfter(limited)).toBeGreaterThan(0);
    expect(retryAfter(limited)).toBeLessThanOrEqual(60);
    expect(await errorOf(limited)).toEqual({
      code: 'rate_limited',
      message: serverErrorMessages.sign_in_address_limited,
    });
    // Someone else behind the same proxy is not affected, not even with the attacker's address
    // written in the part of the header that a client controls.
    expect((await signIn('so-y-te', password('so-y-te'), OFFICER, ATTACKER)).status).toBe(200);
    // The window passes: the attacker's address may try again.
    s.clock.advance(61_000);
    expect((await signIn('nobody-y', 'x-password', ATTACKER)).status).toBe(401);
  });

  it('100 guesses at one account with a new header each get at most the free failures', async () => {
    let wrong = 0;
    for (let i = 0; i < 100; i++) {
      const r = await signIn('so-y-te', `guess-${i}`, ATTACKER, `172.16.${i}.9`);
      if (r.status === 401) wrong += 1;
      else expect(r.status).toBe(429);
    }
    expect(wrong).toBe(freeFailures);
  });

  it('with two proxies the client is the second entry from the right', async () => {
    const two = useTwoHops();
    for (let i = 0; i < perAddress; i++) {
      // client-written junk, the attacker's address (written by the outer proxy), the outer proxy
      const r = await two(`user-${i}`, `10.9.${i}.1, ${ATTACKER}, 192.0.2.254`);
      expect(r.status).toBe(401);
    }
    expect((await two('user-x', `10.9.99.1, ${ATTACKER}, 192.0.2.254`)).status).toBe(429);
    expect((await two('user-y', `${OFFICER}, 192.0.2.254`)).status).toBe(401);
  });
});

/** Sign-ins against a second app on the same database that trusts two proxies. */
function useTwoHops() {
  const logger = createLogger({ level: 'silent' });
  const config = { trustProxy: 2, loginRateLimit: { max: perAddress, windowMs: 60_000 } };
  const app = createApp({ db: s.db.kysely, clock: s.clock, config, logger });
  return (username: string, forwarded: string) =>
    app.request(
      '/api/v1/auth/login',
      jsonReq('POST', null, { username, password: 'not-it-1' }, { 'x-forwarded-for': forwarded }),
    );
}

describe('an attacker cannot lock an officer out', () => {
  it('the wait doubles from 1 s after the free failures, up to the cap', async () => {
    const waits: number[] = [];
    let n = 0;
    for (let i = 0; i < freeFailures; i++)
      expect((await signIn('so-y-te', 'wrong-1', botnet(n++))).status).toBe(401);
    for (let i = 0; i < 9; i++) {
      const early = await signIn('so-y-te', 'wrong-2', botnet(n++));
      expect(early.status).toBe(429);
      waits.push(retryAfter(early));
      s.clock.advance(retryAfter(early) * 1000);
      expect((await signIn('so-y-te', 'wrong-3', botnet(n++))).status).toBe(401);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
    expect(maxDelayMs).toBe(60_000);
  });

  it('the officer waits at most the cap, however long the attacker hammers, and the right password then resets', async () => {
    // The attacker guesses non-stop for five minutes (a request every 100 ms, each from another
    // of their machines).
    let counted = 0;
    for (let i = 0; i < 3000; i++) {
      const r = await signIn('so-y-te', `guess-${i}`, botnet(i));
      if (r.status === 401) counted += 1;
      s.clock.advance(100);
    }
    // 5 free, then one guess after 1, 2, 4 … 32 s, then one a minute: 5 + 6 + 3.
    expect(counted).toBe(freeFailures + 6 + 3);
    // The officer, from the office's address, is asked to wait no longer than the cap …
    const asked = await signIn('so-y-te', password('so-y-te'), OFFICER);
    expect(asked.status).toBe(429);
    expect(await errorOf(asked)).toEqual({
      code: 'rate_limited',
      message: serverErrorMessages.sign_in_delayed,
    });
    expect(retryAfter(asked) * 1000).toBeLessThanOrEqual(maxDelayMs);
    // … the attacker's refused attempts in the meantime do not push the wait further …
    for (let i = 0; i < 50; i++) expect((await signIn('so-y-te', `more-${i}`, botnet(i))).status).toBe(429);
    s.clock.advance(retryAfter(asked) * 1000);
    // … and after it the right password signs in and clears the account's failures.
    expect((await signIn('so-y-te', password('so-y-te'), OFFICER)).status).toBe(200);
    expect((await signIn('so-y-te', 'a-typo-1', OFFICER)).status).toBe(401);
    expect((await signIn('so-y-te', password('so-y-te'), OFFICER)).status).toBe(200);
  });

  it('parallel guesses cannot all slip through while the first ones are being checked', async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => signIn('so-tu-phap', `parallel-${i}`, botnet(i))),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((x) => x === 401)).toHaveLength(freeFailures);
    expect(statuses.filter((x) => x === 429)).toHaveLength(40 - freeFailures);
  });

  it('successful sign-ins never count: a whole office behind one address signs in', async () => {
    for (let i = 0; i < perAddress + 4; i++) {
      expect((await signIn('so-y-te', password('so-y-te'), OFFICER)).status).toBe(200);
    }
    // and a few typos among them do not shut the office out
    for (let i = 0; i < 3; i++) expect((await signIn('so-tu-phap', 'typo-typo', OFFICER)).status).toBe(401);
    expect((await signIn('so-tu-phap', password('so-tu-phap'), OFFICER)).status).toBe(200);
  });
});
