import type { LoginResponse, User } from '@kehoach/sdk';
import { type HttpHandler, HttpResponse } from 'msw';
import { type DemoUser, demoToken } from '../fixtures/users.js';
import { jsonNoStore, MESSAGES, MockHttpError } from './respond.js';
import { type HandlerContext, route } from './route.js';

/** Demo tokens last a working day. */
const TOKEN_TTL_MS = 8 * 60 * 60 * 1000;

/** The public view of a demo user (no password). */
export const toUser = (u: DemoUser): User => ({
  id: u.id,
  username: u.username,
  name: u.name,
  role: u.role,
  agencyId: u.agencyId,
});

/**
 * login (demo users and passwords; the token is `demo-token.<username>`, fake and for mocks
 * only), logout (revokes the token until `state.reset()`), me.
 */
export function authHandlers(ctx: HandlerContext): HttpHandler[] {
  return [
    route(ctx, 'login', ({ body }) => {
      const username = body.username.trim().toLowerCase();
      const user = ctx.state.users.find((u) => u.username === username);
      if (!user || user.password !== body.password)
        throw new MockHttpError('unauthenticated', MESSAGES.bad_credentials);
      const token = demoToken(user.username);
      ctx.state.tokens.set(token, user.id);
      const res: LoginResponse = {
        token,
        expiresAt: new Date(ctx.now().getTime() + TOKEN_TTL_MS).toISOString(),
        user: toUser(user),
      };
      return jsonNoStore(res);
    }),
    route(ctx, 'logout', ({ request }) => {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
      if (m?.[1]) ctx.state.tokens.delete(m[1]);
      return new HttpResponse(null, { status: 204 });
    }),
    route(ctx, 'me', ({ user }) => jsonNoStore(toUser(user!))),
  ];
}
