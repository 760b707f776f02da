import { etagOf, type FieldComment, reportPeriodKey } from '@kehoach/sdk';
import { type HttpHandler, HttpResponse } from 'msw';
import type { DemoUser } from '../fixtures/users.js';
import { assertReviewerOf, planOf, planPeriodOf } from './domain.js';
import { jsonNoStore, MESSAGES, MockHttpError } from './respond.js';
import { type HandlerContext, route } from './route.js';
import { review } from './store.js';

const MEDIA_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/**
 * Reviewer routes: list a year's reports, read one (a reporter only its own agency's), return
 * with a comment or accept (only a submitted report, only the reviewer of that year — admins may
 * read but not act), and the consolidated export. MOCK ONLY: the export body is a small text
 * placeholder served with the real xlsx/docx content type and file name; it is not a workbook
 * or a document, and no real server may answer like this.
 */
export function reviewHandlers(ctx: HandlerContext): HttpHandler[] {
  const { state } = ctx;
  const visible = (reportId: string, user: DemoUser, acting: boolean) => {
    const report = state.reports.find((r) => r.id === reportId);
    if (!report) throw new MockHttpError('not_found');
    if (user.role === 'reporter') {
      if (acting) throw new MockHttpError('forbidden');
      if (user.agencyId !== report.agencyId) throw new MockHttpError('forbidden', MESSAGES.other_agency);
      return report;
    }
    assertReviewerOf(planOf(state, report.planId), user, reportPeriodKey(report), acting);
    return report;
  };
  const act = (
    step: 'returned' | 'accepted',
    reportId: string,
    user: DemoUser,
    body?: { comment: string; fields?: FieldComment[] },
  ) => {
    const report = visible(reportId, user, true);
    const at = ctx.now().toISOString();
    review(report, step, { user, agencyId: user.agencyId!, at }, body?.comment, body?.fields, state.returned);
    return jsonNoStore(report, 200, etagOf(report.version));
  };
  return [
    route(ctx, 'listReports', ({ params, query, user }) => {
      const p = planOf(state, params.planId);
      const period = planPeriodOf(p, query.year, 'query.year');
      assertReviewerOf(p, user!, period.key, false);
      const list = state.reports
        .filter((r) => r.planId === params.planId && reportPeriodKey(r) === period.key)
        .sort((a, b) => (a.agencyId < b.agencyId ? -1 : a.agencyId > b.agencyId ? 1 : 0));
      return jsonNoStore(list);
    }),
    route(ctx, 'getReport', ({ params, user }) => {
      const report = visible(params.reportId, user!, false);
      return jsonNoStore(report, 200, etagOf(report.version));
    }),
    route(ctx, 'getReturnedVersion', ({ params, user }) => {
      visible(params.reportId, user!, false);
      const returned = state.returned.get(params.reportId);
      if (!returned) throw new MockHttpError('not_found', MESSAGES.never_returned);
      return jsonNoStore(returned);
    }),
    route(ctx, 'returnReport', ({ params, body, user }) => act('returned', params.reportId, user!, body)),
    route(ctx, 'acceptReport', ({ params, user }) => act('accepted', params.reportId, user!)),
    route(ctx, 'exportReport', ({ params, user }) => {
      const p = planOf(state, params.planId);
      // The period as the server reads it: of the plan's cadence, within its years.
      const period = planPeriodOf(p, params.year);
      assertReviewerOf(p, user!, period.key, false);
      const name = `bao-cao-tong-hop-${params.planId}-${period.key}.${params.format}`;
      const text = `Số liệu minh họa — illustrative. MOCK PLACEHOLDER, not a real ${params.format} file: ${name}\n`;
      return new HttpResponse(new TextEncoder().encode(text), {
        headers: {
          'Content-Type': MEDIA_TYPES[params.format],
          'Content-Disposition': `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
          'Cache-Control': 'no-store',
        },
      });
    }),
  ];
}
