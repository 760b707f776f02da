/** Script-tag entry: registers every element. Built as one self-contained IIFE. */
import './define/kh-indicator-card.js';

export { KhIndicatorCard } from './elements/kh-indicator-card/kh-indicator-card.js';
