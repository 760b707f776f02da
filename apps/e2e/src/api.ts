import { createClient, type KehoachClient } from '@kehoach/sdk';

/** Demo accounts the server seeds (`demo-<username>-<year>`, see apps/server/src/seed.ts). */
export const DEMO = {
  reporter: { username: 'so-y-te', password: 'demo-so-y-te-2026' },
  reviewer: { username: 'reviewer', password: 'demo-reviewer-2026' },
  /** The commune committees (UBND cấp xã, one collective reporter): answers for communes, not the province. */
  communes: { username: 'ubnd-cap-xa', password: 'demo-ubnd-cap-xa-2026' },
  /** Imports plans (`POST /api/v1/plans`). */
  admin: { username: 'admin', password: 'demo-admin-2026' },
} as const;

/** A signed-in sdk client in Node, for checking what the browser did through the API. */
export async function apiAs(baseUrl: string, who: keyof typeof DEMO): Promise<KehoachClient> {
  const api = createClient({ baseUrl, retries: 0 });
  await api.login(DEMO[who]);
  return api;
}
