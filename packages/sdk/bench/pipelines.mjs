/** The SDK pipeline and a hand-written baseline doing the same arithmetic, for the benchmark. */
import {
  aggregateObservations,
  assessBatch,
  assessProgress,
  columnsFromCells,
  groupObservations,
  observationColumns,
  REASON_CODES,
  STATUS_CODES,
  seriesFromCells,
} from '../dist/index.js';

/**
 * Aggregate communes to provinces with the SDK and assess every series at both levels with the
 * bulk API (`columnsFromCells` / `observationColumns` → `assessBatch`): results in typed arrays,
 * no object per series. Returns the two tables (provinces, communes).
 */
export function sdkPipeline({ registry, measures, observations, provinces }) {
  const agg = aggregateObservations({
    registry,
    measures,
    observations,
    targets: provinces,
    asOf: '2026-01-01',
  });
  return [
    assessBatch(measures, columnsFromCells(agg.cells)),
    assessBatch(measures, observationColumns(observations)),
  ];
}

/**
 * The stages of `sdkPipeline` timed one by one: [name, wall ms, CPU ms] each, CPU time being
 * the process's (GC threads included).
 */
export function sdkStages({ registry, measures, observations, provinces }) {
  const out = [];
  const stage = (name, fn) => {
    const c0 = process.cpuUsage();
    const t = performance.now();
    const r = fn();
    const ms = performance.now() - t;
    const c = process.cpuUsage(c0);
    out.push([name, ms, (c.user + c.system) / 1000]);
    return r;
  };
  const agg = stage('aggregateObservations', () =>
    aggregateObservations({ registry, measures, observations, targets: provinces, asOf: '2026-01-01' }),
  );
  const cells = stage('columnsFromCells', () => columnsFromCells(agg.cells));
  const cols = stage('observationColumns', () => observationColumns(observations));
  stage('assessBatch (provinces + communes)', () => [
    assessBatch(measures, cells),
    assessBatch(measures, cols),
  ]);
  return out;
}

/** The same through the object path (`seriesFromCells` / `groupObservations` → `assessProgress`). */
export function sdkObjectPipeline({ registry, measures, observations, provinces, measureById }, sink) {
  const agg = aggregateObservations({
    registry,
    measures,
    observations,
    targets: provinces,
    asOf: '2026-01-01',
  });
  let assessed = 0;
  for (const s of [...seriesFromCells(agg.cells), ...groupObservations(observations)]) {
    const a = assessProgress({ measure: measureById.get(s.measureId), series: s.points });
    if (sink !== undefined) sink(s.unitId, s.measureId, a);
    assessed++;
  }
  return assessed;
}

/** Status codes of the baseline: statuses, then 10 + index of the not-available reason. */
export const STATUSES = STATUS_CODES.filter((s) => s !== 'not_available');
export const REASONS = REASON_CODES;
const NA = 10;

/**
 * Baseline: the SDK's arithmetic written by hand for this data (years 2016–2025, level and
 * yearly-change targets), typed arrays and plain loops, no result objects. One pass over the
 * observations fills the province sums (Σnum, Σden, count, bare-rate flag per province × measure
 * × year) and a commune × measure × year grid of values with per-series flags (non-finite value
 * or year, year outside the grid, duplicate year). Then every province and commune series gets
 * the same checks (one sign, unit bounds), milestone comparisons, target choice, CAGR ratio or
 * growth or year-on-year changes, thresholds and linear expected value as `assessProgress`.
 * Returns, per series, the status code, ratio, expected value, milestone results and the number
 * of yearly changes met, for the equality check.
 */
export function baseline({ registry, measures, observations, provinces }) {
  const provinceIndex = new Map(provinces.map((p, i) => [p, i]));
  const parent = new Map(registry.units.map((u) => [u.id, u.parentId]));
  const successor = new Map(registry.unitSuccessions.map((s) => [s.fromId, s.toId]));
  const unitIds = registry.units.map((u) => u.id);
  const unitIndex = new Map(unitIds.map((id, i) => [id, i]));
  const U = unitIds.length;
  const unitProvince = new Int32Array(U).fill(-1);
  for (let i = 0; i < U; i++) {
    const p = parent.get(unitIds[i]);
    if (p !== undefined) unitProvince[i] = provinceIndex.get(successor.get(p) ?? p) ?? -1;
  }
  const M = measures.length;
  const measureIndex = new Map(measures.map((m, i) => [m.id, i]));
  const isRate = new Uint8Array(M);
  const factor = new Float64Array(M);
  const max = new Float64Array(M);
  const sign = new Int8Array(M);
  // Per measure: level milestones sorted by year (at most 2 here), yearly-change target.
  const MS = 2;
  const msYear = new Float64Array(M * MS);
  const msValue = new Float64Array(M * MS);
  const msCmp = new Uint8Array(M * MS); // 0 '<', 1 '≤', 2 '≥', 3 '='
  const msCount = new Uint8Array(M);
  const ycFrom = new Float64Array(M);
  const ycTo = new Float64Array(M);
  const ycMin = new Float64Array(M).fill(Number.NaN);
  for (let m = 0; m < M; m++) {
    const x = measures[m];
    const kind = x.unit.kind;
    isRate[m] = kind === 'count' ? 0 : 1;
    factor[m] = kind === 'percent' ? 100 : kind === 'per_1000' ? 1000 : kind === 'per_100000' ? 1e5 : 1;
    max[m] = kind === 'count' ? Number.POSITIVE_INFINITY : factor[m];
    sign[m] = x.direction === 'decrease' ? -1 : 1;
    const levels = x.targets.filter((t) => t.kind === 'level').sort((a, b) => a.year - b.year);
    msCount[m] = levels.length;
    levels.forEach((t, j) => {
      msYear[m * MS + j] = t.year;
      msValue[m * MS + j] = t.value;
      msCmp[m * MS + j] = '<≤≥='.indexOf(t.comparator);
    });
    const yc = x.targets.find((t) => t.kind === 'yearly_change');
    if (yc !== undefined) {
      ycFrom[m] = yc.fromYear;
      ycTo[m] = yc.toYear;
      ycMin[m] = yc.minPercent;
    }
  }
  const Y0 = 2016;
  const Y = 10;
  const P = provinces.length;
  const num = new Float64Array(P * M * Y);
  const den = new Float64Array(P * M * Y);
  const cnt = new Int32Array(P * M * Y);
  const bare = new Uint8Array(P * M * Y);
  const S = U * M;
  const cv = new Float64Array(S * Y);
  const has = new Uint8Array(S * Y);
  const flags = new Uint8Array(S); // 1 series exists, 2 not finite, 4 year outside, 8 duplicate
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
    const y = o.year;
    const v = o.value;
    flags[s] |= 1;
    if (!Number.isFinite(v) || !Number.isFinite(y)) flags[s] |= 2;
    const yo = y - Y0;
    if (!(yo >= 0 && yo < Y) || (yo | 0) !== yo) {
      flags[s] |= 4;
      continue;
    }
    const g = s * Y + yo;
    if (has[g] === 1) flags[s] |= 8;
    else {
      has[g] = 1;
      cv[g] = v;
    }
    const p = unitProvince[u];
    if (p < 0) continue;
    const cell = (p * M + m) * Y + yo;
    cnt[cell]++;
    const n = isRate[m] === 1 ? o.numerator : v;
    const d = isRate[m] === 1 ? o.denominator : 0;
    if (n === undefined || d === undefined) bare[cell] = 1;
    else {
      num[cell] += n;
      den[cell] += d;
    }
  }
  // Province values: Σnum / Σden × factor (rates), Σvalue (counts); no value when not aggregable.
  const pv = new Float64Array(P * M * Y);
  const phas = new Uint8Array(P * M * Y);
  const pflags = new Uint8Array(P * M);
  for (let c = 0; c < P * M * Y; c++) {
    if (cnt[c] === 0) continue;
    pflags[(c / Y) | 0] = 1;
    const mm = ((c / Y) | 0) % M;
    if (bare[c] === 1 || (isRate[mm] === 1 && !(den[c] > 0))) continue;
    pv[c] = isRate[mm] === 1 ? (num[c] / den[c]) * factor[mm] : num[c];
    phas[c] = 1;
  }
  const out = {
    status: new Uint8Array(P * M + S),
    ratio: new Float64Array(P * M + S),
    expected: new Float64Array(P * M + S),
    milestone: new Int8Array((P * M + S) * MS), // −1 not judged, 0 missed, 1 achieved
    changesMet: new Int16Array(P * M + S),
  };
  // 255: no such series (no cell for the province and measure, no observation of the commune).
  for (let k = 0; k < P * M; k++) {
    if (pflags[k] === 0) out.status[k] = 255;
    else assess(pv, phas, k * Y, k % M, pflags[k], k, out);
  }
  for (let s = 0; s < S; s++) {
    if (flags[s] === 0) out.status[P * M + s] = 255;
    else assess(cv, has, s * Y, s % M, flags[s], P * M + s, out);
  }
  return out;

  function cmp(v, c, t) {
    const eps = 1e-9 * Math.max(1, Math.abs(t));
    return c === 0 ? v < t - eps : c === 1 ? v <= t + eps : c === 2 ? v >= t - eps : Math.abs(v - t) <= eps;
  }
  function grade(r, substantial, moderate) {
    return r >= substantial - 1e-12 ? 1 : r >= moderate - 1e-12 ? 2 : r >= -1e-12 ? 3 : 4;
  }

  // One series: slots off .. off + Y of `vals` where `hv` is 1.
  function assess(vals, hv, off, mm, fl, k, o) {
    o.ratio[k] = Number.NaN;
    o.expected[k] = Number.NaN;
    for (let j = 0; j < MS; j++) o.milestone[k * MS + j] = -1;
    let first = -1;
    let last = -1;
    let neg = false;
    let pos = false;
    let oob = false;
    for (let y = 0; y < Y; y++) {
      if (hv[off + y] === 0) continue;
      const v = vals[off + y];
      if (first < 0) first = y;
      last = y;
      if (v < 0) neg = true;
      else if (v > 0) pos = true;
      if (v < 0 || v > max[mm]) oob = true;
    }
    let reason = -1;
    if (fl & 2) reason = 2;
    else if (fl & 4) reason = 4;
    else if (fl & 8) reason = 3;
    else if (first < 0) reason = 0;
    else if (neg && pos) reason = 7;
    else if (oob) reason = 5;
    if (reason >= 0) {
      o.status[k] = NA + reason;
      return;
    }
    const year = Y0 + last;
    const bv = vals[off + first];
    const lv = vals[off + last];
    const by = Y0 + first;
    // Milestones: the value at the milestone's year or the latest before it.
    const nm = msCount[mm];
    for (let j = 0; j < nm; j++) {
      const cutoff = Math.min(msYear[mm * MS + j], year) - Y0;
      let idx = Math.min(last, cutoff);
      while (idx >= 0 && hv[off + idx] === 0) idx--;
      if (idx >= 0)
        o.milestone[k * MS + j] = cmp(vals[off + idx], msCmp[mm * MS + j], msValue[mm * MS + j]) ? 1 : 0;
    }
    // Target: the next milestone at or after the year, else the last; else yearly change; else none.
    let t = -1;
    for (let j = 0; j < nm && t < 0; j++) if (msYear[mm * MS + j] >= year) t = j;
    if (t < 0 && nm > 0) t = nm - 1;
    const sg = sign[mm];
    if (t < 0 && !Number.isNaN(ycMin[mm])) {
      // Year-on-year changes, annualised; the status follows the latest one.
      let met = 0;
      let lastMet = false;
      let lastNull = false;
      let lastChange = Number.NaN;
      let pairs = 0;
      let prev = -1;
      for (let y = first; y <= last; y++) {
        if (hv[off + y] === 0) continue;
        if (prev >= 0) {
          pairs++;
          const pv0 = vals[off + prev];
          const v = vals[off + y];
          lastNull = pv0 === 0 && v !== 0;
          if (pv0 === 0) {
            lastChange = 0;
            lastMet = v === 0 && sg < 0;
          } else {
            lastChange = ((v / pv0) ** (1 / (y - prev)) - 1) * 100;
            lastMet = cmp(sg * lastChange, 2, ycMin[mm]);
          }
          if (lastMet) met++;
        }
        prev = y;
      }
      o.changesMet[k] = met;
      if (pairs === 0) o.status[k] = NA + 1;
      else if (lastNull) o.status[k] = NA + 6;
      else {
        const r = (sg * lastChange) / ycMin[mm];
        let p2 = last - 1;
        while (hv[off + p2] === 0) p2--;
        o.ratio[k] = r;
        o.expected[k] = vals[off + p2] * (1 + (sg * ycMin[mm]) / 100) ** (last - p2);
        o.status[k] = lastMet ? 0 : grade(r, 0.95, 0.6);
      }
      return;
    }
    // Signed observed growth (CAGR) from the base to the latest value, or why there is none.
    let growth = Number.NaN;
    let why = -1;
    if (last <= first) why = 1;
    else if (bv === 0) why = 6;
    else if (lv !== 0 && bv < 0 !== lv < 0) why = 7;
    else growth = sg * ((lv / bv) ** (1 / (last - first)) - 1);
    if (t < 0) {
      if (why >= 0) o.status[k] = NA + why;
      else {
        o.ratio[k] = growth;
        o.status[k] = grade(growth, 0.015, 0.005);
      }
      return;
    }
    const ty = msYear[mm * MS + t];
    const tv = msValue[mm * MS + t];
    const met = cmp(lv, msCmp[mm * MS + t], tv);
    let ratio = Number.NaN;
    if (why < 0) {
      if (ty <= by || tv / bv < 0) why = 8;
      else {
        const required = (tv / bv) ** (1 / (ty - by)) - 1;
        if (Math.abs(required) < 1e-12) why = 9;
        else ratio = growth / Math.abs(required);
      }
    }
    if (!met && why >= 0) {
      o.status[k] = NA + why;
      return;
    }
    o.ratio[k] = ratio;
    o.status[k] = met ? 0 : grade(ratio, 0.95, 0.6);
    o.expected[k] = year <= by ? bv : year >= ty ? tv : bv + ((tv - bv) * (year - by)) / (ty - by);
  }
}
