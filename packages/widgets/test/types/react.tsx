/**
 * A React 19 app's JSX, type-checked against the built declarations by test/types.test.ts:
 * attributes, properties (the token, data) and typed `kh-*` listeners.
 */
import type {} from '@kehoach/widgets/jsx-react';
import '@kehoach/widgets/define/kh-report-form.js';
import type { Report } from '@kehoach/sdk';
import type { ProgressDashboardData } from '@kehoach/widgets';

export function Page(props: { token: string; data: ProgressDashboardData; onDone: (r: Report) => void }) {
  return (
    <main>
      <kh-progress-dashboard
        api-base="https://kehoach.example.gov.vn"
        plan="dak-nong-2021"
        heading-level={2}
        theme="dark"
        lang="vi"
        className="wide"
        data={props.data}
        onkh-measure-select={(e) => console.info(e.detail.measureId, e.detail.year.toFixed(0))}
        onkh-filter-change={(e) => console.info(e.detail.objective)}
      />
      <kh-report-form
        apiBase="https://kehoach.example.gov.vn"
        plan="dak-nong-2021"
        year={2026}
        token={props.token}
        readonly={false}
        onkh-submitted={(e) => props.onDone(e.detail.report)}
        onkh-validation-failed={(e) => e.detail.errors.map((x) => x.path)}
        // @ts-expect-error a submitted report's detail has no `errors`
        onkh-draft-saved={(e) => e.detail.errors}
      />
      {/* @ts-expect-error no unknown props (TypeScript lets any name with a dash through, as `data-*`) */}
      <kh-report-form tokens="x" />
      {/* @ts-expect-error theme takes auto, light or dark */}
      <kh-indicator-card theme="blue" />
      <kh-task-tracker onkh-task-toggle={(e) => e.detail.expanded} onClick={(e) => e.clientX} />
      <kh-submission-tracker onkh-report-open={(e) => e.detail.reportId.toUpperCase()} />
    </main>
  );
}
