/**
 * A page that imports the script-tag file for its side effect, type-checked against the built
 * declarations by test/types.test.ts: the tags and their events are typed, and nothing is
 * imported from it (the file has no exports; test/types.test.ts also checks that none is declared).
 */
import '@kehoach/widgets/kehoach-widgets.js';

const form = document.createElement('kh-report-form');
form.token = 'from-the-portal-login';
form.addEventListener('kh-submitted', (e) => e.detail.report.version);
document.querySelector('kh-task-tracker')?.addEventListener('kh-task-toggle', (e) => e.detail.taskId);
const card = document.createElement('kh-indicator-card');
card.measure = 'qd23.5a';
// @ts-expect-error the card has no `token`
card.token = 'x';
