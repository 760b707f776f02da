import { agencyDuties, createClient, type KehoachClient, type ReportContent } from '@kehoach/sdk';
import { demo, demoToken } from '../src/index.js';

/** The origin the tests serve the mock API under. */
export const BASE = 'https://kehoach.test';
export const PLAN = demo.plan.id;

/** The sdk's real client, signed in as a demo user (or anonymous). */
export function clientFor(
  username?: string,
  options: { retries?: number; timeoutMs?: number } = {},
): KehoachClient {
  return createClient({
    baseUrl: BASE,
    token: username ? demoToken(username) : null,
    retryDelayMs: 1,
    ...options,
  });
}

/** A minimal valid report body for an agency: its first duty task, no measures, no budget. */
export function contentFor(taskId: string, results = 'Số liệu minh họa — illustrative'): ReportContent {
  return {
    tasks: [{ taskId, status: 'in_progress', results }],
    measures: [],
    budget: [],
    difficulties: '',
    recommendations: '',
  };
}

/** First task the agency answers for in 2026 (its duties at the due date). */
export function taskOf(agencyId: string): string {
  const d = agencyDuties({ ...demo, agencyId, date: '2026-12-15' });
  return d.tasks[0]!.task.id;
}
