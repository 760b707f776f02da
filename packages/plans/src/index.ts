/**
 * @kehoach/plans — plan bundles validated by @kehoach/sdk's schemas:
 * - `qd23`: the objectives, indicators and measures of Decision 23/QĐ-TTg (2021);
 * - `dakNong2021`: the Đắk Nông 2021 action plan for children, as issued;
 * - `dakNongRegistry`: the agencies and units it names and their 2025 successors;
 * - `lamDong2026`: an ILLUSTRATIVE province's plan that adopts `qd23`, overrides some of its
 *   targets and adds a measure of its own (registry: `dakNongRegistry`).
 * The plan's issued text ships in `sources/dak-nong-2021/plan.md`.
 */

export { type CompletePlan, dakNong2021 } from './dak-nong-2021.js';
export { dakNongRegistry } from './dak-nong-registry.js';
export { lamDong2026 } from './lam-dong-2026.js';
export { qd23 } from './qd23.js';
