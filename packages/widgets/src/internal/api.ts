import {
  type BoundRoutes,
  bindRoutes,
  type Caller,
  type ClientOptions,
  createCaller,
  type ReadableRoute,
  type RouteCall,
  type RouteDef,
  readRoute,
} from '@kehoach/sdk';
import { InvalidDataError } from './kh-element.js';

/** Typed methods for the routes an element calls, plus the token accessors of the sdk's client. */
export type Api<M extends Record<string, RouteDef>> = BoundRoutes<M> & Pick<Caller, 'setToken' | 'getToken'>;

/**
 * The sdk's client for only the routes in `routes` (`{ saveDraft: saveDraftRoute, … }`): the same
 * transport and results as `createClient`, but the element's bundle holds those routes'
 * schemas, not the whole contract's.
 */
export function api<M extends Record<string, RouteDef>>(routes: M, options: ClientOptions): Api<M> {
  const caller = createCaller(options);
  return { ...bindRoutes(caller, routes), setToken: caller.setToken, getToken: caller.getToken };
}

/**
 * Read-only client for an element's `api-base`: the sdk's transport (one attempt plus one retry
 * on network loss, typed `ApiError`s), with each JSON answer validated here against the route's
 * schema, so that a body breaking the contract shows the same "not in the expected format"
 * state as a bad snapshot, and the bundle needs neither the sdk's bilingual field messages nor
 * its code for writes and downloads (`readRoute`).
 */
export function client<M extends Record<string, ReadableRoute>>(
  routes: M,
  baseUrl: string,
  lang: 'vi' | 'en',
  token?: string | null,
): BoundRoutes<M> {
  const config: ClientOptions = { baseUrl, lang, token: token ?? null, retries: 1 };
  const call = async (route: ReadableRoute, args?: unknown, options?: { signal?: AbortSignal }) => {
    const res = await readRoute(config, route, args as undefined, options);
    let json: unknown;
    try {
      json = JSON.parse(res.text ?? '');
    } catch {
      throw new InvalidDataError(`${route.name}: the response body is not JSON`);
    }
    const parsed = route.response.safeParse(json);
    if (!parsed.success) throw new InvalidDataError(parsed.error.message);
    return parsed.data;
  };
  return bindRoutes(call as RouteCall, routes);
}
