/**
 * Script-tag entry: registers every element (`<script src="kehoach-widgets.js">`), and exports
 * nothing. Built as one self-contained IIFE; its declarations say just that: importing it (for
 * its side effect) defines the `kh-*` tags and types them in `HTMLElementTagNameMap` and their
 * events in `HTMLElementEventMap`. The classes are `customElements.get('kh-…')`, or exports of
 * `@kehoach/widgets` for a bundler.
 */
// Order only matters to gzip: like code side by side compresses better (0.1 KB here; `pnpm size`).
import './define/kh-report-form.js';
import './define/kh-task-tracker.js';
import './define/kh-submission-tracker.js';
import './define/kh-progress-dashboard.js';
import './define/kh-indicator-card.js';
