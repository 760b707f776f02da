import * as z from 'zod/mini';
import { IdSchema, IsoDateTimeSchema } from '../../schemas/common.js';

export const RoleSchema = z.enum(['reporter', 'reviewer', 'admin']);
export type Role = z.infer<typeof RoleSchema>;

export const UserSchema = z.object({
  id: IdSchema,
  username: z.string(),
  name: z.string(),
  role: RoleSchema,
  /** Agency the account acts for; reviewers act for the lead agency. */
  agencyId: z.nullable(IdSchema),
});
export type User = z.infer<typeof UserSchema>;

export const LoginRequestSchema = z.strictObject({
  username: z.string().check(z.minLength(1), z.maxLength(100)),
  password: z.string().check(z.minLength(1), z.maxLength(1000)),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const LoginResponseSchema = z.object({
  token: z.string(),
  expiresAt: IsoDateTimeSchema,
  user: UserSchema,
});
export type LoginResponse = z.infer<typeof LoginResponseSchema>;
