import { createRoot } from 'react-dom/client';
import { App } from './App.js';

// The example's API is the mocks in the browser (a chunk of its own, not part of the app): it
// must answer before the widgets make their first request.
const { demoPlan, demoReporter, startMockApi } = await import('./mock-api.js');
await startMockApi();
createRoot(document.getElementById('root')!).render(
  <App apiBase={location.origin} planId={demoPlan.planId} year={demoPlan.year} account={demoReporter()} />,
);
