import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Runs axe-core in the page on `el` (shadow roots included) and fails on any violation.
 * Page-level rules are off: a widget is a fragment of someone else's page.
 */
export async function expectNoAxeViolations(el: Element): Promise<void> {
  const result = await axe.run(el, {
    resultTypes: ['violations'],
    rules: {
      region: { enabled: false },
      'landmark-one-main': { enabled: false },
      'page-has-heading-one': { enabled: false },
    },
  });
  const report = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(report, report.join('\n')).toEqual([]);
}
