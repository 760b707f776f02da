import type { Measure } from '../schemas/indicator.js';
import type { Accumulator } from './accumulator.js';
import type { UnitTargetTable } from './unit-targets.js';

/**
 * One aggregated value: a target unit, a measure, a year.
 *
 * `contributors`, `mergedFrom` and `unpaired` are worked out on first read and then kept (a
 * country has over a million contributions and most consumers only need values): they are
 * getters (with setters) of the cell's class, not own properties. Reading and assigning them and
 * `JSON.stringify` (via `toJSON`) behave as before; object spread, `Object.keys` and
 * `structuredClone` see only the other fields — use `cell.toJSON()` for a plain copy.
 */
export interface AggregateCell {
  unitId: string;
  measureId: string;
  year: number;
  /**
   * The unit's own figure when it published one (as published); else Σnum / Σden × factor for
   * rates, Σvalue for counts; null when not aggregable.
   */
  value: number | null;
  /** The own figure's parts, or the sums for rates; null for counts and when not aggregable. */
  numerator: number | null;
  denominator: number | null;
  /**
   * Beside a unit's own figure, what its children's figures add up to ("computed from N units"):
   * never mixed into `value`. Null when the cell has no own figure, or no children's figures.
   */
  computed: ComputedAggregate | null;
  /**
   * For a share of units (`unitsCounted`): how many of the units counted answered, of how many
   * the registry has in force at the year's end ("computed from N of M units"). Null otherwise.
   */
  coverage: Coverage | null;
  /** Units whose observations were combined, in input order. */
  contributors: string[];
  /** Former units (merged away by the as-of date) through which data reached this unit. */
  mergedFrom: string[];
  /** True when a contributor gave a rate without numerator and denominator. */
  notAggregable: boolean;
  /** Those contributors. */
  unpaired: string[];
}

/** N of M: units whose answers were counted, of the units the registry has. */
export interface Coverage {
  reported: number;
  expected: number;
}

/** The children's aggregate kept beside a unit's own figure. */
export interface ComputedAggregate {
  /** Null when the children's figures cannot be summed (a bare rate among them). */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** How many figures of other units went into it. */
  figures: number;
}

interface Layout {
  targets: readonly string[];
  measures: ReadonlyArray<Pick<Measure, 'id'>>;
  table: UnitTargetTable;
  rate: Uint8Array;
  factors: Float64Array;
  y0: number;
  Y: number;
}

/** Who contributed to which cell, resolved to ids on demand and shared by all cells of a result. */
class Provenance {
  private groups: { start: Int32Array; key: Int32Array } | undefined;
  private readonly keyUnit: Int32Array;

  private acc: Accumulator;
  private readonly table: UnitTargetTable;

  constructor(acc: Accumulator, table: UnitTargetTable) {
    this.acc = acc;
    this.table = table;
    // Table entry k belongs to the unit whose range offsets[u] .. offsets[u + 1] holds it.
    const { offsets } = table;
    this.keyUnit = new Int32Array(table.targets.length);
    for (let u = 0; u + 1 < offsets.length; u++) this.keyUnit.fill(u, offsets[u]!, offsets[u + 1]!);
  }

  /** Contributors, merged-from units and unpaired contributors of one cell. */
  resolve(cell: number): { contributors: string[]; mergedFrom: string[]; unpaired: string[] } {
    if (this.groups === undefined) this.groups = this.acc.grouped();
    const { start, key } = this.groups;
    const { unitIds, via } = this.table;
    const keyUnit = this.keyUnit;
    const from = start[cell]!;
    const to = start[cell + 1]!;
    const contributors: string[] = new Array(to - from);
    const mergedFrom: string[] = [];
    const unpaired: string[] = [];
    for (let j = from; j < to; j++) {
      const raw = key[j]!;
      const k = raw < 0 ? ~raw : raw;
      const id = unitIds[keyUnit[k]!]!;
      contributors[j - from] = id;
      const v = via[k]!;
      if (v >= 0 && !mergedFrom.includes(unitIds[v]!)) mergedFrom.push(unitIds[v]!);
      if (raw < 0) unpaired.push(id);
    }
    return { contributors, mergedFrom, unpaired };
  }
}

/**
 * A cell as `aggregateObservations` returns it. Values are own properties; the provenance lists
 * are resolved on first read (and memoised), which spares a country run over a million id copies.
 */
class Cell implements AggregateCell {
  unitId: string;
  measureId: string;
  year: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  computed: ComputedAggregate | null;
  coverage: Coverage | null = null;
  notAggregable: boolean;
  readonly #prov: Provenance;
  readonly #index: number;
  #contributors: string[] | undefined;
  #mergedFrom: string[] = [];
  #unpaired: string[] = [];

  constructor(
    prov: Provenance,
    index: number,
    unitId: string,
    measureId: string,
    year: number,
    value: number | null,
    numerator: number | null,
    denominator: number | null,
    computed: ComputedAggregate | null,
  ) {
    this.unitId = unitId;
    this.measureId = measureId;
    this.year = year;
    this.value = value;
    this.numerator = numerator;
    this.denominator = denominator;
    this.computed = computed;
    this.notAggregable = value === null;
    this.#prov = prov;
    this.#index = index;
    this.#contributors = undefined;
  }

  #resolve(): void {
    if (this.#contributors !== undefined) return;
    const r = this.#prov.resolve(this.#index);
    this.#contributors = r.contributors;
    this.#mergedFrom = r.mergedFrom;
    this.#unpaired = r.unpaired;
  }

  get contributors(): string[] {
    this.#resolve();
    return this.#contributors!;
  }
  set contributors(v: string[]) {
    this.#resolve();
    this.#contributors = v;
  }
  get mergedFrom(): string[] {
    this.#resolve();
    return this.#mergedFrom;
  }
  set mergedFrom(v: string[]) {
    this.#resolve();
    this.#mergedFrom = v;
  }
  get unpaired(): string[] {
    this.#resolve();
    return this.#unpaired;
  }
  set unpaired(v: string[]) {
    this.#resolve();
    this.#unpaired = v;
  }

  /** Plain object with every field in the documented order (what an API serialises). */
  toJSON(): AggregateCell {
    return {
      unitId: this.unitId,
      measureId: this.measureId,
      year: this.year,
      value: this.value,
      numerator: this.numerator,
      denominator: this.denominator,
      computed: this.computed,
      coverage: this.coverage,
      contributors: this.contributors,
      mergedFrom: this.mergedFrom,
      notAggregable: this.notAggregable,
      unpaired: this.unpaired,
    };
  }
}

/** Turn the column store into cells, skipping cells nobody reported for. */
export function materialize(acc: Accumulator, l: Layout): AggregateCell[] {
  const { Y, y0, targets, measures, rate, factors } = l;
  const { count, num: nums, den: dens, unpaired: bad } = acc;
  const prov = new Provenance(acc, l.table);
  const cells: AggregateCell[] = [];
  const M = measures.length;
  for (let t = 0; t < targets.length; t++) {
    const unitId = targets[t]!;
    for (let m = 0; m < M; m++) {
      const measureId = measures[m]!.id;
      const isRate = rate[m] === 1;
      const factor = factors[m]!;
      const first = (t * M + m) * Y;
      for (let y = 0; y < Y; y++) {
        const cell = first + y;
        if (count[cell] === 0) continue;
        const num = nums[cell]!;
        const den = dens[cell]!;
        const sum = bad[cell] === 1 ? null : isRate ? (den > 0 ? (num / den) * factor : null) : num;
        const sums = sum !== null && isRate;
        const own = acc.own.get(cell);
        if (own === undefined) {
          cells.push(
            new Cell(prov, cell, unitId, measureId, y0 + y, sum, sums ? num : null, sums ? den : null, null),
          );
          continue;
        }
        const figures = count[cell]! - acc.ownLinks.get(cell)!;
        const computed =
          figures > 0
            ? { value: sum, numerator: sums ? num : null, denominator: sums ? den : null, figures }
            : null;
        const parts = isRate && own.numerator !== undefined && own.denominator !== undefined;
        cells.push(
          new Cell(
            prov,
            cell,
            unitId,
            measureId,
            y0 + y,
            own.value,
            parts ? own.numerator! : null,
            parts ? own.denominator! : null,
            computed,
          ),
        );
      }
    }
  }
  return cells;
}
