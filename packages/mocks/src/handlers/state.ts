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
import { type DemoUser, demoToken } from '../fixtures/users.js';

/** A stored response of an idempotent submit, replayed for a retry with the same key. */
export interface StoredSubmit {
  hash: string;
  status: number;
  body: Report;
}

/** The in-memory "database" behind the handlers. Mutable; `reset()` restores the start. */
export interface MockState {
  plan: Plan;
  catalog: IndicatorCatalog;
  registry: OrganizationRegistry;
  /** The versions of `plan` (`listPlanVersions`), oldest first; `importPlan` adds to them. */
  planVersions: (PlanVersion & { content: string })[];
  observations: Observation[];
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
  function reset(): void {
    const d = buildDemo();
    state.plan = d.plan;
    state.catalog = d.catalog;
    state.registry = d.registry;
    const content = JSON.stringify([d.plan, d.registry, d.catalog]);
    state.planVersions = [
      {
        version: 1,
        catalogId: d.catalog.id,
        contentHash: mockHash(content),
        importedAt: new Date(d.now).toISOString(),
        current: true,
        content,
      },
    ];
    state.observations = options.empty ? [] : d.observations;
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
