import { expect, it } from 'vitest';
import { measure } from '../scripts/size.js';

it('keeps every element and the script-tag bundle within its gzip budget', async () => {
  const rows = await measure();
  expect(rows.find((r) => r.name === 'kehoach-widgets.js')?.gzip).toBeGreaterThan(0);
  for (const r of rows)
    if (r.gzip !== null) expect(r.gzip, `${r.name}: ${r.gzip} B > ${r.limit} B`).toBeLessThanOrEqual(r.limit);
});
