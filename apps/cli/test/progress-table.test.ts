import { buildProgress, demo } from '@kehoach/mocks';
import { describe, expect, it } from 'vitest';
import { progressRows, renderTable } from '../src/commands/progress-table.js';

describe('progress table', () => {
  const progress = buildProgress({ year: 2026 });
  const rows = progressRows(demo.catalog, progress, demo.plan.milestones!, 'vi');

  it('has one row per measure of the catalog, in order', () => {
    expect(rows).toHaveLength(35);
    expect(rows.slice(0, 3).map((r) => r.code)).toEqual(['1', '2', '3a']);
  });

  it('prints targets with their comparator and the decimal comma in Vietnamese', () => {
    const neonatal = rows.find((r) => r.code === '3a');
    expect(neonatal?.targets).toEqual(['< 9,5', '< 9']);
    const marriages = rows.find((r) => r.code === '13');
    expect(marriages?.targets).toEqual(['−2%/năm', '−2%/năm']);
  });

  it('labels statuses from the assessment, not_available included', () => {
    const statuses = new Set(rows.map((r) => r.status));
    expect(statuses.has('Chưa đánh giá được')).toBe(true);
    expect(statuses.size).toBeGreaterThan(3);
  });

  it('renders aligned columns in English too', () => {
    const en = progressRows(demo.catalog, progress, demo.plan.milestones!, 'en');
    const text = renderTable(en, demo.plan.milestones!, 'en');
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^Code\s+Measure\s+Latest\s+Target 2025\s+Target 2030\s+Assessment$/);
    expect(lines).toHaveLength(37);
    expect(text).toContain('< 9.5');
  });
});
