import type {
  IndicatorCatalog,
  Observation,
  OrganizationRegistry,
  Plan,
  PlanVersion,
  Report,
  ReturnedVersion,
} from '@kehoach/sdk';
import { buildDemo } from '../fixtures/demo.js';
import { buildSchemeCatalog, buildSchemeObservations, buildSchemePlan } from '../fixtures/scheme.js';
import { type DemoUser, demoToken } from '../fixtures/users.js';

/** A stored response of an idempotent submit, replayed for a retry with the same key. */
export interface StoredSubmit {
  hash: string;
  status: number;
  body: Report;
}

/** A stored version of a plan, with the content it was stored with (to tell "unchanged"). */
export type MockPlanVersion = PlanVersion & { content: string };

/** One plan the mocks serve, with the catalog and registry it is read with. */
export interface MockPlan {
  plan: Plan;
  catalog: IndicatorCatalog;
  registry: OrganizationRegistry;
  /** The plan's versions (`listPlanVersions`), oldest first; `importPlan` adds to them. */
  planVersions: MockPlanVersion[];
}

/** An observation as stored: with the note an import gave it (the tidy layout's `Note`). */
export type MockObservation = Observation & { note?: string };

/** The in-memory "database" behind the handlers. Mutable; `reset()` restores the start. */
export interface MockState {
  /**
   * Every plan served, by id, in `listPlans` order: the Đắk Nông plan first (the default), then
   * an illustrative provincial scheme (`fixtures/scheme.ts`); `importPlan` adds or updates one.
   * Every per-plan route reads the plan of its `:planId`.
   */
  plans: Map<string, MockPlan>;
  /** The default plan (Đắk Nông): the first of `plans`, as the single-plan stories read it. */
  plan: Plan;
  /** The default plan's catalog. */
  catalog: IndicatorCatalog;
  /** The default plan's registry. */
  registry: OrganizationRegistry;
  /** The default plan's versions. */
  planVersions: MockPlanVersion[];
  /** Observations of every plan (each names its measure, and measure ids differ between catalogs). */
  observations: MockObservation[];
  reports: Report[];
  /** Report id → what it held when last returned through the handlers (as the server keeps it). */
  returned: Map<string, ReturnedVersion>;
  users: DemoUser[];
  /** Bearer token → user id. Every demo user's `demo-token.<username>` is valid from the start. */
  tokens: Map<string, string>;
  /** `userId\nkey` → the first answer to a submit with that Idempotency-Key. */
  idempotency: Map<string, StoredSubmit>;
  /** Set once the `offline-once` scenario has dropped its one answer. */
  offlineUsed: boolean;
  /** Counter for ids of reports created through the handlers. */
  seq: number;
  /** Put everything back as `createMockState` made it (call in `beforeEach` or per story). */
  reset(): void;
}

/** Options of {@link createMockState}. */
export interface MockStateOptions {
  /** Start with no observations and no reports (the `empty` scenario). */
  empty?: boolean;
}

/**
 * A fresh in-memory state seeded with the demo data (a deep copy: handlers never touch
 * `demo`). Create one per test file or story, and `reset()` it between tests.
 */
export function createMockState(options: MockStateOptions = {}): MockState {
  const state = { reset } as MockState;
  const first = (): MockPlan => state.plans.values().next().value as MockPlan;
  // The default plan's parts, read and written through `plans` so that both always agree.
  for (const key of ['plan', 'catalog', 'registry', 'planVersions'] as const)
    Object.defineProperty(state, key, {
      enumerable: true,
      get: () => first()[key],
      set: (value) => {
        first()[key] = value;
      },
    });
  function reset(): void {
    const d = buildDemo();
    const at = new Date(d.now).toISOString();
    const scheme = {
      plan: buildSchemePlan(),
      catalog: buildSchemeCatalog(),
      registry: structuredClone(d.registry),
    };
    state.plans = new Map(
      [d, scheme].map((p) => [
        p.plan.id,
        { plan: p.plan, catalog: p.catalog, registry: p.registry, planVersions: [firstVersion(p, at)] },
      ]),
    );
    state.observations = options.empty ? [] : [...d.observations, ...buildSchemeObservations()];
    state.reports = options.empty ? [] : d.reports;
    state.returned = new Map();
    state.users = d.users;
    state.tokens = new Map(d.users.map((u) => [demoToken(u.username), u.id]));
    state.idempotency = new Map();
    state.offlineUsed = false;
    state.seq = 0;
  }
  reset();
  return state;
}

/** Version 1 of a plan as stored at `at`. */
export function firstVersion(
  p: Pick<MockPlan, 'plan' | 'registry' | 'catalog'>,
  at: string,
): MockPlanVersion {
  const content = JSON.stringify([p.plan, p.registry, p.catalog]);
  return {
    version: 1,
    catalogId: p.catalog.id,
    contentHash: mockHash(content),
    importedAt: at,
    current: true,
    content,
  };
}

/**
 * MOCK ONLY: a stand-in for the server's SHA-256 content hash (FNV-1a, 64 hex digits), synchronous
 * so state can be built without awaiting; equal content, equal hash, as on the server.
 */
export function mockHash(text: string): string {
  let out = '';
  for (let seed = 0; seed < 8; seed++) {
    let h = 0x811c9dc5 ^ seed;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    out += (h >>> 0).toString(16).padStart(8, '0');
  }
  return out;
}
