/**
 * Typed client of the reference API, generated from the route contract in `contract.ts`: one
 * method per route, arguments and results inferred from the route's zod schemas.
 *
 * Transport rules: bearer token in the `Authorization` header (never in the URL); a timeout per
 * attempt; retries only when no HTTP answer came back (network failure or our timeout), never
 * after a response, whatever its status; responses validated against the contract.
 */
import type * as z from 'zod/mini';
import { toFieldErrors } from '../i18n/validation.js';
import type { Lang } from '../schemas/common.js';
import type { Report } from '../schemas/report.js';
import { buildPath, type RouteDef, type RouteName, type Routes, routes } from './contract.js';
import {
  createApiError,
  NetworkError,
  ResponseValidationError,
  TimeoutError,
  versionFromEtag,
} from './errors.js';
import { abortReason, filenameFromContentDisposition, randomUuid, sleep } from './http.js';

/** Options of {@link createClient}. */
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
  /** Validate every JSON response against the route's response schema. Default true. */
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

type Schema = z.ZodMiniType;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** Path parameters of a route, as decoded values (`year` is a number). */
type ParamsArgs<D> = D extends { params: infer P extends Schema } ? z.output<P> : unknown;
/** Query parameters of a route. */
type QueryArgs<D> = D extends { query: infer Q extends Schema } ? z.output<Q> : unknown;
/** Fields of the request body, flattened into the arguments. */
type BodyArgs<D> = D extends { body: infer B extends Schema } ? z.input<B> : unknown;
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

/** Arguments of the method for route `N`: path params, query, body fields and header values, flattened. */
export type RouteArgs<N extends RouteName> = Simplify<
  ParamsArgs<Routes[N]> & QueryArgs<Routes[N]> & BodyArgs<Routes[N]> & HeaderArgs<Routes[N]>
>;

/** What the method for route `N` resolves to. */
export type RouteResult<N extends RouteName> = N extends 'saveDraft'
  ? SavedDraft
  : Routes[N]['response'] extends infer S extends Schema
    ? z.output<S>
    : Routes[N]['response'] extends 'binary'
      ? DownloadedFile
      : undefined;

/** The method for route `N`: `(args, options?)`, or `(options?)` when the route takes no arguments. */
export type RouteMethod<N extends RouteName> = keyof RouteArgs<N> extends never
  ? (options?: CallOptions) => Promise<RouteResult<N>>
  : object extends RouteArgs<N>
    ? (args?: RouteArgs<N>, options?: CallOptions) => Promise<RouteResult<N>>
    : (args: RouteArgs<N>, options?: CallOptions) => Promise<RouteResult<N>>;

/** One typed method per route of the contract. */
export type ApiMethods = { [N in RouteName]: RouteMethod<N> };

/** The client returned by {@link createClient}. */
export interface KehoachClient extends ApiMethods {
  /** Use this bearer token from now on; `null` signs out locally. */
  setToken(token: string | null): void;
  /** The bearer token in use, or null. */
  getToken(): string | null;
}

const MEDIA_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** Keys of an object schema (zod mini keeps them in `_zod.def.shape`). */
function shapeKeys(schema: Schema | undefined): string[] {
  const def = (schema as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def;
  return def?.shape ? Object.keys(def.shape) : [];
}

function pathKeys(path: string): string[] {
  return Array.from(path.matchAll(/:([A-Za-z]+)/g), (m) => m[1] as string);
}

function takesArgs(route: RouteDef): boolean {
  return Boolean(route.params || route.query || route.body || route.headers?.length);
}

/** Marks a failed attempt that may be retried. */
class TransportFailure {
  constructor(
    readonly kind: 'network' | 'timeout',
    readonly cause: unknown,
  ) {}
}

interface RawResponse {
  status: number;
  headers: Headers;
  text?: string;
  bytes?: ArrayBuffer;
}

/**
 * Create a client of the reference API.
 *
 * Retries follow the brief: only when no response arrived. A write whose connection dropped
 * after the server applied it is therefore sent again: `submitReport` is protected by its
 * Idempotency-Key (one per call, reused on every retry); a retried `saveDraft` then gets 412 with
 * the current version, which the form can compare with its own.
 *
 * @example
 * const api = createClient({ baseUrl: 'https://kehoach.example.gov.vn' });
 * await api.login({ username, password }); // keeps the token for later calls
 * const report = await api.getMyReport({ planId, year: 2024 });
 * const saved = await api.saveDraft({ planId, year: 2024, content, version: report.version });
 * await api.submitReport({ planId, year: 2024, content, version: saved.version });
 */
export function createClient(options: ClientOptions): KehoachClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 15_000;
  const retries = Math.max(0, Math.floor(options.retries ?? 2));
  const retryDelayMs = options.retryDelayMs ?? 300;
  const lang: Lang = options.lang ?? 'vi';
  const validateResponses = options.validateResponses ?? true;
  const doFetch: typeof globalThis.fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let token: string | null = options.token ?? null;

  /** One attempt: fetch and read the whole body, within `ms`. */
  async function attempt(
    url: string,
    init: RequestInit,
    binary: boolean,
    ms: number,
    signal: AbortSignal | undefined,
  ): Promise<RawResponse> {
    const ctrl = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      ctrl.abort();
    }, ms);
    const onAbort = () => ctrl.abort(abortReason(signal as AbortSignal));
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const res = await doFetch(url, { ...init, signal: ctrl.signal });
      const raw: RawResponse = { status: res.status, headers: res.headers };
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

  async function send(name: RouteName, rawArgs: unknown, call: CallOptions = {}): Promise<unknown> {
    const route: RouteDef = routes[name];
    const args = (rawArgs ?? {}) as Record<string, unknown>;

    const pathParams: Record<string, string | number> = {};
    for (const key of pathKeys(route.path)) {
      const v = args[key];
      if (typeof v === 'string' || typeof v === 'number') pathParams[key] = v;
    }
    let url = base + buildPath(route.path, pathParams);
    const query = new URLSearchParams();
    for (const key of shapeKeys(route.query)) {
      const v = args[key];
      if (v !== undefined && v !== null) query.set(key, String(v));
    }
    const qs = query.toString();
    if (qs) url += `?${qs}`;

    const binary = route.response === 'binary';
    const headers: Record<string, string> = {
      Accept: binary
        ? `${Object.values(MEDIA_TYPES).join(', ')}, application/json;q=0.5`
        : 'application/json',
      'Accept-Language': lang === 'vi' ? 'vi, en;q=0.5' : 'en, vi;q=0.5',
    };
    if (token) headers.Authorization = `Bearer ${token}`;
    let body: string | undefined;
    if (route.body) {
      const keys = shapeKeys(route.body);
      const payload: Record<string, unknown> = {};
      for (const k of keys) if (args[k] !== undefined) payload[k] = args[k];
      body = JSON.stringify(keys.length > 0 ? payload : args);
      headers['Content-Type'] = 'application/json';
    }
    if (route.headers?.includes('If-Match') && args.version !== undefined && args.version !== null) {
      const v = args.version;
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
        throw new TypeError('version must be a non-negative integer');
      headers['If-Match'] = `"${v}"`;
    }
    if (route.headers?.includes('Idempotency-Key')) {
      // One key per call, reused by every retry, so the server applies the call at most once.
      headers['Idempotency-Key'] =
        typeof args.idempotencyKey === 'string' ? args.idempotencyKey : randomUuid();
    }

    // Built once, before any attempt: a malformed header value (a token with a line break) fails
    // here as a TypeError instead of being mistaken for a network error and retried.
    const init: RequestInit = { method: route.method, headers: new Headers(headers), body };
    const ms = call.timeoutMs ?? timeoutMs;
    let raw: RawResponse;
    for (let n = 0; ; n++) {
      if (call.signal?.aborted) throw abortReason(call.signal);
      try {
        raw = await attempt(url, init, binary, ms, call.signal);
        break;
      } catch (e) {
        if (!(e instanceof TransportFailure)) throw e;
        if (n >= retries) {
          throw e.kind === 'timeout'
            ? new TimeoutError(n + 1, ms, { cause: e.cause })
            : new NetworkError(n + 1, { cause: e.cause });
        }
        const delay = retryDelayMs * 2 ** n * (0.5 + Math.random() / 2);
        await sleep(Math.min(delay, 30_000), call.signal);
      }
    }

    if (raw.status < 200 || raw.status >= 300) {
      throw createApiError({ status: raw.status, body: raw.text ?? '', headers: raw.headers });
    }
    if (route.response === null) return undefined;
    if (route.response === 'binary') {
      const data = raw.bytes ?? new ArrayBuffer(0);
      const format = typeof args.format === 'string' ? args.format : 'bin';
      const contentType =
        raw.headers.get('Content-Type')?.split(';')[0]?.trim() ||
        MEDIA_TYPES[format as keyof typeof MEDIA_TYPES] ||
        'application/octet-stream';
      const fallback = ['kehoach', args.planId, args.year].filter((x) => x !== undefined).join('-');
      const file: DownloadedFile = {
        data,
        blob: new Blob([data], { type: contentType }),
        filename:
          filenameFromContentDisposition(raw.headers.get('Content-Disposition')) ?? `${fallback}.${format}`,
        contentType,
      };
      return file;
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
    if (validateResponses) {
      const parsed = route.response.safeParse(json);
      if (!parsed.success)
        throw new ResponseValidationError(name, raw.status, toFieldErrors(parsed.error.issues), {
          cause: parsed.error,
        });
      data = parsed.data;
    }
    if (name === 'login') token = (data as { token: string }).token;
    if (name === 'saveDraft') {
      const report = data as Report;
      const etagHeader = raw.headers.get('ETag');
      const version = versionFromEtag(etagHeader) ?? report.version;
      const saved: SavedDraft = { report, version, etag: etagHeader ?? `"${version}"` };
      return saved;
    }
    return data;
  }

  const client = {
    setToken(next: string | null) {
      token = next;
    },
    getToken() {
      return token;
    },
  } as Record<string, unknown>;
  for (const name of Object.keys(routes) as RouteName[]) {
    const route: RouteDef = routes[name];
    client[name] = takesArgs(route)
      ? (args?: unknown, call?: CallOptions) => send(name, args, call)
      : (call?: CallOptions) => send(name, undefined, call);
  }
  const logout = client.logout as (call?: CallOptions) => Promise<undefined>;
  // Signing out always forgets the token locally, even when the server cannot be told.
  client.logout = (call?: CallOptions) =>
    logout(call).finally(() => {
      token = null;
    });
  return client as unknown as KehoachClient;
}
