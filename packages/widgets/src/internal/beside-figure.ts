import type { Lang, MeasureProgress, MeasureUnit } from '@kehoach/sdk';
import { html, type TemplateResult } from 'lit';
import { formatValue } from './format.js';

const t = {
  computed: { vi: 'Tổng hợp từ', en: 'Computed from' },
  units: { vi: 'đơn vị', en: 'units' },
  coverage: { vi: 'Đơn vị đã báo cáo', en: 'Units reporting' },
} as const;

/**
 * What stands beside a unit's own published figure (the official one is the value): what its
 * units' figures add up to ("Tổng hợp từ 3 đơn vị: 91,25%", part `computed`), and for a share
 * of units how many of them answered of how many the registry has ("Đơn vị đã báo cáo: 4/5",
 * part `coverage`). Groups of a `<dl>`, none when the point has neither; the card and the
 * dashboard both show them.
 */
export function besideFigure(
  point: Pick<MeasureProgress['series'][number], 'computed' | 'coverage'> | undefined,
  unit: MeasureUnit,
  lang: Lang,
): TemplateResult[] {
  const { computed, coverage } = point ?? {};
  const out: TemplateResult[] = [];
  if (computed)
    out.push(html`<div part="computed">
        <dt>${t.computed[lang]} ${computed.figures} ${t.units[lang]}</dt>
        <dd>${computed.value === null ? '—' : formatValue(computed.value, unit, lang)}</dd>
      </div>`);
  if (coverage)
    out.push(html`<div part="coverage">
        <dt>${t.coverage[lang]}</dt>
        <dd>${coverage.reported}/${coverage.expected}</dd>
      </div>`);
  return out;
}
