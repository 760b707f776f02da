import type { KhElementEventMap } from '../../events.js';
import type { IndicatorCardData } from './kh-indicator-card.data.js';

/** Events of `kh-indicator-card`: `kh-load` (`detail.value`: the card's data) and `kh-error`. */
export interface KhIndicatorCardEventMap extends KhElementEventMap<IndicatorCardData> {}
