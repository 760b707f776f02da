import type {
  IndicatorCatalog,
  Observation,
  OrganizationRegistry,
  Plan,
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
