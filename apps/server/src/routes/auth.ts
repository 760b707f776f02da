import type { LoginResponse, User } from '@kehoach/sdk';
import type { Context, Hono } from 'hono';
import { verifyPassword } from '../auth/password.js';
import { issueToken, revokeToken } from '../auth/tokens.js';
import type { AppEnv, Services } from '../context.js';
import type { UsersTable } from '../db/schema.js';
import { HttpError, MESSAGES } from '../http/errors.js';
import { register } from '../http/route.js';
import { RateLimiter } from '../services/rate-limit.js';

export function toUser(row: UsersTable): User {
  return { id: row.id, username: row.username, name: row.name, role: row.role, agencyId: row.agency_id };
}

/** Client address: the socket's, or the first X-Forwarded-For hop behind a trusted proxy. */
export function clientIp(c: Context<AppEnv>, trustProxy: boolean): string {
  if (trustProxy) {
    const fwd = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (fwd) return fwd;
  }
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

export function authRoutes(app: Hono<AppEnv>, s: Services): void {
  const limiter = new RateLimiter(s.config.loginRateLimit.max, s.config.loginRateLimit.windowMs);

  register(app, s, 'login', async (c, { body }) => {
    const now = s.clock.now();
    const username = body.username.trim().toLowerCase();
    const wait = limiter.hit(`${clientIp(c, s.config.trustProxy)}\n${username}`, now.getTime());
    if (wait > 0) {
      throw new HttpError('rate_limited', MESSAGES.rate_limited, undefined, {
        headers: { 'Retry-After': String(wait) },
      });
    }
    const row = await s.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', username)
      .executeTakeFirst();
    const ok = await verifyPassword(body.password, row && row.disabled === 0 ? row.password_hash : null);
    if (!row || !ok) throw new HttpError('unauthenticated', MESSAGES.bad_credentials);
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
