/**
 * A Preact app's JSX, type-checked against the built declarations by test/types.test.ts.
 */
import type {} from '@kehoach/widgets/jsx-preact';
import '@kehoach/widgets/define/kh-report-form.js';
import type { Report } from '@kehoach/sdk';

export function Page(props: { token: string; onDone: (r: Report) => void }) {
  return (
    <main>
      <kh-progress-dashboard
        api-base="https://kehoach.example.gov.vn"
        plan="dak-nong-2021"
        class="wide"
        onkh-unit-change={(e) => e.detail.unitId.toUpperCase()}
      />
      <kh-report-form
        api-base="https://kehoach.example.gov.vn"
        plan="dak-nong-2021"
        year={2026}
        token={props.token}
        onkh-submitted={(e) => props.onDone(e.detail.report)}
        // @ts-expect-error the detail is typed, not any
        onkh-error={(e) => e.detail.nothing}
      />
    </main>
  );
}
