/**
 * The transport core of the API client, for one route at a time: `callRoute(config, route, args)`
 * or a `createCaller(config)` that keeps the token. It knows nothing of the contract (it never
 * imports `contract.ts`), so a page that calls four routes bundles those four definitions and
 * their schemas, not the whole API: import the routes you call (`getPlanRoute` …) and pass them.
 * `createClient` is this core mapped over every route.
 *
 * Transport rules: bearer token in the `Authorization` header (never in the URL); a timeout per
 * attempt; retries only when no HTTP answer came back (network failure or our timeout), never
 * after a response, whatever its status; responses validated against the route's schema.
 */
import type * as z from 'zod/mini';
import { toFieldErrors } from '../i18n/validation.js';
import type { Lang } from '../schemas/common.js';
import type { Report } from '../schemas/report.js';
import {
  createApiError,
  NetworkError,
  ResponseValidationError,
  TimeoutError,
  versionFromEtag,
} from './errors.js';
import { abortReason, randomUuid, sleep } from './http.js';
import { buildPath, type RouteDef } from './route.js';

/** Options of {@link createClient} and {@link createCaller}, and the config of {@link callRoute}. */
export interface ClientOptions {
  /** Origin and optional prefix of the API, e.g. `https://kehoach.daknong.gov.vn`; `''` for same origin. */
  baseUrl: string;
  /** Bearer token; `login()` sets it, `setToken()` changes it. */
  token?: string | null;
  /** A fetch implementation; defaults to the global `fetch`, looked up at call time. */
  fetch?: typeof globalThis.fetch;
  /** Timeout of each attempt in milliseconds, including reading the body. Default 15000. */
  timeoutMs?: number;
  /** Extra attempts after a network failure or timeout. Default 2 (so up to 3 attempts). */
  retries?: number;
  /** Base delay before a retry; doubles on each retry, with jitter. Default 300. */
  retryDelayMs?: number;
  /** Sent as `Accept-Language`, so server texts come in this language first. Default `vi`. */
  lang?: Lang;
  /**
   * Validate every JSON response against the route's response schema. Default true. Keys the
   * schema does not know (a newer server's fields) are tolerated in responses, and kept.
   */
  validateResponses?: boolean;
}

/** Options of one call. */
export interface CallOptions {
  /** Aborts the call (and any pending retry) with this signal's reason; never retried. */
  signal?: AbortSignal;
  /** Overrides the client's per-attempt timeout for this call. */
  timeoutMs?: number;
}

/** A file returned by a download route (`exportReport`). */
export interface DownloadedFile {
  /** The bytes. */
  data: ArrayBuffer;
  /** The same bytes as a Blob typed with `contentType`, ready for `URL.createObjectURL`. */
  blob: Blob;
  /** From `Content-Disposition` (needs `Access-Control-Expose-Headers` cross-origin), else a default. */
  filename: string;
  /** The response's media type. */
  contentType: string;
}

/** Result of `saveDraft`: the saved report and the version to send as `If-Match` next time. */
export interface SavedDraft {
  /** The report as the server stored it. */
  report: Report;
  /** New version: from the `ETag` header, else `report.version`. */
  version: number;
  /** The ETag as sent (or `"<version>"` when the header was not readable). */
  etag: string;
}

/** A 2xx answer as {@link requestRoute} returns it: the body read, not decoded. */
export interface RouteResponse {
  status: number;
  headers: Headers;
  /** The body as text; absent for a download (`bytes`). */
  text?: string;
  /** The body of a successful download route (`response: 'binary'`). */
  bytes?: ArrayBuffer;
}

type Schema = z.ZodMiniType;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** Path parameters of a route, as decoded values (`year` is a number). */
type ParamsArgs<D> = D extends { params: infer P extends Schema } ? z.output<P> : unknown;
/** Query parameters of a route. */
type QueryArgs<D> = D extends { query: infer Q extends Schema } ? z.output<Q> : unknown;
/** Fields of the request body, flattened into the arguments; the text of an `upload` under its `arg`. */
type BodyArgs<D> = D extends { body: infer B extends Schema }
  ? z.input<B>
  : D extends { upload: { arg: infer A extends string } }
    ? { [K in A]: string }
    : unknown;
/** Client-side arguments for the headers a route relies on. */
type HeaderArgs<D> = D extends { headers: readonly (infer H)[] }
  ? ('If-Match' extends H
      ? {
          /** Version of the report this edit starts from; sent as `If-Match: "<version>"`. */
          version?: number;
        }
      : unknown) &
      ('Idempotency-Key' extends H
        ? {
            /** Idempotency key; generated when absent and reused on every retry of the call. */
            idempotencyKey?: string;
          }
        : unknown)
  : unknown;

/** Arguments of a call of route `D`: path params, query, body fields and header values, flattened. */
export type RouteArgsOf<D extends RouteDef> = Simplify<
  ParamsArgs<D> & QueryArgs<D> & BodyArgs<D> & HeaderArgs<D>
>;

/** What a call of route `D` resolves to. */
export type RouteResultOf<D extends RouteDef> = D extends { name: 'saveDraft' }
  ? SavedDraft
  : D['response'] extends infer S extends Schema
    ? z.output<S>
    : D['response'] extends 'binary'
      ? DownloadedFile
      : undefined;

/** The method for route `D`: `(args, options?)`, or `(options?)` when the route takes no arguments. */
export type RouteMethodOf<D extends RouteDef> = keyof RouteArgsOf<D> extends never
  ? (options?: CallOptions) => Promise<RouteResultOf<D>>
  : object extends RouteArgsOf<D>
    ? (args?: RouteArgsOf<D>, options?: CallOptions) => Promise<RouteResultOf<D>>
    : (args: RouteArgsOf<D>, options?: CallOptions) => Promise<RouteResultOf<D>>;

/** `args, options` after the route in {@link callRoute} and a {@link Caller}; `args` only when the route takes any. */
export type RouteCallArgs<D extends RouteDef> = keyof RouteArgsOf<D> extends never
  ? [args?: undefined, options?: CallOptions]
  : object extends RouteArgsOf<D>
    ? [args?: RouteArgsOf<D>, options?: CallOptions]
    : [args: RouteArgsOf<D>, options?: CallOptions];

/** A function that calls a route: {@link Caller}, or your own on top of {@link requestRoute}. */
export type RouteCall = <D extends RouteDef>(
  route: D,
  ...rest: RouteCallArgs<D>
) => Promise<RouteResultOf<D>>;

/** Calls any route with one configuration and one bearer token; see {@link createCaller}. */
export interface Caller extends RouteCall {
  /** Use this bearer token from now on; `null` signs out locally. */
  setToken(token: string | null): void;
  /** The bearer token in use, or null. */
  getToken(): string | null;
}

/** One typed method per route of `M`, named by `M`'s keys; see {@link bindRoutes}. */
export type BoundRoutes<M extends Record<string, RouteDef>> = { [K in keyof M]: RouteMethodOf<M[K]> };

/** Keys of an object schema (zod mini keeps them in `_zod.def.shape`). */
function shapeKeys(schema: Schema | undefined): string[] {
  const def = (schema as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def;
  return def?.shape ? Object.keys(def.shape) : [];
}

function pathKeys(path: string): string[] {
  return Array.from(path.matchAll(/:([A-Za-z]+)/g), (m) => m[1] as string);
}

/** Truthy when a call of `route` takes arguments (only ever read as a condition). */
function takesArgs(route: RouteDef): unknown {
  return route.params || route.query || route.body || route.upload || route.headers?.length;
}

/** Marks a failed attempt that may be retried. */
class TransportFailure {
  readonly kind: 'network' | 'timeout';
  readonly cause: unknown;

  constructor(kind: 'network' | 'timeout', cause: unknown) {
    this.kind = kind;
    this.cause = cause;
  }
}

/** {@link ClientOptions} with the defaults filled in; `token` is the one mutable field. */
interface Config {
  base: string;
  token: string | null;
  timeoutMs: number;
  retries: number;
  retryDelayMs: number;
  lang: Lang;
  validateResponses: boolean;
  fetch: typeof globalThis.fetch;
}

function configure(options: ClientOptions): Config {
  return {
    base: options.baseUrl.replace(/\/+$/, ''),
    token: options.token ?? null,
    timeoutMs: options.timeoutMs ?? 15_000,
    retries: Math.max(0, Math.floor(options.retries ?? 2)),
    retryDelayMs: options.retryDelayMs ?? 300,
    lang: options.lang ?? 'vi',
    validateResponses: options.validateResponses ?? true,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
  };
}

/** One attempt: fetch and read the whole body, within `ms`. */
async function attempt(
  config: Config,
  url: string,
  init: RequestInit,
  binary: boolean,
  ms: number,
  signal: AbortSignal | undefined,
): Promise<RouteResponse> {
  const ctrl = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctrl.abort();
  }, ms);
  const onAbort = () => ctrl.abort(abortReason(signal as AbortSignal));
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const res = await config.fetch(url, { ...init, signal: ctrl.signal });
    const raw: RouteResponse = { status: res.status, headers: res.headers };
    if (binary && res.ok) raw.bytes = await res.arrayBuffer();
    else raw.text = await res.text();
    return raw;
  } catch (e) {
    if (signal?.aborted) throw abortReason(signal);
    if (timedOut) throw new TransportFailure('timeout', e);
    if (e instanceof TypeError) throw new TransportFailure('network', e);
    throw e;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** URL and the headers of every call: path and query from `args`, Accept, language, token. */
function target(
  config: Config,
  route: RouteDef,
  args: Record<string, unknown>,
): { url: string; headers: Record<string, string> } {
  const pathParams: Record<string, string | number> = {};
  for (const key of pathKeys(route.path)) {
    const v = args[key];
    if (typeof v === 'string' || typeof v === 'number') pathParams[key] = v;
  }
  let url = config.base + buildPath(route.path, pathParams);
  const query = new URLSearchParams();
  for (const key of shapeKeys(route.query)) {
    const v = args[key];
    if (v !== undefined && v !== null) query.set(key, String(v));
  }
  const qs = query.toString();
  if (qs) url += `?${qs}`;
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': config.lang === 'vi' ? 'vi, en;q=0.5' : 'en, vi;q=0.5',
  };
  if (config.token) headers.Authorization = `Bearer ${config.token}`;
  return { url, headers };
}

/**
 * The attempts: timeout each, retry only when no answer came, and the typed error of a non-2xx
 * status. The body is read (as bytes for a successful download) but not decoded.
 */
async function transmit(
  config: Config,
  url: string,
  init: RequestInit,
  binary: boolean,
  call: CallOptions,
): Promise<RouteResponse> {
  const ms = call.timeoutMs ?? config.timeoutMs;
  let raw: RouteResponse;
  for (let n = 0; ; n++) {
    if (call.signal?.aborted) throw abortReason(call.signal);
    try {
      raw = await attempt(config, url, init, binary, ms, call.signal);
      break;
    } catch (e) {
      if (!(e instanceof TransportFailure)) throw e;
      if (n >= config.retries) {
        throw e.kind === 'timeout'
          ? new TimeoutError(n + 1, ms, { cause: e.cause })
          : new NetworkError(n + 1, { cause: e.cause });
      }
      const delay = config.retryDelayMs * 2 ** n * (0.5 + Math.random() / 2);
      await sleep(Math.min(delay, 30_000), call.signal);
    }
  }

  if (raw.status < 200 || raw.status >= 300) {
    throw createApiError({ ...raw, body: raw.text });
  }
  return raw;
}

/** Everything up to the response, for any route: downloads, bodies, If-Match, Idempotency-Key. */
async function exchange(
  config: Config,
  route: RouteDef,
  args: Record<string, unknown>,
  call: CallOptions,
): Promise<RouteResponse> {
  const { url, headers } = target(config, route, args);
  const binary = route.response === 'binary';
  if (binary) headers.Accept = route.download?.accept ?? '*/*';
  let body: string | undefined;
  if (route.body) {
    const keys = shapeKeys(route.body);
    const payload: Record<string, unknown> = {};
    // An undefined argument is left out by JSON.stringify itself.
    for (const k of keys) payload[k] = args[k];
    body = JSON.stringify(keys.length > 0 ? payload : args);
    headers['Content-Type'] = 'application/json';
  } else if (route.upload) [body, headers['Content-Type']] = route.upload.encode(args);
  if (route.headers?.includes('If-Match') && args.version != null) {
    const v = args.version;
    if (!Number.isInteger(v) || (v as number) < 0)
      throw new TypeError('version must be a non-negative integer');
    headers['If-Match'] = `"${v}"`;
  }
  if (route.headers?.includes('Idempotency-Key')) {
    // One key per call, reused by every retry, so the server applies the call at most once.
    headers['Idempotency-Key'] = typeof args.idempotencyKey === 'string' ? args.idempotencyKey : randomUuid();
  }

  // Built once, before any attempt: a malformed header value (a token with a line break) fails
  // here as a TypeError instead of being mistaken for a network error and retried.
  return transmit(config, url, { method: route.method, headers: new Headers(headers), body }, binary, call);
}

/** {@link exchange}, then the body decoded: a download, or JSON validated against the route. */
async function send(
  config: Config,
  route: RouteDef,
  rawArgs: unknown,
  call: CallOptions = {},
): Promise<unknown> {
  const args = (rawArgs ?? {}) as Record<string, unknown>;
  const raw = await exchange(config, route, args, call);
  if (route.response === null) return undefined;
  const name = route.name ?? `${route.method} ${route.path}`;
  if (route.response === 'binary') {
    // The route brings its reader (api/download.ts), so that callers of other routes never bundle it.
    if (!route.download) throw new TypeError(`${name}: a binary route needs a download reader`);
    return route.download.read(raw, args);
  }

  let json: unknown;
  try {
    json = JSON.parse(raw.text ?? '');
  } catch (e) {
    throw new ResponseValidationError(
      name,
      raw.status,
      [
        {
          path: '(root)',
          code: 'invalid_json',
          message: { vi: 'Nội dung trả về không phải JSON', en: 'The response body is not JSON' },
        },
      ],
      { cause: e },
    );
  }
  let data: unknown = json;
  if (config.validateResponses) {
    const parsed = route.response.safeParse(json);
    // Forward compatibility: fields a newer server adds are not errors in a response (they are in
    // what a client sends); a response whose only issues are unknown keys is taken as it came.
    if (!parsed.success && parsed.error.issues.some((i) => i.code !== 'unrecognized_keys'))
      throw new ResponseValidationError(name, raw.status, toFieldErrors(parsed.error.issues), {
        cause: parsed.error,
      });
    data = parsed.success ? parsed.data : json;
  }
  if (name === 'saveDraft') {
    const report = data as Report;
    const etagHeader = raw.headers.get('ETag');
    const version = versionFromEtag(etagHeader) ?? report.version;
    const saved: SavedDraft = { report, version, etag: etagHeader ?? `"${version}"` };
    return saved;
  }
  return data;
}

/**
 * Call one route once, with the same transport rules as {@link createClient} (timeouts,
 * network-only retries, Idempotency-Key, If-Match, response validation). Stateless: the token
 * is `config.token`, and calling `loginRoute` does not keep the token it returns (a
 * {@link createCaller} does).
 *
 * @example
 * const progress = await callRoute({ baseUrl }, getProgressRoute, { planId, year: 2025 });
 */
export function callRoute<D extends RouteDef>(
  config: ClientOptions,
  route: D,
  ...[args, options]: RouteCallArgs<D>
): Promise<RouteResultOf<D>> {
  return send(configure(config), route, args, options) as Promise<RouteResultOf<D>>;
}

/** A route {@link readRoute} takes: a GET of JSON, with no body and no special header. */
export type ReadableRoute = RouteDef & {
  method: 'GET';
  response: z.ZodMiniType;
  body?: undefined;
  headers?: undefined;
};

/**
 * GET a JSON route with the transport of {@link callRoute} (URL, headers, timeouts, retries,
 * typed `ApiError`s), without decoding the answer: a 2xx comes back as read (`text`), neither
 * parsed nor validated. For readers that validate with the route's schema themselves (a widget
 * showing its own "invalid data" state): their bundle then holds neither the bilingual
 * validation messages nor the code for downloads, bodies, If-Match and Idempotency-Key.
 * Throws a TypeError for any other kind of route.
 *
 * @example
 * const res = await readRoute({ baseUrl }, getPlanRoute, { planId });
 * const plan = getPlanRoute.response.parse(JSON.parse(res.text ?? ''));
 */
export function readRoute<D extends ReadableRoute>(
  config: ClientOptions,
  route: D,
  ...[args, options]: RouteCallArgs<D>
): Promise<RouteResponse> {
  const r: RouteDef = route;
  if (r.method !== 'GET' || r.body || r.headers?.length || r.response === null || r.response === 'binary')
    return Promise.reject(new TypeError(`readRoute: ${r.name ?? r.path} is not a GET of JSON`));
  const c = configure(config);
  const { url, headers } = target(c, route, (args ?? {}) as Record<string, unknown>);
  return transmit(c, url, { method: 'GET', headers: new Headers(headers) }, false, options ?? {});
}

/**
 * A function that calls any route with one configuration and keeps the bearer token, as
 * {@link createClient} does: a call of `loginRoute` keeps the token it returns, and a call of
 * `logoutRoute` forgets it, even when the server cannot be told.
 *
 * @example
 * const call = createCaller({ baseUrl: 'https://kehoach.example.gov.vn', token });
 * const plan = await call(getPlanRoute, { planId }, { signal });
 */
export function createCaller(options: ClientOptions): Caller {
  const config = configure(options);
  const caller = ((route: RouteDef, args?: unknown, call?: CallOptions) => {
    const result = send(config, route, args, call);
    if (route.name === 'login')
      return result.then((data) => {
        config.token = (data as { token: string }).token;
        return data;
      });
    if (route.name === 'logout')
      return result.finally(() => {
        config.token = null;
      });
    return result;
  }) as Caller;
  caller.setToken = (token) => {
    config.token = token;
  };
  caller.getToken = () => config.token;
  return caller;
}

/**
 * One method per route of `map`, named by its keys, each calling `caller`: `createClient` is
 * `bindRoutes(createCaller(options), routes)` plus `setToken`/`getToken`; pass only the routes
 * a page calls to keep the others (and their schemas) out of its bundle.
 *
 * @example
 * const api = bindRoutes(createCaller({ baseUrl }), { getPlan: getPlanRoute, getProgress: getProgressRoute });
 * const plan = await api.getPlan({ planId });
 */
export function bindRoutes<M extends Record<string, RouteDef>>(caller: RouteCall, map: M): BoundRoutes<M> {
  const methods: Record<string, unknown> = {};
  for (const [key, route] of Object.entries(map)) {
    const call = caller as (route: RouteDef, args?: unknown, options?: CallOptions) => Promise<unknown>;
    methods[key] = takesArgs(route)
      ? (args?: unknown, options?: CallOptions) => call(route, args, options)
      : (options?: CallOptions) => call(route, undefined, options);
  }
  return methods as BoundRoutes<M>;
}
