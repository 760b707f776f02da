import type { RouteDef } from '../route.js';
import { LoginRequestSchema, LoginResponseSchema } from '../schemas/auth.js';

/** `login`: Sign in and receive a bearer token. */
export const loginRoute = {
  name: 'login',
  method: 'POST',
  path: '/api/v1/auth/login',
  access: 'public',
  body: LoginRequestSchema,
  response: LoginResponseSchema,
} as const satisfies RouteDef;
