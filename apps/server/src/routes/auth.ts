import type { LoginResponse, User } from '@kehoach/sdk';
import type { Hono } from 'hono';
import { verifyPassword } from '../auth/password.js';
import { issueToken, revokeToken } from '../auth/tokens.js';
import type { AppEnv, Services } from '../context.js';
import type { UsersTable } from '../db/schema.js';
import { clientAddress } from '../http/client-address.js';
import { HttpError, MESSAGES } from '../http/errors.js';
import { register } from '../http/route.js';
import { SignInThrottle } from '../services/sign-in-throttle.js';

export function toUser(row: UsersTable): User {
  return { id: row.id, username: row.username, name: row.name, role: row.role, agencyId: row.agency_id };
}

export function authRoutes(app: Hono<AppEnv>, s: Services): void {
  const throttle = new SignInThrottle({
    perAddress: s.config.loginRateLimit,
    freeFailures: s.config.loginDelay.freeFailures,
    maxDelayMs: s.config.loginDelay.maxDelayMs,
  });

  register(app, s, 'login', async (c, { body }) => {
    const now = s.clock.now();
    const username = body.username.trim().toLowerCase();
    const address = clientAddress(c, s.config.trustProxy);
    // Refused before the password is looked at: a waiting account learns nothing from a guess.
    const wait = throttle.begin(address, username, now.getTime());
    if (wait) {
      const messages =
        wait.reason === 'account' ? MESSAGES.sign_in_delayed : MESSAGES.sign_in_address_limited;
      throw new HttpError('rate_limited', messages, undefined, {
        headers: { 'Retry-After': String(wait.seconds) },
      });
    }
    const row = await s.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', username)
      .executeTakeFirst();
    const ok = await verifyPassword(body.password, row && row.disabled === 0 ? row.password_hash : null);
    if (!row || !ok) throw new HttpError('unauthenticated', MESSAGES.bad_credentials);
    throttle.succeeded(address, username);
    const { token, expiresAt } = await issueToken(s.db, row.id, now, s.config.tokenTtlMs);
    const res: LoginResponse = { token, expiresAt, user: toUser(row) };
    c.header('Cache-Control', 'no-store');
    return c.json(res, 200);
  });

  register(app, s, 'logout', async (c) => {
    const token = c.get('token');
    if (token) await revokeToken(s.db, token, s.clock.now());
    return c.body(null, 204);
  });

  register(app, s, 'me', async (c, { user }) => {
    c.header('Cache-Control', 'no-store');
    return c.json(toUser(user), 200);
  });
}
