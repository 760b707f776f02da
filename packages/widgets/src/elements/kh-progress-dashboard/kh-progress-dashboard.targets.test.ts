import { buildProvinceProgress, demo, provinceDemo } from '@kehoach/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import '../../define/kh-progress-dashboard.js';
import type { ProgressDashboardData } from './kh-progress-dashboard.data.js';

/** Catalogs and targets: the illustrative province plan whose targets override Decision 23's. */
const data: ProgressDashboardData = {
  plan: provinceDemo.plan,
  catalog: demo.catalog,
  organizations: demo.registry,
  progress: [buildProvinceProgress(), buildProvinceProgress(demo.year - 1)],
};

afterEach(() => {
  document.body.replaceChildren();
});

describe('kh-progress-dashboard: a plan that overrides its catalog', () => {
  it('shows, per milestone, the target in force for the plan (what the status is judged on)', async () => {
    const el = document.createElement('kh-progress-dashboard');
    el.setAttribute('now', demo.now);
    el.data = structuredClone(data);
    document.body.append(el);
    await el.updateComplete;
    const rowOf = (code: string) =>
      [...el.shadowRoot!.querySelectorAll('tbody tr')].find((r) =>
        r.querySelector('[part~="measure-button"]')?.textContent?.trim().startsWith(`${code}.`),
      )!;
    const cells = (code: string) =>
      [...rowOf(code).querySelectorAll('td[data-label^="Mục tiêu"]')].map((c) => c.textContent!.trim());
    // Milestones 2028 and 2030: the plan's "≥ 98,5" and "≥ 99", not the nation's "≥ 98" for 2030.
    expect(cells('5a')).toEqual(['≥ 98,5%', '≥ 99%']);
    // Not overridden: the catalog's (Decision 23 sets 2030 only among these years).
    expect(cells('14')).toEqual(['—', '= 100%']);
  });
});
