import {
  createHandlers,
  createMockFetch,
  demo,
  demoToken,
  type MockState,
  usernameFor,
} from '@kehoach/mocks';
import {
  apiErrorBody,
  apiErrorStatus,
  createClient,
  type FieldError,
  type KehoachClient,
  type Report,
  serverErrorMessages,
} from '@kehoach/sdk';

/**
 * The @kehoach/mocks demo agencies the form tests sign in as (Đắk Nông's plan, its agencies
 * now Lâm Đồng's). The commune committees owe the 2026 report and have filed nothing yet
 * (7 tasks handed down from the abolished district committees, 2 rates, 2 budget sources);
 * their 2025 report is accepted, and in 2024, before they existed, they owed nothing.
 */
export const CAP_XA = 'lam-dong.ubnd-cap-xa';
/** The education department: its 2026 report was returned with a comment (2 tasks, 10 rates). */
export const SO_GDDT = 'lam-dong.so-gddt';
/** The health department: a 2026 draft, 22 measures, the labour department's children duties too. */
export const SO_Y_TE = 'lam-dong.so-y-te';
/** The demo token of an agency's reporter, as the mocks accept it without signing in. */
export const tokenOf = (agencyId: string): string => demoToken(usernameFor(agencyId));

type Route = 'save' | 'submit';

/**
 * The mocks' handlers as the page's `fetch` (`createMockFetch`), with the few faults a form test
 * needs on top: lost answers and a scripted 400. Everything else — 404 before the first save,
 * If-Match (428/412), 409 once submitted, Idempotency-Key replays, validation, duties — is the
 * mocks' own behaviour, which follows the reference server's.
 */
export interface MockApi {
  /** The mocks' in-memory store (demo data, changed by the calls). */
  state: MockState;
  fetch: typeof globalThis.fetch;
  /** Idempotency-Key of every submission received, in order (the client's retries included). */
  submitKeys: string[];
  /** Lose the answers to the next `count` writes of `route`, before or after the mocks applied them. */
  dropNext(count: number, opts: { route: Route; afterApply: boolean }): void;
  /** The next save or submission answers 400 with these field errors, in the server's ApiError shape. */
  rejectNext(fieldErrors: FieldError[]): void;
  /** An sdk client on the same mocks (another device of the agency, the reviewer). */
  client(token: string): KehoachClient;
  /** The stored report of an agency for the demo plan. */
  report(agencyId: string, year: number): Report | undefined;
}

export function createMockApi(): MockApi {
  const handlers = createHandlers();
  const answer = createMockFetch(handlers);
  let drops = { count: 0, route: 'submit' as Route, afterApply: false };
  let reject: FieldError[] | null = null;
  const submitKeys: string[] = [];
  const routeOf = (request: Request): Route | null => {
    const path = new URL(request.url).pathname;
    if (request.method === 'PUT' && path.endsWith('/mine')) return 'save';
    if (request.method === 'POST' && path.endsWith('/mine/submit')) return 'submit';
    return null;
  };
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const route = routeOf(request);
    if (route === 'submit') submitKeys.push(request.headers.get('idempotency-key') ?? '');
    if (route && reject) {
      const fieldErrors = reject;
      reject = null;
      return Response.json(
        apiErrorBody('validation_failed', serverErrorMessages.validation_failed, fieldErrors),
        {
          status: apiErrorStatus.validation_failed,
        },
      );
    }
    if (route && drops.count > 0 && drops.route === route) {
      drops.count--;
      if (drops.afterApply) await answer(request);
      throw new TypeError('Failed to fetch');
    }
    return answer(request);
  };
  return {
    state: handlers.state,
    fetch,
    submitKeys,
    dropNext: (count, opts) => {
      drops = { count, ...opts };
    },
    rejectNext: (fieldErrors) => {
      reject = fieldErrors;
    },
    client: (token) => createClient({ baseUrl: '', token, fetch: answer, retries: 0 }),
    report: (agencyId, year) =>
      handlers.state.reports.find(
        (r) => r.planId === demo.plan.id && r.year === year && r.agencyId === agencyId,
      ),
  };
}
