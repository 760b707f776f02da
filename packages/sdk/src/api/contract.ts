import * as z from 'zod/mini';
import { IdSchema } from '../schemas/common.js';
import { IndicatorCatalogSchema } from '../schemas/indicator.js';
import { OrganizationRegistrySchema } from '../schemas/organization.js';
import { PlanSchema } from '../schemas/plan.js';
import { ReportSchema } from '../schemas/report.js';
import {
  DraftRequestSchema,
  LoginRequestSchema,
  LoginResponseSchema,
  PlanSummarySchema,
  ProgressQuerySchema,
  ProgressResponseSchema,
  ReturnRequestSchema,
  SubmissionStatusSchema,
  UserSchema,
} from './schemas.js';

/** Who may call a route. `user` is any signed-in account. */
export type Access = 'public' | 'user' | 'reporter' | 'reviewer' | 'admin';

/**
 * One route of the reference API. The server validates with these schemas, the OpenAPI
 * document is generated from them and the client is typed by them: one definition, three uses.
 */
export interface RouteDef {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Express-style path with `:param` segments. */
  path: string;
  access: Access;
  summary: { vi: string; en: string };
  params?: z.ZodMiniType;
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
  /** Response body; `binary` for file downloads, `null` for 204. */
  response: z.ZodMiniType | 'binary' | null;
  /** Request headers the route relies on. */
  headers?: readonly ('If-Match' | 'Idempotency-Key')[];
}

const PlanParams = z.object({ planId: IdSchema });
const YearParam = z.coerce.number().check(z.int(), z.gte(1900), z.lte(2100));
const PlanYearParams = z.object({ planId: IdSchema, year: YearParam });
const ReportParams = z.object({ reportId: IdSchema });
const YearQuery = z.object({ year: YearParam });

export const EXPORT_FORMATS = ['xlsx', 'docx'] as const;

/** The reference API contract, prefix `/api/v1`. */
export const routes = {
  login: {
    method: 'POST',
    path: '/api/v1/auth/login',
    access: 'public',
    summary: {
      vi: 'Đăng nhập, nhận mã truy cập',
      en: 'Sign in and receive a bearer token',
    },
    body: LoginRequestSchema,
    response: LoginResponseSchema,
  },
  logout: {
    method: 'POST',
    path: '/api/v1/auth/logout',
    access: 'user',
    summary: {
      vi: 'Đăng xuất, thu hồi mã truy cập',
      en: 'Sign out and revoke the token',
    },
    response: null,
  },
  me: {
    method: 'GET',
    path: '/api/v1/auth/me',
    access: 'user',
    summary: { vi: 'Tài khoản đang đăng nhập', en: 'The signed-in account' },
    response: UserSchema,
  },
  listPlans: {
    method: 'GET',
    path: '/api/v1/plans',
    access: 'public',
    summary: { vi: 'Danh sách kế hoạch', en: 'List plans' },
    response: z.array(PlanSummarySchema),
  },
  getPlan: {
    method: 'GET',
    path: '/api/v1/plans/:planId',
    access: 'public',
    summary: { vi: 'Kế hoạch như đã ban hành', en: 'A plan as issued' },
    params: PlanParams,
    response: PlanSchema,
  },
  getOrganizations: {
    method: 'GET',
    path: '/api/v1/plans/:planId/organizations',
    access: 'public',
    summary: {
      vi: 'Cơ quan, đơn vị hành chính và kế thừa',
      en: 'Agencies, administrative units and successions',
    },
    params: PlanParams,
    response: OrganizationRegistrySchema,
  },
  getCatalog: {
    method: 'GET',
    path: '/api/v1/catalogs/:catalogId',
    access: 'public',
    summary: { vi: 'Bộ chỉ tiêu', en: 'Indicator catalog' },
    params: z.object({ catalogId: IdSchema }),
    response: IndicatorCatalogSchema,
  },
  getProgress: {
    method: 'GET',
    path: '/api/v1/plans/:planId/progress',
    access: 'public',
    summary: {
      vi: 'Tiến độ các chỉ số theo năm và đơn vị',
      en: 'Progress of every measure by year and unit',
    },
    params: PlanParams,
    query: ProgressQuerySchema,
    response: ProgressResponseSchema,
  },
  getMyReport: {
    method: 'GET',
    path: '/api/v1/plans/:planId/reports/:year/mine',
    access: 'reporter',
    summary: {
      vi: 'Báo cáo năm của cơ quan mình',
      en: "The signed-in agency's yearly report",
    },
    params: PlanYearParams,
    response: ReportSchema,
  },
  saveDraft: {
    method: 'PUT',
    path: '/api/v1/plans/:planId/reports/:year/mine',
    access: 'reporter',
    summary: {
      vi: 'Lưu bản nháp (If-Match theo phiên bản)',
      en: 'Save the draft (If-Match on the version)',
    },
    params: PlanYearParams,
    body: DraftRequestSchema,
    response: ReportSchema,
    headers: ['If-Match'],
  },
  submitReport: {
    method: 'POST',
    path: '/api/v1/plans/:planId/reports/:year/mine/submit',
    access: 'reporter',
    summary: {
      vi: 'Nộp báo cáo (Idempotency-Key)',
      en: 'Submit the report (Idempotency-Key)',
    },
    params: PlanYearParams,
    body: DraftRequestSchema,
    response: ReportSchema,
    headers: ['Idempotency-Key', 'If-Match'],
  },
  listReports: {
    method: 'GET',
    path: '/api/v1/plans/:planId/reports',
    access: 'reviewer',
    summary: { vi: 'Các báo cáo của một năm', en: 'Reports of a year' },
    params: PlanParams,
    query: YearQuery,
    response: z.array(ReportSchema),
  },
  getReport: {
    method: 'GET',
    path: '/api/v1/reports/:reportId',
    access: 'user',
    summary: { vi: 'Một báo cáo', en: 'One report' },
    params: ReportParams,
    response: ReportSchema,
  },
  returnReport: {
    method: 'POST',
    path: '/api/v1/reports/:reportId/return',
    access: 'reviewer',
    summary: {
      vi: 'Trả lại báo cáo kèm ý kiến',
      en: 'Return a report with a comment',
    },
    params: ReportParams,
    body: ReturnRequestSchema,
    response: ReportSchema,
  },
  acceptReport: {
    method: 'POST',
    path: '/api/v1/reports/:reportId/accept',
    access: 'reviewer',
    summary: { vi: 'Chấp nhận báo cáo', en: 'Accept a report' },
    params: ReportParams,
    response: ReportSchema,
  },
  getSubmissions: {
    method: 'GET',
    path: '/api/v1/plans/:planId/submissions',
    access: 'user',
    summary: {
      vi: 'Tình hình nộp báo cáo của một năm',
      en: 'Who has filed for a year',
    },
    params: PlanParams,
    query: YearQuery,
    response: SubmissionStatusSchema,
  },
  exportReport: {
    method: 'GET',
    path: '/api/v1/plans/:planId/exports/:year/:format',
    access: 'reviewer',
    summary: {
      vi: 'Xuất báo cáo tổng hợp của tỉnh',
      en: 'Export the consolidated provincial report',
    },
    params: z.object({
      planId: IdSchema,
      year: YearParam,
      format: z.enum(EXPORT_FORMATS),
    }),
    response: 'binary',
  },
} as const satisfies Record<string, RouteDef>;

export type Routes = typeof routes;
export type RouteName = keyof Routes;

/** Fill `:param` segments of a route path, encoding each value. */
export function buildPath(path: string, params: Record<string, string | number>): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) throw new Error(`Missing path parameter ${name}`);
    return encodeURIComponent(String(v));
  });
}
