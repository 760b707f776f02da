import type { RouteDef } from '../route.js';

/** `logout`: Sign out and revoke the token. */
export const logoutRoute = {
  name: 'logout',
  method: 'POST',
  path: '/api/v1/auth/logout',
  access: 'user',
  response: null,
} as const satisfies RouteDef;
