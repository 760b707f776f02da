import {
  buildProgressResponse,
  categoriesOfKey,
  closesYear,
  localDate,
  type Observation,
  type ProgressResponse,
  parsePeriod,
  type ReportContent,
  resolveUnit,
  seriesKey,
  yearFigures,
} from '@kehoach/sdk';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/schema.js';
import type { PlanBundle } from './bundles.js';

type StoredRow = Selectable<Database['observations']>;
type ReportRow = Pick<
  Selectable<Database['reports']>,
  'id' | 'agency_id' | 'year' | 'period' | 'content' | 'illustrative'
>;

const storedRows = (db: Kysely<Database>) => db.selectFrom('observations').selectAll();
const acceptedRows = (db: Kysely<Database>, bundle: PlanBundle) =>
  db
    .selectFrom('reports')
    .select(['id', 'agency_id', 'year', 'period', 'content', 'illustrative'])
    .where('plan_id', '=', bundle.plan.id)
    .where('status', '=', 'accepted')
    .orderBy('updated_at');

/**
 * Observations behind the progress page: the stored observations (statistics, or illustrative
 * demo data flagged as such) and the measure values of accepted reports, each attributed to the
 * unit the value is for (the report's `unitId`, else the reporting agency's unit). A value from an
 * accepted report wins over a stored observation of the same measure, unit and year.
 */
export async function progressObservations(
  db: Kysely<Database>,
  bundle: PlanBundle,
  upToYear: number,
  asOf: string = new Date().toISOString().slice(0, 10),
): Promise<Observation[]> {
  const stored = await storedRows(db).where('year', '<=', upToYear).execute();
  const accepted = await acceptedRows(db, bundle).where('year', '<=', upToYear).execute();
  // Yearly values only: a period's figure where it closes a year without one (the sdk's rule),
  // and a report's figures only when its period ends the year (2026, 2026-H2, 2026-Q4, 2026-12);
  // those of H1 or Q1–Q3 are not the year's.
  return merged(
    bundle,
    yearFigures(stored.map(observationOf)),
    accepted.filter((r) => {
      const period = parsePeriod(r.period);
      return period !== null && closesYear(period);
    }),
    asOf,
  );
}

/**
 * The figures of one period shorter than a year (số liệu của kỳ: `2026-H1`), as
 * {@link progressObservations} gathers a year's: the stored observations of that period and the
 * measure values of the period's accepted reports, a report's value winning as there.
 */
export async function periodObservations(
  db: Kysely<Database>,
  bundle: PlanBundle,
  period: string,
  asOf: string,
): Promise<Observation[]> {
  const stored = await storedRows(db).where('period', '=', period).execute();
  const accepted = await acceptedRows(db, bundle).where('period', '=', period).execute();
  return merged(bundle, stored.map(observationOf), accepted, asOf);
}

function observationOf(r: StoredRow): Observation {
  return {
    measureId: r.measure_id,
    unitId: r.unit_id,
    year: r.year,
    ...(r.period ? { period: r.period } : {}),
    ...(r.categories ? { categories: categoriesOfKey(r.categories) } : {}),
    value: r.value,
    ...(r.numerator !== null && r.denominator !== null
      ? { numerator: r.numerator, denominator: r.denominator }
      : {}),
    illustrative: r.illustrative === 1,
    ...(r.source ? { source: r.source } : {}),
  };
}

/** Stored observations with the values of accepted reports over them, in unit, measure, year order. */
function merged(
  bundle: PlanBundle,
  stored: readonly Observation[],
  accepted: readonly ReportRow[],
  asOf: string,
): Observation[] {
  const byKey = new Map<string, Observation>();
  // One figure per measure, unit, year and series (the total or a combination of categories).
  const key = (o: Pick<Observation, 'measureId' | 'unitId' | 'year' | 'categories'>) =>
    `${o.measureId}\n${o.unitId}\n${o.year}\n${seriesKey(o.categories)}`;
  for (const o of stored) byKey.set(key(o), o);
  const agencyUnit = new Map(bundle.registry.agencies.map((a) => [a.id, a.unitId]));
  /** `measure\nyear\nseries` → units an accepted report gives a value for. */
  const reported = new Map<string, Set<string>>();
  for (const r of accepted) {
    const content = JSON.parse(r.content) as ReportContent;
    for (const m of content.measures) {
      const unitId = m.unitId ?? agencyUnit.get(r.agency_id);
      if (m.value === null || unitId === undefined) continue;
      const o: Observation = {
        measureId: m.measureId,
        unitId,
        year: r.year,
        ...(m.categories && seriesKey(m.categories) !== '' ? { categories: m.categories } : {}),
        value: m.value,
        ...(m.numerator !== undefined && m.denominator !== undefined
          ? { numerator: m.numerator, denominator: m.denominator }
          : {}),
        illustrative: r.illustrative === 1,
        source: `report:${r.id}`,
      };
      byKey.set(key(o), o);
      const mk = `${o.measureId}\n${o.year}\n${seriesKey(o.categories)}`;
      let units = reported.get(mk);
      if (!units) {
        units = new Set();
        reported.set(mk, units);
      }
      units.add(unitId);
    }
  }
  // A reported value for a unit stands for the whole unit: the stored observations of the units
  // it is made of (its communes, the districts merged into it) would count twice in the sum.
  if (reported.size > 0) {
    const feeds = unitFeeds(bundle, asOf);
    for (const [k, o] of byKey) {
      const units = reported.get(`${o.measureId}\n${o.year}\n${seriesKey(o.categories)}`);
      if (!units || units.has(o.unitId)) continue;
      for (const u of units)
        if (feeds(o.unitId, u)) {
          byKey.delete(k);
          break;
        }
    }
  }
  return [...byKey.values()].sort((a, b) =>
    a.unitId < b.unitId
      ? -1
      : a.unitId > b.unitId
        ? 1
        : a.measureId < b.measureId
          ? -1
          : a.measureId > b.measureId
            ? 1
            : a.year - b.year,
  );
}

/**
 * Whether observations of unit `from` count toward unit `to` in the aggregation: `to` is one of
 * its ancestors (by parent), or today's successor of it or of an ancestor, or their ancestor.
 */
function unitFeeds(bundle: PlanBundle, asOf: string): (from: string, to: string) => boolean {
  const units = new Map(bundle.registry.units.map((u) => [u.id, u]));
  const ancestors = (id: string): string[] => {
    const chain: string[] = [];
    let cur: string | undefined = id;
    while (cur !== undefined && !chain.includes(cur)) {
      chain.push(cur);
      cur = units.get(cur)?.parentId;
    }
    return chain;
  };
  const memo = new Map<string, Set<string>>();
  const reach = (from: string): Set<string> => {
    let out = memo.get(from);
    if (out) return out;
    out = new Set();
    for (const a of ancestors(from)) {
      out.add(a);
      if (!units.has(a)) continue;
      for (const b of ancestors(resolveUnit(bundle.registry, a, asOf).id)) out.add(b);
    }
    memo.set(from, out);
    return out;
  };
  return (from, to) => from !== to && reach(from).has(to);
}

/** Progress of every measure of the plan's catalog for one unit, assessed at `year`. */
export async function computeProgress(
  db: Kysely<Database>,
  bundle: PlanBundle,
  input: { year: number; unitId: string; now: Date },
): Promise<ProgressResponse> {
  const asOf = localDate(input.now, bundle.plan.reporting.timeZone);
  const observations = await progressObservations(db, bundle, input.year, asOf);
  return buildProgressResponse({ ...bundle, ...input, observations });
}
