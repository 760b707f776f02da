/**
 * Element classes without registration, for apps that pick their own tag names or register
 * lazily. To register, import `@kehoach/widgets/define/<tag>.js` (or load kehoach-widgets.js).
 */

export { IndicatorCardDataSchema } from './elements/kh-indicator-card/kh-indicator-card.data.js';
export { type IndicatorCardData, KhIndicatorCard } from './elements/kh-indicator-card/kh-indicator-card.js';
export { define } from './internal/define.js';
export { KhElement, type LoadState, type Theme } from './internal/kh-element.js';
