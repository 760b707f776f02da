/**
 * OpenAPI 3.1 document of the reference API, generated from the route contract and the zod
 * schemas (JSON Schema draft 2020-12, which OpenAPI 3.1 uses as is).
 *
 * Kept apart from the client: only this module and ../json-schema.ts (the one place schemas
 * become JSON Schema) import `z.toJSONSchema`, so a bundle that uses the client alone does not
 * carry the JSON Schema generator (the package has `sideEffects: false`).
 */

import * as z from 'zod/mini';
import { JSON_SCHEMA_OPTIONS, toJsonSchema } from '../json-schema.js';
import * as common from '../schemas/common.js';
import * as indicator from '../schemas/indicator.js';
import * as observation from '../schemas/observation.js';
import * as organization from '../schemas/organization.js';
import * as plan from '../schemas/plan.js';
import * as progress from '../schemas/progress.js';
import * as report from '../schemas/report.js';
import { type Access, type RouteDef, type RouteName, routes } from './contract.js';
import { MEDIA_TYPES } from './download.js';
import { routeSummaries } from './route-summaries.js';
import * as apiSchemas from './schemas.js';

/** Options of {@link createOpenApiDocument}. */
export interface OpenApiOptions {
  /** `info.title`. Default "kehoach reference API". */
  title?: string;
  /** `info.version`, the version of the document (not of OpenAPI). Default "1.0.0". */
  version?: string;
  /** `servers`; default a single relative server `/`. */
  servers?: { url: string; description?: string }[];
}

/** A JSON Schema (draft 2020-12) object as it appears in the document. */
export type JsonSchemaObject = Record<string, unknown>;

/** An operation object of the generated document. */
export interface OpenApiOperation {
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  parameters?: Record<string, unknown>[];
  requestBody?: Record<string, unknown>;
  responses: Record<string, Record<string, unknown>>;
  security?: Record<string, string[]>[];
  /** Who may call the operation: public, user, reporter, reviewer or admin. */
  'x-access': Access;
}

/** The generated OpenAPI 3.1 document: plain JSON, ready for `JSON.stringify`. */
export interface OpenApiDocument {
  openapi: '3.1.0';
  info: {
    title: string;
    version: string;
    description: string;
    license: { name: string; identifier: string };
  };
  servers: { url: string; description?: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: {
    schemas: Record<string, JsonSchemaObject>;
    responses: Record<string, Record<string, unknown>>;
    securitySchemes: Record<string, Record<string, unknown>>;
  };
}

const SCHEMA_MODULES: Record<string, unknown>[] = [
  common,
  indicator,
  observation,
  organization,
  plan,
  progress,
  report,
  apiSchemas,
];

/** What the text of an `upload` body is, by media type (the requestBody's description). */
const UPLOAD_TEXT: Record<string, string> = {
  'text/csv':
    "Observations in Open SDG's tidy layout (docs/data-import.md): a header Year (or Period), Measure, " +
    'Unit, Value and optionally Numerator, Denominator, Source, Note, and a column per dimension of the ' +
    "plan's catalog (its id, e.g. sex) holding the row's category, blank for the total; UTF-8 with or without a byte-order " +
    'mark, `,` or `;` between fields — Số liệu theo bố cục gọn, mỗi dòng một số liệu',
};

const ACCESS_TEXT: Record<Access, { vi: string; en: string }> = {
  public: { vi: 'công khai', en: 'public' },
  user: { vi: 'mọi tài khoản đã đăng nhập', en: 'any signed-in account' },
  reporter: { vi: 'cán bộ báo cáo của cơ quan', en: "an agency's reporting officer" },
  reviewer: { vi: 'cán bộ thẩm định của cơ quan chủ trì', en: "the lead agency's reviewer" },
  admin: { vi: 'quản trị viên', en: 'an administrator' },
};

const PARAM_TEXT: Record<string, string> = {
  planId: 'Plan identifier — Mã kế hoạch',
  catalogId: 'Indicator catalog identifier — Mã bộ chỉ tiêu',
  reportId: 'Report identifier — Mã báo cáo',
  year: 'Reporting year — Năm báo cáo',
  unitId: 'Administrative unit; the whole province when absent — Đơn vị hành chính; cả tỉnh nếu bỏ trống',
  format: 'File format: xlsx (tables) or docx (administrative report) — Định dạng tệp',
  decimal:
    "The file's decimal mark; by default `,` in a file separated by `;`, else `.` — Dấu thập phân của tệp",
};

/** Error responses: component name, status, English and Vietnamese description. */
const ERROR_RESPONSES = {
  ValidationFailed: ['400', 'Validation failed; see `error.fieldErrors`', 'Dữ liệu không hợp lệ'],
  Unauthenticated: [
    '401',
    'Missing, expired or revoked bearer token',
    'Chưa đăng nhập hoặc phiên đã hết hạn',
  ],
  Forbidden: ['403', 'The account may not do this', 'Tài khoản không có quyền'],
  NotFound: ['404', 'No such resource', 'Không tìm thấy'],
  Conflict: ['409', "The report's state does not allow this step", 'Trạng thái báo cáo không cho phép'],
  PreconditionFailed: [
    '412',
    'If-Match names an old version; the current one is in the ETag header',
    'Phiên bản đã cũ; phiên bản hiện tại nằm trong ETag',
  ],
  PayloadTooLarge: ['413', 'Body too large', 'Dữ liệu quá lớn'],
  UnsupportedMediaType: ['415', 'Body is not application/json', 'Dữ liệu không phải JSON'],
  PreconditionRequired: [
    '428',
    'A required header is missing: If-Match on a later draft save, Idempotency-Key on a submission',
    'Thiếu If-Match (khi lưu lại bản nháp) hoặc Idempotency-Key (khi nộp)',
  ],
  RateLimited: [
    '429',
    'Too many requests (sign-in attempts, or public reads from one client address); see Retry-After',
    'Quá nhiều yêu cầu (đăng nhập, hoặc đọc dữ liệu công khai từ một địa chỉ)',
  ],
  ServerError: ['5XX', 'Server error', 'Lỗi máy chủ'],
} as const;
type ErrorResponseName = keyof typeof ERROR_RESPONSES;

const TAGS: Record<string, string> = {
  auth: 'Sign-in and accounts — Đăng nhập và tài khoản',
  plans: 'Plans, progress, reports and exports by plan — Kế hoạch, tiến độ, báo cáo, xuất tệp',
  catalogs: 'Indicator catalogs — Bộ chỉ tiêu',
  reports: 'Reports by id: read, return, accept — Báo cáo: xem, trả lại, chấp nhận',
};

const isZod = (v: unknown): v is z.ZodMiniType => typeof v === 'object' && v !== null && '_zod' in v;

/** `/plans/:planId` → `/plans/{planId}`. */
export function toOpenApiPath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, '{$1}');
}

function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function toJson(schema: z.ZodMiniType): JsonSchemaObject {
  const { $schema: _drop, ...rest } = toJsonSchema(schema) as JsonSchemaObject;
  return rest;
}

/**
 * Every exported `…Schema` of the sdk as a named component, plus the anonymous bodies and
 * responses of routes (`ListPlansResponse` …). Nested named schemas become `$ref`s.
 */
function buildComponents(): { schemas: Record<string, JsonSchemaObject>; ids: Map<z.ZodMiniType, string> } {
  const registry = z.registry<{ id: string }>();
  const ids = new Map<z.ZodMiniType, string>();
  const add = (schema: z.ZodMiniType, id: string) => {
    if (ids.has(schema) || [...ids.values()].includes(id)) return;
    registry.add(schema, { id });
    ids.set(schema, id);
  };
  for (const mod of SCHEMA_MODULES) {
    for (const [name, value] of Object.entries(mod)) {
      if (name.endsWith('Schema') && isZod(value)) add(value, name.slice(0, -'Schema'.length));
    }
  }
  for (const [name, route] of Object.entries(routes) as [RouteName, RouteDef][]) {
    if (route.body) add(route.body, `${pascal(name)}Request`);
    if (isZod(route.response)) add(route.response, `${pascal(name)}Response`);
  }
  // Data that comes in (bundles, reports, request bodies and queries) is strict — unknown keys are
  // errors, `additionalProperties: false`; schemas only ever sent by the server stay open, so
  // clients tolerate fields added later (the sdk's client tolerates them in every response).
  const generated = z.toJSONSchema(registry, {
    ...JSON_SCHEMA_OPTIONS,
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, JsonSchemaObject> };
  const schemas: Record<string, JsonSchemaObject> = {};
  for (const [id, schema] of Object.entries(generated.schemas).sort(([a], [b]) => a.localeCompare(b))) {
    const { $schema: _s, $id: _i, ...rest } = schema;
    schemas[id] = rest;
  }
  return { schemas, ids };
}

function ref(id: string): JsonSchemaObject {
  return { $ref: `#/components/schemas/${id}` };
}

/** Path or query parameters from an object schema: one parameter per property. */
function parametersOf(schema: z.ZodMiniType | undefined, where: 'path' | 'query'): Record<string, unknown>[] {
  const shape = (schema as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def
    ?.shape;
  if (!schema || !shape) return [];
  const required = new Set(((toJson(schema).required as string[] | undefined) ?? []).map(String));
  return Object.entries(shape).map(([name, prop]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    ...(PARAM_TEXT[name] ? { description: PARAM_TEXT[name] } : {}),
    schema: isZod(prop) ? toJson(prop) : {},
  }));
}

function errorResponsesFor(route: RouteDef): ErrorResponseName[] {
  const names: ErrorResponseName[] = [];
  if (route.params || route.query || route.body || route.upload) names.push('ValidationFailed');
  if (route.access !== 'public') names.push('Unauthenticated', 'Forbidden');
  if (route.params) names.push('NotFound');
  if (route.params && route.method !== 'GET') names.push('Conflict');
  if (route.headers?.includes('If-Match')) names.push('PreconditionFailed', 'PreconditionRequired');
  if (route.body || route.upload) names.push('PayloadTooLarge', 'UnsupportedMediaType');
  names.push('RateLimited', 'ServerError');
  return names;
}

/**
 * Generate the OpenAPI 3.1 document of the reference API from `routes`. Every operation has
 * its route name as `operationId`, an English summary with the Vietnamese in the description,
 * its access level (`x-access`, and bearer security unless public), the `If-Match` and
 * `Idempotency-Key` headers it relies on, and the shared `ApiError` body on error statuses.
 */
export function createOpenApiDocument(options: OpenApiOptions = {}): OpenApiDocument {
  const { schemas, ids } = buildComponents();
  const etagPaths = new Set(
    Object.values(routes as Record<string, RouteDef>)
      .filter((r) => r.headers?.includes('If-Match'))
      .map((r) => r.path),
  );
  const etagHeader = {
    ETag: {
      description: 'Version of the report, to send back as If-Match — Phiên bản của báo cáo',
      schema: { type: 'string', examples: ['"3"'] },
    },
  };

  const replayedHeader = {
    'Idempotent-Replayed': {
      description:
        '`true` when this is the stored answer to an earlier request with the same Idempotency-Key ' +
        '(nothing was submitted again); absent on the first answer — Câu trả lời đã lưu của lần gửi trước',
      schema: { type: 'string', enum: ['true'] },
    },
  };

  /** Headers of a cacheable read (`conditional` routes): its validator and cache policy. */
  const cacheHeaders = {
    ETag: {
      description:
        'Strong validator of the content (differs per Content-Encoding); send it back as ' +
        'If-None-Match to get 304 — Mã phiên bản của nội dung, gửi lại trong If-None-Match',
      schema: { type: 'string', examples: ['"HY_HgyXAI40h1z-WyzrbQd-br"'] },
    },
    'Cache-Control': {
      description:
        'public, a short max-age and must-revalidate: a shared cache may serve the answer for a few ' +
        'seconds, then asks again with If-None-Match — Bộ đệm dùng chung được phép lưu trong vài giây',
      schema: { type: 'string', examples: ['public, max-age=10, must-revalidate'] },
    },
    Vary: {
      description: 'Accept-Encoding, Origin — the answer differs by these request headers',
      schema: { type: 'string', examples: ['Accept-Encoding, Origin'] },
    },
  };

  const paths: Record<string, Record<string, OpenApiOperation>> = {};
  for (const [name, route] of Object.entries(routes) as [RouteName, RouteDef][]) {
    const parameters = [...parametersOf(route.params, 'path'), ...parametersOf(route.query, 'query')];
    if (route.conditional)
      parameters.push({
        name: 'If-None-Match',
        in: 'header',
        required: false,
        description:
          'ETag of a copy the client already has; when the content is unchanged the answer is 304 ' +
          'without a body. — ETag của bản đã có; nội dung không đổi thì trả về 304, không kèm dữ liệu.',
        schema: { type: 'string' },
      });
    if (route.headers?.includes('If-Match'))
      parameters.push({
        name: 'If-Match',
        in: 'header',
        required: false,
        description:
          'Version the edit starts from, as returned in ETag (e.g. "3"); omit only for the first save. ' +
          'A stale version gets 412. — Phiên bản mà bản sửa dựa trên; phiên bản cũ bị từ chối (412).',
        schema: { type: 'string', pattern: '^(W/)?"\\d+"$' },
      });
    if (route.headers?.includes('Idempotency-Key'))
      parameters.push({
        name: 'Idempotency-Key',
        in: 'header',
        required: true,
        description:
          'A unique key per submission (a UUID); a retry with the same key and body returns the first ' +
          'result instead of submitting twice (with `Idempotent-Replayed: true`); the same key with ' +
          'another body is 409; without the header, 428. — Khóa chống nộp trùng (bắt buộc); gửi lại ' +
          'cùng khóa khi thử lại.',
        schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7E]+$' },
      });

    const responses: Record<string, Record<string, unknown>> = {};
    if (route.response === null) {
      responses['204'] = { description: 'No content — Không có nội dung' };
    } else if (route.response === 'binary') {
      responses['200'] = {
        description: 'The file, named in Content-Disposition — Tệp, tên trong Content-Disposition',
        headers: {
          'Content-Disposition': {
            description: "attachment; filename*=UTF-8''…",
            schema: { type: 'string' },
          },
        },
        // OpenAPI 3.1: raw binary content is described by its media type alone.
        content: Object.fromEntries(
          (route.download?.mediaTypes ?? Object.values(MEDIA_TYPES)).map((t) => [t, {}]),
        ),
      };
    } else {
      const id = ids.get(route.response);
      const content = { 'application/json': { schema: id ? ref(id) : toJson(route.response) } };
      const idempotent = route.headers?.includes('Idempotency-Key') === true;
      const headers = {
        ...(etagPaths.has(route.path) || route.response === report.ReportSchema ? etagHeader : {}),
        ...(idempotent ? replayedHeader : {}),
        ...(route.conditional ? cacheHeaders : {}),
      };
      const hasHeaders = Object.keys(headers).length > 0;
      responses['200'] = {
        description: `${routeSummaries[name].en} — ${routeSummaries[name].vi}`,
        ...(hasHeaders ? { headers } : {}),
        content,
      };
      if (route.conditional)
        responses['304'] = {
          description:
            'Not modified: the ETag in If-None-Match is still current; no body — ' +
            'Không thay đổi: bản đã có vẫn đúng, không kèm dữ liệu',
          headers: cacheHeaders,
        };
      if (route.creates)
        responses['201'] = {
          description:
            'Created (a new version) — Đã tạo (phiên bản mới); 200: nothing to change — không có gì thay đổi',
          ...(hasHeaders ? { headers } : {}),
          content,
        };
      // A write that may create its resource (the first draft save) answers 201 when it does.
      if (route.method === 'PUT' && route.headers?.includes('If-Match'))
        responses['201'] = {
          description:
            'First save: the draft was created (version 1, sent without If-Match) — ' +
            'Lần lưu đầu tiên: bản nháp được tạo (phiên bản 1, không kèm If-Match)',
          ...(hasHeaders ? { headers } : {}),
          content,
        };
    }
    for (const err of errorResponsesFor(route)) {
      responses[ERROR_RESPONSES[err][0]] = { $ref: `#/components/responses/${err}` };
    }

    const access = ACCESS_TEXT[route.access];
    const operation: OpenApiOperation = {
      operationId: name,
      summary: routeSummaries[name].en,
      description: `${routeSummaries[name].vi}.\n\nAccess: ${access.en}. — Quyền truy cập: ${access.vi}.`,
      tags: [route.path.split('/')[3] ?? 'api'],
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: ids.has(route.body) ? ref(ids.get(route.body) as string) : toJson(route.body),
                },
              },
            },
          }
        : route.upload
          ? {
              requestBody: {
                required: true,
                description: UPLOAD_TEXT[route.upload.mediaType] ?? route.upload.mediaType,
                content: { [route.upload.mediaType]: { schema: { type: 'string' } } },
              },
            }
          : {}),
      responses,
      ...(route.access === 'public' ? {} : { security: [{ bearerAuth: [] }] }),
      'x-access': route.access,
    };
    const p = toOpenApiPath(route.path);
    paths[p] = { ...paths[p], [route.method.toLowerCase()]: operation };
  }

  const errorResponses: Record<string, Record<string, unknown>> = {};
  for (const [name, [status, en, vi]] of Object.entries(ERROR_RESPONSES)) {
    errorResponses[name] = {
      description: `${en} (${status}) — ${vi}`,
      ...(name === 'RateLimited'
        ? {
            headers: {
              'Retry-After': {
                description: 'Seconds to wait — Số giây cần chờ',
                schema: { type: 'integer' },
              },
            },
          }
        : name === 'PreconditionFailed'
          ? { headers: etagHeader }
          : {}),
      content: { 'application/json': { schema: ref('ApiError') } },
    };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: options.title ?? 'kehoach reference API',
      version: options.version ?? '1.0.0',
      description:
        'Track how a Vietnamese province carries out its action plans: plans, indicator catalogs, ' +
        'progress, yearly agency reports and their review. Every body is defined by the zod schemas ' +
        'of @kehoach/sdk. — Theo dõi thực hiện kế hoạch hành động của tỉnh.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: options.servers ?? [{ url: '/' }],
    tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
    paths,
    components: {
      schemas,
      responses: errorResponses,
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'Token from POST /api/v1/auth/login — Mã truy cập nhận khi đăng nhập',
        },
      },
    },
  };
}
