import { compileErrors, validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import {
  createOpenApiDocument,
  type RouteDef,
  type RouteName,
  routeSummaries,
  routes,
  toOpenApiPath,
} from '../src/index.js';

type ApiDocument = Exclude<Parameters<typeof validate>[0], string>;

const doc = createOpenApiDocument({
  title: 'kehoach test',
  version: '9.9.9',
  servers: [{ url: 'https://kehoach.example.gov.vn' }],
});
const entries = Object.entries(routes) as [RouteName, RouteDef][];

function operation(name: string) {
  const route = routes[name as keyof typeof routes] as RouteDef;
  const op = doc.paths[toOpenApiPath(route.path)]?.[route.method.toLowerCase()];
  if (!op) throw new Error(`no operation for ${name}`);
  return op;
}

/** Every `$ref` string anywhere in a value. */
function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refs(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  return out;
}

function resolve(pointer: string): unknown {
  expect(pointer.startsWith('#/')).toBe(true);
  return pointer
    .slice(2)
    .split('/')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
}

describe('createOpenApiDocument', () => {
  it('is OpenAPI 3.1.0 and survives a JSON round trip unchanged', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: 'kehoach test', version: '9.9.9' });
    expect(doc.servers).toEqual([{ url: 'https://kehoach.example.gov.vn' }]);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
    expect(createOpenApiDocument().info.title).toBe('kehoach reference API');
  });

  it('has one operation for every route, with {param} paths and the route name as operationId', () => {
    const ops = Object.values(doc.paths).flatMap((p) => Object.values(p));
    expect(ops.map((o) => o.operationId).sort()).toEqual(Object.keys(routes).sort());
    for (const [name, route] of entries) {
      const op = operation(name);
      expect(op.operationId).toBe(name);
      expect(op.summary).toBe(routeSummaries[name].en);
      expect(op.description).toContain(routeSummaries[name].vi);
      expect(op['x-access']).toBe(route.access);
      expect(toOpenApiPath(route.path)).not.toContain(':');
      const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
      expect(pathParams).toEqual(Array.from(route.path.matchAll(/:([A-Za-z]+)/g), (m) => m[1]));
    }
    expect(doc.paths['/api/v1/plans/{planId}/exports/{year}/{format}']).toBeDefined();
  });

  it('references named component schemas, and every reference resolves', () => {
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(50);
    for (const r of all) expect(resolve(r), r).toBeDefined();
    expect(operation('getPlan').responses['200']).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Plan' } } },
    });
    expect(operation('saveDraft').requestBody).toMatchObject({
      required: true,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/DraftRequest' } } },
    });
    expect(doc.components.schemas.DraftRequest).toMatchObject({
      type: 'object',
      properties: { content: { $ref: '#/components/schemas/ReportContent' } },
      required: ['content'],
    });
    expect(doc.components.schemas.ListPlansResponse).toEqual({
      type: 'array',
      items: { $ref: '#/components/schemas/PlanSummary' },
    });
    for (const schema of Object.values(doc.components.schemas)) {
      expect(schema).not.toHaveProperty('$id');
      expect(schema).not.toHaveProperty('$schema');
    }
  });

  it('says what the sdk checks: strict data that comes in, open server-only responses', () => {
    const c = doc.components.schemas;
    // Requests and data that comes in refuse unknown keys, as the server does.
    for (const id of [
      'DraftRequest',
      'ReturnRequest',
      'LoginRequest',
      'ReportContent',
      'MeasureReport',
      'Plan',
      'IndicatorCatalog',
      'OrganizationRegistry',
      'Observation',
    ])
      expect(c[id], id).toMatchObject({ additionalProperties: false });
    // Schemas only the server sends stay open, so clients tolerate fields added later.
    for (const id of [
      'PlanSummary',
      'ProgressResponse',
      'MeasureProgress',
      'User',
      'LoginResponse',
      'ApiError',
    ])
      expect(c[id], id).not.toHaveProperty('additionalProperties');
    // Refinements JSON Schema can say: the pair, the note of a missing value, non-blank text.
    expect(c.MeasureReport).toMatchObject({
      dependentRequired: { numerator: ['denominator'], denominator: ['numerator'] },
      if: { properties: { value: { type: 'null' } } },
    });
    expect(c.NonBlank).toMatchObject({ minLength: 1, allOf: [{ type: 'string', pattern: '\\S' }] });
  });

  it('documents query parameters, If-Match, Idempotency-Key and the ETag', () => {
    const progress = operation('getProgress').parameters ?? [];
    expect(progress.filter((p) => p.in === 'query')).toMatchObject([
      { name: 'year', required: false, schema: { type: 'integer', minimum: 1900, maximum: 2100 } },
      { name: 'unitId', required: false, schema: { type: 'string' } },
    ]);
    expect(operation('listReports').parameters).toContainEqual(
      expect.objectContaining({ name: 'year', in: 'query', required: true }),
    );
    const submitHeaders = (operation('submitReport').parameters ?? []).filter((p) => p.in === 'header');
    expect(submitHeaders.map((p) => p.name).sort()).toEqual(['Idempotency-Key', 'If-Match']);
    const draftHeaders = (operation('saveDraft').parameters ?? []).filter((p) => p.in === 'header');
    expect(draftHeaders.map((p) => p.name)).toEqual(['If-Match']);
    expect(operation('saveDraft').responses['200']).toHaveProperty('headers.ETag');
    expect(operation('getMyReport').responses['200']).toHaveProperty('headers.ETag');
  });

  it('requires Idempotency-Key on submit, documents replays, the 201 of a first save and the ETag', () => {
    const key = (operation('submitReport').parameters ?? []).find((p) => p.name === 'Idempotency-Key');
    expect(key).toMatchObject({ in: 'header', required: true });
    const ifMatch = (operation('submitReport').parameters ?? []).find((p) => p.name === 'If-Match');
    expect(ifMatch).toMatchObject({ required: false });
    const submit = operation('submitReport').responses;
    expect(submit['200']).toHaveProperty('headers.Idempotent-Replayed');
    expect(submit['200']).toHaveProperty('headers.ETag');
    expect(submit['428']).toEqual({ $ref: '#/components/responses/PreconditionRequired' });
    expect(submit['409']).toEqual({ $ref: '#/components/responses/Conflict' });
    expect(submit).not.toHaveProperty('201');
    const save = operation('saveDraft').responses;
    expect(save['201']).toMatchObject({
      headers: { ETag: expect.any(Object) },
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Report' } } },
    });
    expect(save['201']).not.toHaveProperty('headers.Idempotent-Replayed');
    for (const name of ['getReport', 'returnReport', 'acceptReport'] as const)
      expect(operation(name).responses['200'], name).toHaveProperty('headers.ETag');
    expect(operation('listPlans').responses['200']).not.toHaveProperty('headers');
    expect(doc.components.schemas.ApiError).toHaveProperty('properties.error.properties.currentVersion');
  });

  it('documents the cache validators of progress: If-None-Match, ETag, Cache-Control, Vary and 304', () => {
    const progress = operation('getProgress');
    expect(progress.parameters).toContainEqual(
      expect.objectContaining({ name: 'If-None-Match', in: 'header', required: false }),
    );
    for (const status of ['200', '304'])
      for (const header of ['ETag', 'Cache-Control', 'Vary'])
        expect(progress.responses[status], `${status} ${header}`).toHaveProperty(`headers.${header}`);
    expect(progress.responses['304']).not.toHaveProperty('content');
    expect(progress.responses['429']).toEqual({ $ref: '#/components/responses/RateLimited' });
    expect(operation('getPlan').responses).not.toHaveProperty('304');
  });

  it('documents access: bearer security on every non-public route only', () => {
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const [name, route] of entries) {
      const op = operation(name);
      if (route.access === 'public') expect(op.security, name).toBeUndefined();
      else expect(op.security, name).toEqual([{ bearerAuth: [] }]);
    }
  });

  it('documents 204, binary downloads and the ApiError responses', () => {
    expect(Object.keys(operation('logout').responses)).toContain('204');
    const file = operation('exportReport').responses['200'] as { content: Record<string, unknown> };
    expect(Object.keys(file.content).sort()).toEqual([
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ]);
    const save = operation('saveDraft').responses;
    for (const status of ['400', '401', '403', '404', '412', '413', '428', '429', '5XX'])
      expect(save[status], status).toHaveProperty('$ref');
    expect(save['412']).toEqual({ $ref: '#/components/responses/PreconditionFailed' });
    expect(operation('listPlans').responses).not.toHaveProperty('401');
    for (const response of Object.values(doc.components.responses))
      expect(response).toMatchObject({
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } },
      });
    expect(doc.components.schemas.ApiError).toHaveProperty('properties.error.properties.fieldErrors');
  });

  it('documents the text/csv upload of importObservations: its requestBody, query, access and errors', () => {
    const route = routes.importObservations;
    expect(route).toMatchObject({
      method: 'POST',
      path: '/api/v1/plans/:planId/observations',
      access: 'admin',
    });
    const op = operation('importObservations');
    const body = op.requestBody as {
      required: boolean;
      description: string;
      content: Record<string, unknown>;
    };
    expect(body.required).toBe(true);
    expect(body.content).toEqual({ 'text/csv': { schema: { type: 'string' } } });
    expect(body.description).toContain('Year (or Period), Measure, Unit, Value');
    expect(op.parameters?.find((p) => p.name === 'decimal')).toMatchObject({
      in: 'query',
      required: false,
      schema: { enum: [',', '.'] },
    });
    expect(op.security).toEqual([{ bearerAuth: [] }]);
    for (const status of ['400', '401', '403', '404', '413', '415'])
      expect(op.responses[status], status).toHaveProperty('$ref');
    expect(op.responses['200']).toMatchObject({
      content: {
        'application/json': { schema: { $ref: '#/components/schemas/ObservationImportResult' } },
      },
    });
    // A JSON body stays JSON: the upload is the only text/csv request body.
    const csvBodies = Object.values(doc.paths)
      .flatMap((p) => Object.values(p))
      .filter((o) => JSON.stringify(o.requestBody ?? {}).includes('text/csv'));
    expect(csvBodies.map((o) => o.operationId)).toEqual(['importObservations']);
  });

  it('passes the OpenAPI 3.1 schema and the extra checks of @readme/openapi-parser', async () => {
    // validate() dereferences a copy; external references are off, so this runs offline.
    const result = await validate(structuredClone(doc) as unknown as ApiDocument, {
      resolve: { external: false },
    });
    if (!result.valid) throw new Error(compileErrors(result));
    expect(result.valid).toBe(true);
    expect(result.specification).toBe('OpenAPI');

    // The validator does catch mistakes: a dangling reference and a bad parameter location.
    const broken = structuredClone(doc) as unknown as {
      paths: Record<string, Record<string, { parameters?: { in: string }[]; responses: object }>>;
    };
    const getPlan = broken.paths['/api/v1/plans/{planId}']?.get;
    if (!getPlan?.parameters?.[0]) throw new Error('fixture');
    getPlan.parameters[0].in = 'body';
    const bad = await validate(broken as unknown as ApiDocument, { resolve: { external: false } });
    expect(bad.valid).toBe(false);
  });
});
