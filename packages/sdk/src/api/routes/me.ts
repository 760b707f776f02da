import type { RouteDef } from '../route.js';
import { UserSchema } from '../schemas/auth.js';

/** `me`: The signed-in account. */
export const meRoute = {
  name: 'me',
  method: 'GET',
  path: '/api/v1/auth/me',
  access: 'user',
  response: UserSchema,
} as const satisfies RouteDef;
