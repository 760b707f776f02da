import {
  bundleMessages,
  type RouteName,
  type Routes,
  routes,
  toFieldErrors,
  type Upload,
} from '@kehoach/sdk';
import { delay, type HttpHandler, http } from 'msw';
import type * as z from 'zod/mini';
import type { DemoUser } from '../fixtures/users.js';
import { MESSAGES, MockHttpError, validationFailed } from './respond.js';
import type { MockState } from './state.js';

/** Scenario switches for stories and tests; see `createHandlers`. */
export type Scenario = 'ok' | 'empty' | 'error' | 'slow' | 'offline-once';

/** What every handler shares. */
export interface HandlerContext {
  state: MockState;
  scenario: Scenario;
  /** Prefix of the API (origin and path), `''` for any origin. */
  baseUrl: string;
  latencyMs: number;
  slowMs: number | 'infinite';
  now(): Date;
}

type Infer<R, F extends string> = R extends { [P in F]: infer S }
  ? S extends z.ZodMiniType
    ? z.infer<S>
    : undefined
  : undefined;

/** A validated request of route `K`. */
export interface RouteCall<K extends RouteName> {
  request: Request;
  params: Infer<Routes[K], 'params'>;
  query: Infer<Routes[K], 'query'>;
  /** The JSON body validated, or the text of an `upload` route (a CSV file). */
  body: Routes[K] extends { upload: object } ? string : Infer<Routes[K], 'body'>;
  /** The signed-in demo user; null only on public routes. */
  user: DemoUser | null;
}

type Def = { params?: z.ZodMiniType; query?: z.ZodMiniType; body?: z.ZodMiniType; upload?: Upload };

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

function prefixed(prefix: string, issues: readonly { path: PropertyKey[] }[]) {
  return issues.map((i) => ({ ...i, path: [prefix, ...i.path] })) as unknown as Parameters<
    typeof toFieldErrors
  >[0];
}

/** The signed-in user of a request, from `Authorization: Bearer <token>`. */
export function userOf(state: MockState, request: Request): DemoUser | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  const id = m?.[1] ? state.tokens.get(m[1]) : undefined;
  return id === undefined ? null : (state.users.find((u) => u.id === id) ?? null);
}

/** The JSON body of a request; 415 when it is not JSON, 400 when it does not parse. */
async function readJson(request: Request): Promise<unknown> {
  if (!JSON_TYPE.test(request.headers.get('content-type') ?? ''))
    throw new MockHttpError('unsupported_media_type');
  try {
    return JSON.parse(await request.text());
  } catch {
    throw validationFailed(
      [{ path: '(root)', code: 'invalid_json', message: MESSAGES.bad_json }],
      MESSAGES.bad_json,
    );
  }
}

/** The msw path of a contract path: under `baseUrl`, or on any origin when it is `''`. */
export const mswPath = (baseUrl: string, path: string): string =>
  baseUrl ? `${baseUrl.replace(/\/+$/, '')}${path}` : `*${path}`;

/**
 * An msw handler for contract route `name`, behaving like the reference server's `register`:
 * scenario delays and failures first, then the bearer token (401) and the route's access (403),
 * then params, query and body validated with the route's schemas (400 with bilingual field
 * errors, paths `params.*`/`query.*` for the URL), then `handle`. A `MockHttpError` thrown by
 * `handle` becomes an ApiError response; anything else a 500.
 */
export function route<K extends RouteName>(
  ctx: HandlerContext,
  name: K,
  handle: (call: RouteCall<K>) => Response | Promise<Response>,
): HttpHandler {
  const def = routes[name] as Routes[K] & Def;
  const method = def.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
  return http[method](mswPath(ctx.baseUrl, def.path), async ({ request, params: rawParams }) => {
    if (ctx.scenario === 'slow') await delay(ctx.slowMs);
    else if (ctx.latencyMs > 0) await delay(ctx.latencyMs);
    try {
      if (ctx.scenario === 'error') throw new MockHttpError('internal');
      let user: DemoUser | null = null;
      if (def.access !== 'public') {
        user = userOf(ctx.state, request);
        if (!user) throw new MockHttpError('unauthenticated');
        const ok =
          def.access === 'user' ||
          def.access === user.role ||
          (def.access === 'reviewer' && user.role === 'admin');
        if (!ok) throw new MockHttpError('forbidden');
      }
      const errors = [];
      let params: unknown;
      let query: unknown;
      if (def.params) {
        // Without a base URL the path is matched from `*`, whose match msw adds as param "0":
        // it is the origin, not a parameter of the route (the strict params schema would refuse it).
        const named = Object.fromEntries(Object.entries(rawParams).filter(([k]) => !/^\d+$/.test(k)));
        const r = def.params.safeParse(named);
        if (r.success) params = r.data;
        else errors.push(...toFieldErrors(prefixed('params', r.error.issues), bundleMessages));
      }
      if (def.query) {
        const r = def.query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
        if (r.success) query = r.data;
        else errors.push(...toFieldErrors(prefixed('query', r.error.issues), bundleMessages));
      }
      let body: unknown;
      if (def.body) {
        const r = def.body.safeParse(await readJson(request));
        if (r.success) body = r.data;
        else errors.push(...toFieldErrors(r.error.issues, bundleMessages));
      } else if (def.upload) {
        // A file's text (`text/csv`), its type checked as the server checks it; its content by `handle`.
        const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
        if (type !== def.upload.mediaType) throw new MockHttpError('unsupported_media_type');
        body = await request.text();
      }
      if (errors.length > 0) throw validationFailed(errors);
      return await handle({ request, params, query, body, user } as RouteCall<K>);
    } catch (e) {
      if (e instanceof MockHttpError) return e.toResponse();
      return new MockHttpError('internal').toResponse();
    }
  });
}

/** 404 in the ApiError shape for any other path under `/api/v1`, as the server answers. */
export function notFoundFallback(ctx: HandlerContext): HttpHandler {
  return http.all(mswPath(ctx.baseUrl, '/api/v1/*'), () => new MockHttpError('not_found').toResponse());
}
