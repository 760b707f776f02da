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

// `@__PURE__` (see TimeZoneSchema) on the object and its fields' `.check()`s (the bundler keeps a
// dropped call's arguments that may have effects): a page that never logs in (every widget) drops it.
export const LoginRequestSchema = /* @__PURE__ */ z.strictObject({
  username: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(100)),
  password: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(1000)),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const LoginResponseSchema = z.object({
  token: z.string(),
  expiresAt: IsoDateTimeSchema,
  user: UserSchema,
});
export type LoginResponse = z.infer<typeof LoginResponseSchema>;
