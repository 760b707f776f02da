/**
 * Typed client of the reference API, generated from the route contract in `contract.ts`: one
 * method per route, arguments and results inferred from the route's zod schemas. The transport
 * (timeouts, retries, headers, validation) is the core in `caller.ts`; this module maps it over
 * every route, so it bundles every route's schemas: a page that calls a few routes should use
 * `createCaller` with those routes (`getPlanRoute` …) or `bindRoutes` instead.
 */
import {
  bindRoutes,
  type ClientOptions,
  createCaller,
  type RouteArgsOf,
  type RouteMethodOf,
  type RouteResultOf,
} from './caller.js';
import { type RouteName, type Routes, routes } from './contract.js';

/** Arguments of the method for route `N`: path params, query, body fields and header values, flattened. */
export type RouteArgs<N extends RouteName> = RouteArgsOf<Routes[N]>;

/** What the method for route `N` resolves to. */
export type RouteResult<N extends RouteName> = RouteResultOf<Routes[N]>;

/** The method for route `N`: `(args, options?)`, or `(options?)` when the route takes no arguments. */
export type RouteMethod<N extends RouteName> = RouteMethodOf<Routes[N]>;

/** One typed method per route of the contract. */
export type ApiMethods = { [N in RouteName]: RouteMethod<N> };

/** The client returned by {@link createClient}. */
export interface KehoachClient extends ApiMethods {
  /** Use this bearer token from now on; `null` signs out locally. */
  setToken(token: string | null): void;
  /** The bearer token in use, or null. */
  getToken(): string | null;
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
  const caller = createCaller(options);
  return { setToken: caller.setToken, getToken: caller.getToken, ...bindRoutes(caller, routes) };
}
