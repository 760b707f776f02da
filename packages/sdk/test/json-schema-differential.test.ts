/**
 * Differential test of the sdk's zod schemas against their JSON Schemas (compiled by Ajv): valid
 * documents — the Đắk Nông plan, the 23/QĐ-TTg catalog, the registry, a report, observations —
 * are mutated at random (seeded), and for every mutation
 *
 * - the sdk accepts ⇔ Ajv accepts, unless the sdk rejects it only with errors of the rules
 *   docs/plan-bundle.md lists under "Checked only by the sdk" — then Ajv must accept it;
 * - every rule of that list is shown to be one: a mutation the sdk rejects with it, Ajv accepts.
 *
 * So the list is exact: nothing JSON Schema could say is left out of the JSON Schemas, and
 * nothing the JSON Schemas say is missing from the list.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { dakNong2021, dakNongRegistry, lamDong2026, qd23 } from '../../plans/src/index.js';
import {
  IndicatorCatalogSchema,
  type Observation,
  ObservationSchema,
  OrganizationRegistrySchema,
  PlanSchema,
  type Report,
  ReportSchema,
  toJsonSchema,
  validate,
} from '../src/index.js';

const addFormats = ((addFormatsModule as { default?: unknown }).default ??
  addFormatsModule) as typeof addFormatsModule;

/** The codes of docs/plan-bundle.md's "Checked only by the sdk" list: `- \`code\` …` bullets. */
function sdkOnlyCodes(): Set<string> {
  const doc = readFileSync(new URL('../../../docs/plan-bundle.md', import.meta.url), 'utf8');
  const section = doc.split(/^## Checked only by the sdk\b/m)[1]?.split(/^## /m)[0] ?? '';
  return new Set([...section.matchAll(/^- `([a-z_]+)`/gm)].map((m) => m[1]!));
}
const SDK_ONLY = sdkOnlyCodes();

/** Mutations per document. */
const RUNS = 1000;

const measures = qd23.objectives.flatMap((o) => o.indicators.flatMap((i) => i.measures));
const rate = measures.find((m) => m.unit.kind === 'percent')!;
const count = measures.find((m) => m.unit.kind === 'count')!;
const tasks = dakNong2021.taskGroups.flatMap((g) => g.tasks);

const report: Report = {
  id: 'r.1',
  planId: dakNong2021.id,
  year: 2026,
  agencyId: 'dak-nong.syt',
  status: 'returned',
  version: 3,
  content: {
    tasks: tasks.slice(0, 3).map((t, i) => ({
      taskId: t.id,
      status: (['completed', 'in_progress', 'not_started'] as const)[i]!,
      results: i === 2 ? '' : 'Đã triển khai',
    })),
    measures: [
      {
        measureId: rate.id,
        value: 87.5,
        numerator: 140,
        denominator: 160,
        dataSource: 'Thống kê ngành y tế',
        note: '',
      },
      { measureId: count.id, unitId: 'dak-nong', value: null, dataSource: '', note: 'Chưa có số liệu' },
    ],
    budget: dakNong2021.funding
      .slice(0, 2)
      .map((f, i) => ({ fundingId: f.id, planned: 1_000_000 * (i + 1), spent: 500_000 })),
    difficulties: 'Nguồn lực còn hạn chế',
    recommendations: '',
  },
  events: [
    {
      type: 'created',
      at: '2026-11-01T02:00:00Z',
      by: { userId: 'u.1', name: 'Nguyễn Văn A', agencyId: 'dak-nong.syt' },
    },
    {
      type: 'returned',
      at: '2026-11-10T02:00:00+07:00',
      by: { userId: 'u.2', name: 'Trần Thị B', agencyId: 'dak-nong.sldtbxh' },
      comment: 'Bổ sung tử số',
      fields: [{ path: `measures/${rate.id}/numerator`, comment: 'Kiểm tra lại' }],
    },
  ],
  updatedAt: '2026-11-10T02:00:00Z',
  submittedAt: null,
};

const observations: Observation[] = [
  { measureId: rate.id, unitId: 'dak-nong', year: 2024, value: 87.5, numerator: 140, denominator: 160 },
  { measureId: count.id, unitId: 'dak-nong', year: 2024, value: 12, illustrative: true, source: 'Minh họa' },
  // A figure by period (observations by period): a quarter of 2025.
  { measureId: count.id, unitId: 'dak-nong', year: 2025, period: '2025-Q3', value: 4 },
];

const ajv = new Ajv2020({ allErrors: false, strict: true });
addFormats(ajv);

interface Subject {
  name: string;
  schema: z.ZodMiniType;
  doc: unknown;
}
const subjects: Subject[] = [
  { name: 'plan', schema: PlanSchema, doc: dakNong2021 },
  { name: 'catalog', schema: IndicatorCatalogSchema, doc: qd23 },
  { name: 'registry', schema: OrganizationRegistrySchema, doc: dakNongRegistry },
  { name: 'report', schema: ReportSchema, doc: report },
  { name: 'observations', schema: z.array(ObservationSchema), doc: observations },
  // Catalogs and targets: a plan with target overrides, own measures and phase targets.
  { name: 'province plan', schema: PlanSchema, doc: lamDong2026 },
  // Deadlines in working days: the third form of `due`, days off and weekends worked.
  {
    name: 'working-day plan',
    schema: PlanSchema,
    doc: {
      ...lamDong2026,
      reporting: {
        ...lamDong2026.reporting,
        due: { workingDaysAfterWindow: 2 },
        holidays: ['2026-04-30', '2026-05-01', '2026-08-31', '2026-09-02'],
        workingWeekends: ['2026-08-22'],
      },
    },
  },
];
const compiled = new Map(subjects.map((s) => [s.name, ajv.compile(toJsonSchema(s.schema))]));

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

function judge(subject: Subject, doc: unknown) {
  const sdk = validate(subject.schema, doc);
  const check = compiled.get(subject.name)!;
  const ajvOk = check(doc) as boolean;
  return {
    sdkOk: sdk.success,
    codes: sdk.success ? [] : [...new Set(sdk.errors.map((e) => e.code))],
    errors: sdk.success ? [] : sdk.errors,
    ajvOk,
    ajvErrors: check.errors,
  };
}

/** mulberry32: a small seeded PRNG, so every run tries the same mutations. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}
type Rng = ReturnType<typeof prng>;

/** Every node of a JSON value with its path. */
function nodes(value: Json, path: Path = [], out: { path: Path; value: Json }[] = []) {
  out.push({ path, value });
  if (Array.isArray(value)) for (const [i, v] of value.entries()) nodes(v, [...path, i], out);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) nodes(v, [...path, k], out);
  return out;
}

function parentOf(root: Json, path: Path): Json {
  let at = root;
  for (const k of path.slice(0, -1)) at = (at as Record<string | number, Json>)[k]!;
  return at;
}

function set(root: Json, path: Path, value: Json | undefined): void {
  const parent = parentOf(root, path) as Record<string | number, Json>;
  const key = path[path.length - 1]!;
  if (value === undefined) delete parent[key];
  else parent[key] = value;
}

const isObject = (v: Json): v is { [k: string]: Json } =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const BLANKS = ['', ' ', '\t\n ', '\u00a0 \u3000'];
const STRINGS = [
  'x',
  '3-nam',
  '3.1',
  'II.3',
  '4a1',
  '3A',
  '.3',
  'a b',
  'đ',
  'qd23.2',
  'javascript:alert(1)',
  'https://example.gov.vn/a?b=1#c',
  'HTTPS://EXAMPLE.GOV.VN',
  'http://x',
  'https://',
  'https:// x',
  'ftp://example.gov.vn',
  'data:text/html,<b>x</b>',
  '//example.gov.vn',
  'bell\u0007',
  'nonchar\uFFFE',
  'lone\uD800surrogate',
  'Nguye\u0302\u0303n',
  '2026-02-29',
  '2028-02-29',
  '2026-13-01',
  '2026-11-10T02:00:00Z',
  '2026-11-10T02:00:00',
  'Asia/Ho_Chi_Minh',
  'measures/qd23.2/value',
  'tasks/x/y/z',
  'x'.repeat(129),
];
const NUMBERS = [
  -1,
  0,
  0.5,
  1,
  2,
  12,
  13,
  29,
  30,
  31,
  32,
  99,
  100,
  100.5,
  101,
  1000,
  1899,
  1900,
  2020,
  2021,
  2030,
  2031,
  2100,
  2101,
  1e12,
  1e12 + 1,
  1e15,
  1e16,
  -0.001,
];

/** Any JSON value of a type other than `v`'s. */
function otherType(rng: Rng, v: Json): Json {
  const options: Json[] = ['1', 1, true, null, [], {}, [1], { a: 1 }];
  const type = (x: Json) => (x === null ? 'null' : Array.isArray(x) ? 'array' : typeof x);
  const others = options.filter((o) => type(o) !== type(v));
  return structuredClone(rng.pick(others));
}

type Node = { path: Path; value: Json };

/** The nodes of a valid document, by what a mutation can act on (computed once). */
function targets(doc: Json) {
  const all = nodes(doc);
  return {
    all: all.filter((n) => n.path.length > 0),
    objects: all.filter((n) => isObject(n.value)),
    filled: all.filter((n) => isObject(n.value) && Object.keys(n.value).length > 0),
    arrays: all.filter((n) => Array.isArray(n.value) && n.value.length > 0),
    strings: all.filter((n) => typeof n.value === 'string'),
    numbers: all.filter((n) => typeof n.value === 'number'),
    keyed: all.filter((n) => isObject(n.value) && typeof n.value.id === 'string'),
    numberPairs: all.filter(
      (n) => isObject(n.value) && Object.values(n.value).filter((v) => typeof v === 'number').length >= 2,
    ),
    sources: all.filter((n) => isObject(n.value) && typeof n.value.title === 'string'),
  };
}
type Targets = ReturnType<typeof targets>;

const at = (doc: Json, path: Path): Json =>
  path.reduce<Json>((v, k) => (v as Record<string | number, Json>)[k]!, doc);

const KINDS = [
  'unknown_key',
  'remove_key',
  'blank',
  'string',
  'number',
  'wrong_type',
  'copy_item',
  'same_id',
  'swap',
  'url',
] as const;

/** Apply one random mutation to `doc` (a copy of the valid document); returns its kind and path. */
function mutate(rng: Rng, t: Targets, doc: Json): { kind: string; path: Path } {
  for (;;) {
    const kind = rng.pick(KINDS);
    const from = (list: Node[]) => (list.length > 0 ? rng.pick(list) : undefined);
    switch (kind) {
      case 'unknown_key': {
        const n = from(t.objects)!;
        const key = rng.pick(['sex', 'quarter', 'extra', 'Id', 'note2', 'constructor']);
        (at(doc, n.path) as Record<string, Json>)[key] = rng.pick<Json>(['x', 1, true, null, {}]);
        return { kind, path: [...n.path, key] };
      }
      case 'remove_key': {
        const n = from(t.filled)!;
        const key = rng.pick(Object.keys(n.value as object));
        delete (at(doc, n.path) as Record<string, Json>)[key];
        return { kind, path: [...n.path, key] };
      }
      case 'blank':
      case 'string': {
        const n = from(t.strings);
        if (!n) continue;
        set(doc, n.path, rng.pick(kind === 'blank' ? BLANKS : STRINGS));
        return { kind, path: n.path };
      }
      case 'number': {
        const n = from(t.numbers);
        if (!n) continue;
        set(doc, n.path, rng.pick(NUMBERS));
        return { kind, path: n.path };
      }
      case 'wrong_type': {
        const n = from(t.all)!;
        set(doc, n.path, otherType(rng, n.value));
        return { kind, path: n.path };
      }
      case 'copy_item': {
        const n = from(t.arrays);
        if (!n) continue;
        const list = at(doc, n.path) as Json[];
        list.push(structuredClone(rng.pick(list)));
        return { kind, path: [...n.path, list.length - 1] };
      }
      case 'same_id': {
        // One object's id given to another (of the same kind or not).
        const a = from(t.keyed);
        const b = from(t.keyed);
        if (!a || !b) continue;
        (at(doc, b.path) as Record<string, Json>).id = (a.value as Record<string, Json>).id!;
        return { kind, path: [...b.path, 'id'] };
      }
      case 'swap': {
        // Two numbers of one object swapped: from/to, fromYear/toYear, min/aim, numerator/denominator …
        const n = from(t.numberPairs);
        if (!n) continue;
        const o = at(doc, n.path) as Record<string, Json>;
        const keys = Object.keys(o).filter((k) => typeof o[k] === 'number');
        const x = rng.pick(keys);
        const y = rng.pick(keys.filter((k) => k !== x));
        [o[x], o[y]] = [o[y]!, o[x]!];
        return { kind, path: [...n.path, y] };
      }
      default: {
        // A url on a source (allowed there) or on any object (an unknown key there).
        const n = (rng.next() < 0.7 && from(t.sources)) || from(t.objects)!;
        (at(doc, n.path) as Record<string, Json>).url = rng.pick(STRINGS);
        return { kind, path: [...n.path, 'url'] };
      }
    }
  }
}

describe('JSON Schemas against the sdk', () => {
  it('docs/plan-bundle.md lists the rules only the sdk checks', () => {
    expect([...SDK_ONLY].sort()).toEqual([
      'duplicate_code',
      'duplicate_entry',
      'duplicate_id',
      'milestone_outside_period',
      'numerator_above_denominator',
      'partial_date_invalid_day',
      'period_of_year',
      'time_zone',
      'unknown_task_link',
      'validity_order',
      'year_range_order',
    ]);
  });

  it.each(subjects)('both accept the valid $name', (subject) => {
    const r = judge(subject, subject.doc);
    expect(r.errors).toEqual([]);
    expect(r.ajvErrors ?? []).toEqual([]);
  });

  it.each(subjects)(
    `agree on ${RUNS} random mutations of the $name, but for the sdk-only rules`,
    (subject) => {
      const rng = prng(0x5eed + subject.name.length * 7919);
      const t = targets(subject.doc as Json);
      const seen = { agree: 0, sdkOnly: 0, accepted: 0 };
      for (let i = 0; i < RUNS; i++) {
        const doc = structuredClone(subject.doc) as Json;
        const m = mutate(rng, t, doc);
        const r = judge(subject, doc);
        const onlySdkRules = !r.sdkOk && r.codes.every((c) => SDK_ONLY.has(c));
        const what = { mutation: i, ...m, sdk: r.errors.slice(0, 3), ajv: r.ajvErrors?.slice(0, 2) };
        if (onlySdkRules) {
          // A rule JSON Schema cannot say: Ajv lets it through.
          expect({ ...what, ajvOk: r.ajvOk }).toMatchObject({ ajvOk: true });
          seen.sdkOnly += 1;
        } else {
          expect({ ...what, ajvOk: r.ajvOk }).toMatchObject({ ajvOk: r.sdkOk });
          if (r.sdkOk) seen.accepted += 1;
          else seen.agree += 1;
        }
      }
      // The mutations found refusals and harmless changes alike.
      expect(seen.agree).toBeGreaterThan(RUNS / 3);
      expect(seen.accepted).toBeGreaterThan(RUNS / 100);
    },
    120_000,
  );
});

/** A mutation for each sdk-only rule: the sdk refuses it with that rule, Ajv accepts it. */
/** A document as the cases below change it: any shape, reached into by path. */
// biome-ignore lint/suspicious/noExplicitAny: the cases reach into plans, catalogs and reports alike
type Doc = any;

const sdkOnlyCases: [code: string, subject: string, mutate: (doc: Doc) => void][] = [
  ['year_range_order', 'plan', (p) => Object.assign(p, { period: { from: 2030, to: 2021 }, milestones: [] })],
  ['milestone_outside_period', 'plan', (p) => p.milestones.push(2031)],
  [
    'unknown_task_link',
    'plan',
    (p) => p.assignments[0].taskLinks.push({ basis: 'as_issued', taskId: 'II.9.z' }),
  ],
  ['duplicate_id', 'plan', (p) => (p.taskGroups[1].id = p.taskGroups[0].id)],
  ['duplicate_id', 'plan', (p) => p.taskGroups[1].tasks.push({ ...p.taskGroups[0].tasks[0], label: 'z' })],
  ['duplicate_id', 'plan', (p) => (p.funding[1].id = p.funding[0].id)],
  ['duplicate_id', 'plan', (p) => (p.assignments[1].id = p.assignments[0].id)],
  ['duplicate_id', 'catalog', (c) => (c.objectives[1].indicators[0].id = c.objectives[0].indicators[0].id)],
  [
    'duplicate_id',
    'catalog',
    (c) => (c.objectives[1].indicators[0].measures[0].id = c.objectives[0].indicators[0].measures[0].id),
  ],
  ['duplicate_id', 'registry', (r) => (r.agencies[1].id = r.agencies[0].id)],
  ['duplicate_id', 'registry', (r) => (r.units[1].id = r.units[0].id)],
  [
    'validity_order',
    'registry',
    (r) => Object.assign(r.units[0], { validFrom: '2025-07-01', validTo: '2020-01-01' }),
  ],
  ['partial_date_invalid_day', 'plan', (p) => (p.issued = { year: 2021, month: 2, day: 30 })],
  ['time_zone', 'plan', (p) => (p.reporting.timeZone = 'Mars/Olympus')],
  ['time_zone', 'plan', (p) => (p.reporting.timeZone = ' ')],
  [
    'duplicate_code',
    'catalog',
    (c) => (c.objectives[1].indicators[0].measures[0].code = c.objectives[0].indicators[0].measures[0].code),
  ],
  ['period_of_year', 'observations', (o) => (o[2].period = '2026-Q3')],
  ['numerator_above_denominator', 'report', (r) => (r.content.measures[0].numerator = 161)],
  ['duplicate_entry', 'report', (r) => r.content.tasks.push({ ...r.content.tasks[0] })],
  ['duplicate_entry', 'report', (r) => r.content.budget.push({ ...r.content.budget[0] })],
];

describe('each rule of the sdk-only list', () => {
  it('has a case here', () => {
    expect(new Set(sdkOnlyCases.map(([code]) => code))).toEqual(SDK_ONLY);
  });

  it.each(sdkOnlyCases)('%s (%s): the sdk refuses, Ajv accepts', (code, name, change) => {
    const subject = subjects.find((s) => s.name === name)!;
    const doc = structuredClone(subject.doc);
    change(doc);
    const r = judge(subject, doc);
    expect(r.codes).toEqual([code]);
    expect(r.ajvErrors ?? []).toEqual([]);
    expect(r.ajvOk).toBe(true);
  });
});

describe('what the JSON Schemas say as the sdk does', () => {
  const plan = subjects[0]!;
  const rep = subjects[3]!;
  const cases: [string, Subject, (doc: Doc) => void, string][] = [
    [
      'an unknown key (additionalProperties: false)',
      rep,
      (r) => (r.content.measures[0].sex = 'f'),
      'unrecognized_keys',
    ],
    ['an unknown key in a bundle', plan, (p) => (p.quarter = 1), 'unrecognized_keys'],
    [
      'a category that is not an id',
      rep,
      (r) => (r.content.measures[0].categories = { sex: 'nữ giới' }),
      'id',
    ],
    ['a javascript: source URL', plan, (p) => (p.source.url = 'javascript:alert(1)'), 'http_url'],
    ['a blank text', plan, (p) => (p.title.vi = ' \n '), 'too_small'],
    [
      'approves on a document that is not a decision',
      plan,
      (p) => (p.approves = { kind: 'programme', title: { vi: 'Chương trình' } }),
      'approves_only_decision',
    ],
    [
      'a numerator without a denominator',
      rep,
      (r) => delete r.content.measures[0].denominator,
      'numerator_denominator_pair',
    ],
    [
      'a missing value without a note',
      rep,
      (r) => (r.content.measures[1].note = '  '),
      'missing_value_needs_note',
    ],
    [
      'a day without a month',
      plan,
      (p) => (p.issued = { year: 2021, day: 3 }),
      'partial_date_day_without_month',
    ],
    [
      'a holiday listed twice (uniqueItems)',
      plan,
      (p) => (p.reporting.holidays = ['2026-09-02', '2026-04-30', '2026-09-02']),
      'duplicate_date',
    ],
    [
      'a holiday that is no calendar day',
      plan,
      (p) => (p.reporting.holidays = ['2026-02-29']),
      'invalid_format',
    ],
    [
      'a working-day count past 60',
      plan,
      (p) => (p.reporting.due = { workingDaysAfterWindow: 61 }),
      'too_big',
    ],
  ];
  it.each(cases)('%s: both refuse', (_, subject, change, code) => {
    const doc = structuredClone(subject.doc);
    change(doc);
    const r = judge(subject, doc);
    expect(r.codes).toEqual([code]);
    expect(r.ajvOk).toBe(false);
  });
});
