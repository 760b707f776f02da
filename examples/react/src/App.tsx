/**
 * An integrator's React 19 page: the public progress dashboard, and an agency's report form once
 * the officer has signed in. React sets `token` and `data` as properties and listens to the
 * `kh-*` events itself (`onkh-submitted`); @kehoach/widgets/jsx-react types them.
 */
import type {} from '@kehoach/widgets/jsx-react';
// Register before the first render: React sets a prop as a property only if the element has it,
// and `token` must never become an attribute.
import '@kehoach/widgets/define/kh-progress-dashboard.js';
import '@kehoach/widgets/define/kh-report-form.js';
import { createClient, type Report } from '@kehoach/sdk';
import type { ProgressDashboardMeasureSelectDetail, ReportFormSubmittedDetail } from '@kehoach/widgets';
import { useState } from 'react';

export interface AppProps {
  /** Origin of the kehoach API. */
  apiBase: string;
  planId: string;
  year: number;
  /** The account to sign in with (the example's demo reporter). */
  account: { username: string; password: string };
}

export function App({ apiBase, planId, year, account }: AppProps) {
  // The token stays in memory: never in an attribute, a URL or localStorage.
  const [token, setToken] = useState<string>();
  const [signInError, setSignInError] = useState<string>();
  const [submitted, setSubmitted] = useState<Report>();
  const [measure, setMeasure] = useState<ProgressDashboardMeasureSelectDetail>();

  async function signIn() {
    try {
      const api = createClient({ baseUrl: apiBase, retries: 0 });
      const session = await api.login(account);
      setToken(session.token);
    } catch (error) {
      setSignInError(String(error));
    }
  }

  const onSubmitted = (event: CustomEvent<ReportFormSubmittedDetail>) => setSubmitted(event.detail.report);

  return (
    <main>
      <h1>Kế hoạch hành động — tiến độ và báo cáo</h1>
      <kh-progress-dashboard
        api-base={apiBase}
        plan={planId}
        year={year}
        heading-level={2}
        onkh-measure-select={(e) => setMeasure(e.detail)}
      />
      {measure && (
        <p id="measure" role="status">
          Chỉ số {measure.code} ({measure.unitId}, {measure.year})
        </p>
      )}
      <section aria-labelledby="report-title">
        <h2 id="report-title">Báo cáo của cơ quan</h2>
        {token ? (
          <kh-report-form
            api-base={apiBase}
            plan={planId}
            year={year}
            token={token}
            onkh-submitted={onSubmitted}
          />
        ) : (
          <button id="sign-in" type="button" onClick={signIn}>
            Đăng nhập ({account.username}, tài khoản minh họa)
          </button>
        )}
        {signInError && <p role="alert">{signInError}</p>}
        {submitted && (
          <p id="submitted" role="status">
            Đã nộp báo cáo {submitted.id}: {submitted.status}, phiên bản {submitted.version}.
          </p>
        )}
      </section>
    </main>
  );
}
