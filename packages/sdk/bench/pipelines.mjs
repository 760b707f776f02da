/** The SDK pipeline and a hand-written baseline doing the same arithmetic, for the benchmark. */
import { aggregateObservations, assessProgress, groupObservations, seriesFromCells } from '../dist/index.js';

/** Aggregate communes to provinces with the SDK and assess every series at both levels. */
export function sdkPipeline({ registry, measures, observations, provinces, measureById }) {
  const agg = aggregateObservations({
    registry,
    measures,
    observations,
    targets: provinces,
    asOf: '2026-01-01',
  });
  let assessed = 0;
  for (const s of seriesFromCells(agg.cells)) {
    assessProgress({ measure: measureById.get(s.measureId), series: s.points });
    assessed++;
  }
  for (const g of groupObservations(observations)) {
    assessProgress({ measure: measureById.get(g.measureId), series: g.points });
    assessed++;
  }
  return assessed;
}

/**
 * Baseline: maps, typed arrays and one loop, as one would write it by hand for this data only —
 * sums of numerators/denominators per province, first/last point per series, CAGR ratio against
 * the 2025 target (or plain growth). No validation, milestones, provenance or result objects.
 */
export function baseline({ registry, measures, observations, provinces }) {
  const provinceIndex = new Map(provinces.map((p, i) => [p, i]));
  const parent = new Map(registry.units.map((u) => [u.id, u.parentId]));
  const successor = new Map(registry.unitSuccessions.map((s) => [s.fromId, s.toId]));
  const unitIds = registry.units.map((u) => u.id);
  const unitIndex = new Map(unitIds.map((id, i) => [id, i]));
  const unitProvince = new Int32Array(unitIds.length).fill(-1);
  unitIds.forEach((id, i) => {
    const p = parent.get(id);
    if (p !== undefined) unitProvince[i] = provinceIndex.get(successor.get(p) ?? p) ?? -1;
  });
  const M = measures.length;
  const measureIndex = new Map(measures.map((m, i) => [m.id, i]));
  const isRate = Uint8Array.from(measures, (m) => (m.unit.kind === 'count' ? 0 : 1));
  const factor = Float64Array.from(measures, (m) =>
    m.unit.kind === 'percent'
      ? 100
      : m.unit.kind === 'per_1000'
        ? 1000
        : m.unit.kind === 'per_100000'
          ? 1e5
          : 1,
  );
  const Y0 = 2016;
  const Y = 10;
  const P = provinces.length;
  const num = new Float64Array(P * M * Y);
  const den = new Float64Array(P * M * Y);
  const S = unitIds.length * M;
  const firstYear = new Int32Array(S).fill(9999);
  const lastYear = new Int32Array(S).fill(-1);
  const firstValue = new Float64Array(S);
  const lastValue = new Float64Array(S);
  let lu = '';
  let u = -1;
  let lm = '';
  let m = -1;
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i];
    if (o.unitId !== lu) {
      lu = o.unitId;
      u = unitIndex.get(lu);
    }
    if (o.measureId !== lm) {
      lm = o.measureId;
      m = measureIndex.get(lm);
    }
    const s = u * M + m;
    if (o.year < firstYear[s]) {
      firstYear[s] = o.year;
      firstValue[s] = o.value;
    }
    if (o.year > lastYear[s]) {
      lastYear[s] = o.year;
      lastValue[s] = o.value;
    }
    const p = unitProvince[u];
    if (p < 0) continue;
    const cell = (p * M + m) * Y + (o.year - Y0);
    if (isRate[m] === 1) {
      num[cell] += o.numerator;
      den[cell] += o.denominator;
    } else num[cell] += o.value;
  }
  const target = measures.map((x) => x.targets.find((t) => t.kind === 'level'));
  const sign = Int8Array.from(measures, (x) => (x.direction === 'decrease' ? -1 : 1));
  const ratio = (mm, y0, v0, y1, v1) => {
    const g = (v1 / v0) ** (1 / (y1 - y0)) - 1;
    const t = target[mm];
    if (t === undefined) return sign[mm] * g;
    return (sign[mm] * g) / Math.abs((t.value / v0) ** (1 / (t.year - y0)) - 1);
  };
  let checksum = 0;
  for (let p = 0; p < P; p++) {
    for (let mm = 0; mm < M; mm++) {
      const c0 = (p * M + mm) * Y;
      const v0 = isRate[mm] ? (num[c0] / den[c0]) * factor[mm] : num[c0];
      const v1 = isRate[mm] ? (num[c0 + Y - 1] / den[c0 + Y - 1]) * factor[mm] : num[c0 + Y - 1];
      checksum += ratio(mm, Y0, v0, Y0 + Y - 1, v1);
    }
  }
  for (let s = 0; s < S; s++) {
    if (lastYear[s] < 0 || firstValue[s] === 0) continue;
    checksum += ratio(s % M, firstYear[s], firstValue[s], lastYear[s], lastValue[s]);
  }
  return checksum;
}
