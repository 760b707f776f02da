/**
 * Every result of `assessProgress`, `assessColumns` and `assessBatch` (and the table's own
 * columns) is bit-for-bit what was recorded in test/golden/assessments.json before the three
 * were made one engine: 30,000 random series (broken, unsorted, edge values, every option) and
 * all 117,425 series of the benchmark country. A correctness test, not a timed one; the country
 * takes a few seconds.
 */
import { describe, expect, it } from 'vitest';
import golden from './golden/assessments.json';
import { RANDOM_PER_CASE, RANDOM_SEEDS } from './golden/sets.js';
import {
  type Case,
  countryCases,
  type DigestRecord,
  digestCases,
  firstDifference,
  locate,
  randomCases,
  renderCase,
} from './helpers/golden.js';

type Recorded = { digest: DigestRecord; samples: Record<string, Record<string, string>> };

function check(name: 'random' | 'country', cases: Case[]): void {
  const recorded = (golden as unknown as Record<string, Recorded>)[name]!;
  const disagree: string[] = [];
  const actual = digestCases(cases, (c, i) => {
    if (disagree.length === 0) disagree.push(`${c.name} #${i}: ${JSON.stringify(renderCase(c, i), null, 2)}`);
  });
  expect(disagree, 'the three entry points disagree on a series').toEqual([]);
  const k = firstDifference(recorded.digest, actual);
  if (k !== null) {
    const [c, i] = locate(cases, k);
    const was = recorded.samples[c.name]?.[i];
    const now = renderCase(c, i);
    const lines = [`first series that changed: ${c.name} #${i} (series ${k} of the set)`];
    for (const [key, v] of Object.entries(now)) lines.push(`  now ${key}: ${v}`);
    if (was !== undefined) lines.push(`  recorded: ${was}`);
    expect.fail(lines.join('\n'));
  }
  expect(actual.count).toBe(recorded.digest.count);
}

describe('one assessment engine, results as recorded', () => {
  it('on the random series, every option', () => {
    check('random', randomCases(RANDOM_SEEDS, RANDOM_PER_CASE));
  }, 120_000);

  it('on every series of the benchmark country', () => {
    const cases = countryCases();
    expect(cases.reduce((n, c) => n + c.columns.unitIds.length, 0)).toBe(117_425);
    check('country', cases);
  }, 300_000);
});
