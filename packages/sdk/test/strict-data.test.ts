/**
 * Strict data (issue 8, point 6): unknown keys are errors naming each key, duplicate ids are
 * errors at the second occurrence, both in Vietnamese and English; responses from a newer
 * server with fields this client does not know still parse.
 */
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { dakNong2021, dakNongRegistry, qd23 } from '../../plans/src/index.js';
import {
  bundleMessages,
  callRoute,
  disaggregationErrors,
  getCatalogRoute,
  IndicatorCatalogSchema,
  LocalizedTextSchema,
  OrganizationRegistrySchema,
  PlanSchema,
  ReportContentSchema,
  ResponseValidationError,
  validate,
} from '../src/index.js';

const errors = (schema: z.ZodMiniType, data: unknown) => {
  const r = validate(schema, data, bundleMessages);
  return r.success ? [] : r.errors;
};

describe('unknown keys', () => {
  it('are one error per key, at the key, in both languages', () => {
    expect(errors(LocalizedTextSchema, { vi: 'Tiêu đề', sex: 'f', quarter: 2 })).toEqual([
      {
        path: 'sex',
        code: 'unrecognized_keys',
        message: {
          vi: 'Trường sex: cần không có trường này (trường lạ)',
          en: 'Field sex: expected no such field (unknown field)',
        },
      },
      {
        path: 'quarter',
        code: 'unrecognized_keys',
        message: {
          vi: 'Trường quarter: cần không có trường này (trường lạ)',
          en: 'Field quarter: expected no such field (unknown field)',
        },
      },
    ]);
  });

  it('deep in a bundle are named by their full path, and nothing is dropped silently', () => {
    const plan = structuredClone(dakNong2021) as unknown as {
      taskGroups: { tasks: Record<string, unknown>[] }[];
    };
    plan.taskGroups[1]!.tasks[0]!.unconfimed = true; // a misspelt optional field
    expect(errors(PlanSchema, plan).map((e) => [e.path, e.code])).toEqual([
      ['taskGroups.1.tasks.0.unconfimed', 'unrecognized_keys'],
    ]);
    const catalog = structuredClone(qd23) as unknown as {
      objectives: { indicators: Record<string, unknown>[] }[];
    };
    catalog.objectives[0]!.indicators[2]!.quarter = 'Q1';
    expect(errors(IndicatorCatalogSchema, catalog).map((e) => e.path)).toEqual([
      'objectives.0.indicators.2.quarter',
    ]);
  });
});

describe('duplicate ids', () => {
  it('are errors at the second occurrence, across nested lists too', () => {
    const catalog = structuredClone(qd23);
    const first = catalog.objectives[0]!.indicators[0]!.measures[0]!;
    catalog.objectives[2]!.indicators[1]!.measures[0]!.id = first.id;
    expect(errors(IndicatorCatalogSchema, catalog)).toEqual([
      {
        path: 'objectives.2.indicators.1.measures.0.id',
        code: 'duplicate_id',
        message: {
          vi: 'Trường objectives.2.indicators.1.measures.0.id: cần mỗi mục chỉ xuất hiện một lần',
          en: 'Field objectives.2.indicators.1.measures.0.id: expected each entry only once',
        },
      },
    ]);
    const registry = structuredClone(dakNongRegistry);
    registry.agencies.push({ ...registry.agencies[3]! });
    registry.units[5] = { ...registry.units[5]!, id: registry.units[1]!.id };
    expect(errors(OrganizationRegistrySchema, registry).map((e) => [e.path, e.code])).toEqual([
      [`agencies.${registry.agencies.length - 1}.id`, 'duplicate_id'],
      ['units.5.id', 'duplicate_id'],
    ]);
  });

  it('of report rows point at the second row (a measure counts once per unit and categories)', () => {
    const row = { measureId: 'qd23.2', value: 1, dataSource: '', note: '' };
    const content = {
      tasks: [],
      measures: [row, { ...row, unitId: 'xa-a' }, { ...row, unitId: 'xa-a' }, row],
      budget: [],
      difficulties: '',
      recommendations: '',
    };
    // With the catalog, where reports are stored (`disaggregationErrors`); the schema lets them pass.
    expect(errors(ReportContentSchema, content)).toEqual([]);
    expect(disaggregationErrors({ content, catalog: qd23 }).map((e) => [e.path, e.code])).toEqual([
      ['measures.2.measureId', 'duplicate_entry'],
      ['measures.3.measureId', 'duplicate_entry'],
    ]);
  });
});

describe('responses', () => {
  const fetchOf = (body: unknown) =>
    (async () =>
      new Response(JSON.stringify(body), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      })) as typeof globalThis.fetch;

  it('from a newer server with unknown fields are accepted as they came (forward compatibility)', async () => {
    const newer = {
      ...qd23,
      publishedBy: 'a later field',
      objectives: [{ ...qd23.objectives[0]!, colour: 'blue' }],
    };
    const got = await callRoute({ baseUrl: '', fetch: fetchOf(newer) }, getCatalogRoute, {
      catalogId: 'qd23',
    });
    expect(got).toEqual(newer);
  });

  it('that break the contract otherwise are still refused', async () => {
    const broken = { ...qd23, publishedBy: 'a later field', period: { from: 2021 } };
    await expect(
      callRoute({ baseUrl: '', fetch: fetchOf(broken) }, getCatalogRoute, { catalogId: 'qd23' }),
    ).rejects.toBeInstanceOf(ResponseValidationError);
  });
});
