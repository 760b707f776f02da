/**
 * The per-route core (`callRoute`, `createCaller`, `bindRoutes`, `readRoute`) and the route
 * modules `routes` is assembled from. Transport details are covered through `createClient` in
 * client.test.ts; here, what differs: one route at a time, with a fetch stub.
 */
import { describe, expect, it } from 'vitest';
import * as perRoute from '../src/api/routes/index.js';
import {
  bindRoutes,
  callRoute,
  createCaller,
  getPlanRoute,
  getProgressRoute,
  importObservationsRoute,
  loginRoute,
  logoutRoute,
  NotFoundError,
  ResponseValidationError,
  type RouteDef,
  readRoute,
  routes,
  saveDraftRoute,
} from '../src/index.js';

interface Seen {
  url: string;
  method: string;
  headers: Headers;
}

function stub(status: number, body: unknown, headers: Record<string, string> = {}) {
  const seen: Seen[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    seen.push({ url: String(input), method: init?.method ?? 'GET', headers: new Headers(init?.headers) });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json', ...headers },
    });
  }) as typeof globalThis.fetch;
  return { fetch, seen };
}

const progress = { planId: 'p', year: 2026, unitId: 'u', illustrative: true, measures: [] };

describe('route modules', () => {
  it('make up the contract: one module per route, named as in routes', () => {
    const modules = perRoute as Record<string, RouteDef>;
    // Every module export is a contract route, or a route's narrower-response form
    // (getProgressSeriesRoute, getProgressOutlineRoute, getPlanOutlineRoute, getOrganizationsOutlineRoute).
    const variants = [
      'getProgressSeriesRoute',
      'getProgressOutlineRoute',
      'getPlanOutlineRoute',
      'getOrganizationsOutlineRoute',
    ];
    expect(Object.keys(modules).filter((k) => !variants.includes(k))).toHaveLength(
      Object.keys(routes).length,
    );
    for (const [name, route] of Object.entries(routes)) {
      expect(route.name).toBe(name);
      expect(modules[`${name}Route`]).toBe(route);
    }
    // The series-only form is the same request as getProgress, with a smaller response check.
    const { response: _full, ...request } = modules.getProgressRoute!;
    const { response: series, ...same } = modules.getProgressSeriesRoute!;
    expect(same).toEqual(request);
    expect(series).not.toBe(_full);
    // So is the plan's outline for getPlan.
    const { response: plan, ...planRequest } = modules.getPlanRoute!;
    const { response: outline, ...outlineRequest } = modules.getPlanOutlineRoute!;
    expect(outlineRequest).toEqual(planRequest);
    expect(outline).not.toBe(plan);
    // And the outlines a progress table reads of getProgress and getOrganizations.
    for (const [full, narrow] of [
      ['getProgressRoute', 'getProgressOutlineRoute'],
      ['getOrganizationsRoute', 'getOrganizationsOutlineRoute'],
    ] as const) {
      const { response: a, ...r1 } = modules[full]!;
      const { response: b, ...r2 } = modules[narrow]!;
      expect(r2).toEqual(r1);
      expect(b).not.toBe(a);
    }
  });
});

describe('callRoute', () => {
  it('calls one route with the client transport and validates the answer', async () => {
    const { fetch, seen } = stub(200, progress);
    const r = await callRoute({ baseUrl: 'https://x.test/', fetch, token: 't' }, getProgressRoute, {
      planId: 'p',
      year: 2026,
    });
    expect(r).toEqual(progress);
    expect(seen[0]?.url).toBe('https://x.test/api/v1/plans/p/progress?year=2026');
    expect(seen[0]?.headers.get('Authorization')).toBe('Bearer t');
    expect(seen[0]?.headers.get('Accept-Language')).toBe('vi, en;q=0.5');
  });

  it('throws the typed errors of createClient', async () => {
    await expect(
      callRoute({ baseUrl: '', fetch: stub(404, '').fetch }, getPlanRoute, { planId: 'p' }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const bad = callRoute({ baseUrl: '', fetch: stub(200, { nope: 1 }).fetch }, getProgressRoute, {
      planId: 'p',
    });
    await expect(bad).rejects.toBeInstanceOf(ResponseValidationError);
    await expect(bad).rejects.toMatchObject({ route: 'getProgress' });
  });

  it('returns the saved draft with the version from the ETag', async () => {
    const report = { nope: true };
    const { fetch, seen } = stub(200, report, { ETag: '"8"' });
    const saved = await callRoute({ baseUrl: '', fetch, validateResponses: false }, saveDraftRoute, {
      planId: 'p',
      year: 2026,
      content: {} as never,
      version: 7,
    });
    expect(saved).toMatchObject({ version: 8, etag: '"8"', report });
    expect(seen[0]?.method).toBe('PUT');
    expect(seen[0]?.headers.get('If-Match')).toBe('"7"');
  });
});

describe('createCaller and bindRoutes', () => {
  it('keep the token from login and forget it on logout', async () => {
    const login = {
      token: 'tok',
      expiresAt: '2026-01-01T00:00:00Z',
      user: { id: 'u', username: 'a', name: 'A', role: 'reporter', agencyId: null },
    };
    const call = createCaller({ baseUrl: '', fetch: stub(200, login).fetch });
    await call(loginRoute, { username: 'a', password: 'b' });
    expect(call.getToken()).toBe('tok');
    const out = createCaller({ baseUrl: '', token: 'tok', fetch: stub(500, '').fetch });
    await expect(out(logoutRoute)).rejects.toThrow();
    expect(out.getToken()).toBeNull();
  });

  it('bind only the routes given, as methods', async () => {
    const { fetch, seen } = stub(200, progress);
    const api = bindRoutes(createCaller({ baseUrl: '', fetch }), { getProgress: getProgressRoute });
    expect(Object.keys(api)).toEqual(['getProgress']);
    await expect(api.getProgress({ planId: 'p' })).resolves.toEqual(progress);
    expect(seen).toHaveLength(1);
  });
});

describe('readRoute', () => {
  it('returns the body of a GET as text, unvalidated', async () => {
    const { fetch } = stub(200, { nope: 1 });
    const res = await readRoute({ baseUrl: '', fetch }, getPlanRoute, { planId: 'p' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text ?? '')).toEqual({ nope: 1 });
  });

  it('throws the typed errors, and refuses routes that are not a GET of JSON', async () => {
    await expect(
      readRoute({ baseUrl: '', fetch: stub(404, '').fetch }, getPlanRoute, { planId: 'p' }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      readRoute({ baseUrl: '', fetch: stub(200, {}).fetch }, saveDraftRoute as never, {} as never),
    ).rejects.toBeInstanceOf(TypeError);
  });
});

describe('an upload route (importObservations)', () => {
  it('sends the text of its arg as is, with the route media type, and the other args in path and query', async () => {
    const bodies: unknown[] = [];
    const { fetch, seen } = stub(200, { added: 1, changed: 0, unchanged: 0, blank: 0 });
    const spy = (async (input: RequestInfo | URL, init?: RequestInit) => {
      bodies.push(init?.body);
      return fetch(input, init);
    }) as typeof globalThis.fetch;
    const csv = '\ufeffYear;Measure;Unit;Value\r\n2024;2;dak-nong;98,5\r\n';
    const result = await callRoute(
      { baseUrl: 'https://k.test', token: 't', fetch: spy },
      importObservationsRoute,
      {
        planId: 'dak-nong-2021',
        decimal: ',',
        csv,
      },
    );
    expect(result).toEqual({ added: 1, changed: 0, unchanged: 0, blank: 0 });
    expect(seen[0]!.method).toBe('POST');
    expect(seen[0]!.url).toBe('https://k.test/api/v1/plans/dak-nong-2021/observations?decimal=%2C');
    expect(seen[0]!.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(seen[0]!.headers.get('authorization')).toBe('Bearer t');
    expect(bodies).toEqual([csv]);
    // Not a string: refused before anything is sent.
    await expect(
      callRoute({ baseUrl: '', fetch: spy }, importObservationsRoute, {
        planId: 'p',
        csv: 42 as unknown as string,
      }),
    ).rejects.toThrow(TypeError);
    expect(seen).toHaveLength(1);
  });
});
