import {
  bundleMessages,
  precompile,
  type RouteName,
  type Routes,
  routes,
  toFieldErrors,
  type Upload,
} from '@kehoach/sdk';
import type { Context, Hono } from 'hono';
import type * as z from 'zod/mini';
import { userForToken } from '../auth/tokens.js';
import type { AppEnv, Services } from '../context.js';
import type { UsersTable } from '../db/schema.js';
import { clientAddress } from './client-address.js';
import { HttpError, MESSAGES, validationFailed } from './errors.js';

type Infer<R, F extends string> = R extends { [P in F]: infer S }
  ? S extends z.ZodMiniType
    ? z.infer<S>
    : undefined
  : undefined;

export interface RouteInput<K extends RouteName> {
  params: Infer<Routes[K], 'params'>;
  query: Infer<Routes[K], 'query'>;
  /** The JSON body validated, or the text of an `upload` route (a CSV file). */
  body: Routes[K] extends { upload: object } ? string : Infer<Routes[K], 'body'>;
  /** The signed-in account; always set unless the route is public. */
  user: K extends PublicRoutes ? UsersTable | null : UsersTable;
}

type PublicRoutes = { [K in RouteName]: Routes[K]['access'] extends 'public' ? K : never }[RouteName];

export type Handler<K extends RouteName> = (c: Context<AppEnv>, input: RouteInput<K>) => Promise<Response>;

/**
 * Without TRUST_PROXY, a client on this machine is never limited: it is a local tool or a
 * reverse proxy, and behind a proxy every client would look like the proxy — one limit for all
 * of them would throttle the whole site, so the limit is off instead (set TRUST_PROXY there).
 */
const LOOPBACK = /^(?:127\.|::1$|::ffff:127\.)/;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

function bearer(c: Context<AppEnv>): string | null {
  const h = c.req.header('authorization');
  if (!h) return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(h);
  return m ? (m[1] ?? null) : '';
}

/** Resolve the bearer token once per request. */
export async function currentUser(c: Context<AppEnv>, s: Services): Promise<UsersTable | null> {
  if (c.get('user') !== undefined && c.get('token') !== undefined) return c.get('user');
  const token = bearer(c);
  const user = token ? await userForToken(s.db, token, s.clock.now()) : null;
  c.set('token', token);
  c.set('user', user);
  return user;
}

function prefixed(prefix: string, issues: readonly { path: PropertyKey[] }[]) {
  return issues.map((i) => ({ ...i, path: [prefix, ...i.path] })) as unknown as Parameters<
    typeof toFieldErrors
  >[0];
}

const compiled = new WeakMap<z.ZodMiniType, z.ZodMiniType>();
/** One compiled copy per schema, shared by every app in the process (tests create many). */
function precompileOnce<S extends z.ZodMiniType>(schema: S): S {
  let c = compiled.get(schema);
  if (!c) {
    c = precompile(schema);
    compiled.set(schema, c);
  }
  return c as S;
}

/**
 * Register the handler of a contract route: the path, method and access come from the sdk's
 * `routes`; params, query and body are validated with the route's schemas before the handler runs.
 */
export function register<K extends RouteName>(
  app: Hono<AppEnv>,
  s: Services,
  name: K,
  handler: Handler<K>,
): void {
  const def = routes[name] as Routes[K] & {
    params?: z.ZodMiniType;
    query?: z.ZodMiniType;
    body?: z.ZodMiniType;
    upload?: Upload;
  };
  const method = def.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
  // Bodies are parsed with zod's compiled fast path (a full yearly report is the largest body and
  // the hottest path on deadline day); results and error messages are those of the schema itself.
  const bodySchema = def.body ? precompileOnce(def.body) : undefined;
  // Public reads are limited per client address (a token bucket): 429 with Retry-After.
  const limited = def.access === 'public' && def.method === 'GET';
  app[method](def.path, async (c) => {
    const address = limited ? clientAddress(c, s.config.trustProxy) : '';
    if (limited && !(LOOPBACK.test(address) && s.config.trustProxy === 0)) {
      const wait = s.publicReads.take(address, s.clock.now().getTime());
      if (wait > 0)
        throw new HttpError('rate_limited', MESSAGES.read_rate_limited, undefined, {
          headers: { 'Retry-After': String(wait) },
        });
    }
    let user: UsersTable | null = null;
    if (def.access !== 'public') {
      user = await currentUser(c, s);
      if (!user) throw new HttpError('unauthenticated');
      const ok =
        def.access === 'user' ||
        def.access === user.role ||
        (def.access === 'reviewer' && user.role === 'admin');
      if (!ok) throw new HttpError('forbidden');
    }

    const errors = [];
    let params: unknown;
    let query: unknown;
    let body: unknown;
    if (def.params) {
      const r = def.params.safeParse(c.req.param());
      if (r.success) params = r.data;
      else errors.push(...toFieldErrors(prefixed('params', r.error.issues), bundleMessages));
    }
    if (def.query) {
      const r = def.query.safeParse(c.req.query());
      if (r.success) query = r.data;
      else errors.push(...toFieldErrors(prefixed('query', r.error.issues), bundleMessages));
    }
    if (def.body) {
      const type = c.req.header('content-type') ?? '';
      if (!JSON_TYPE.test(type)) throw new HttpError('unsupported_media_type');
      const text = await c.req.text();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw validationFailed(
          [{ path: '(root)', code: 'invalid_json', message: MESSAGES.bad_json }],
          MESSAGES.bad_json,
        );
      }
      const r = (bodySchema ?? def.body).safeParse(json);
      if (r.success) body = r.data;
      else errors.push(...toFieldErrors(r.error.issues, bundleMessages));
    } else if (def.upload) {
      // A file's text (`text/csv`): its type checked like JSON's, its content by the route.
      const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
      if (type !== def.upload.mediaType) throw new HttpError('unsupported_media_type');
      if (errors.length === 0) body = await c.req.text();
    }
    if (errors.length > 0) throw validationFailed(errors);
    return handler(c, { params, query, body, user } as RouteInput<K>);
  });
}
