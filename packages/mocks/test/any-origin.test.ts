import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { demo } from '../src/index.js';
import { createHandlers } from '../src/node.js';

/**
 * Without `baseUrl` the handlers answer on any origin (Storybook, the offline portal, the React
 * example): the `*` before the path must not count as a route parameter, which the strict
 * params schemas would refuse with 400.
 */
describe('handlers without a base URL', () => {
  it('answer a path-parameter route on any origin', async () => {
    const handlers = createHandlers();
    for (const origin of ['http://127.0.0.1:6006', 'https://portal.example.gov.vn']) {
      const res = await getResponse(handlers, new Request(`${origin}/api/v1/plans/${demo.plan.id}`));
      expect(res?.status).toBe(200);
      expect(((await res!.json()) as { id: string }).id).toBe(demo.plan.id);
    }
  });
});
