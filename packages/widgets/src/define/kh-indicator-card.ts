import { KhIndicatorCard } from '../elements/kh-indicator-card/kh-indicator-card.js';
import { define } from '../internal/define.js';

define('kh-indicator-card', KhIndicatorCard);

export { KhIndicatorCard };
