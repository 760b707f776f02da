import type { DraftContext } from './context.js';

/**
 * The targets a document sets → an IndicatorCatalog skeleton (catalog.json): an objective per
 * heading the targets sit under ("Giai đoạn 2021 - 2025", "Mục tiêu cụ thể"), an indicator and
 * a measure per sentence or table row, with what was read of each. Ids, and what the sentence
 * does not say, are left for a person and listed.
 */
export function readCatalog(ctx: DraftContext): Record<string, unknown> | undefined {
  if (ctx.measures.length === 0) return undefined;
  const groups = new Map<string, typeof ctx.measures>();
  for (const m of ctx.measures) groups.set(m.group ?? '', [...(groups.get(m.group ?? '') ?? []), m]);
  const objectives = [...groups].map(([title, measures], oi) => ({
    ...(title ? { title: { vi: title } } : {}),
    indicators: measures.map((m, ii) => {
      const at = `catalog.json#/objectives/${oi}/indicators/${ii}`;
      ctx.sourceMap.push({ pointer: `${at}/measures/0/title/vi`, line: m.line });
      for (const [ti, t] of m.targets.entries())
        if (t.comparator === undefined)
          ctx.miss(
            `${at}/measures/0/targets/${ti}/comparator`,
            `"${m.title.slice(0, 60)}" năm ${t.year}: văn bản không nói so sánh (đạt, dưới, trên …)`,
            `"${m.title.slice(0, 60)}" in ${t.year}: the document gives no comparator (đạt, dưới, trên …)`,
            [{ text: m.title, line: m.line }],
          );
        else if (t.comparator === '>')
          ctx.miss(
            `${at}/measures/0/targets/${ti}/comparator`,
            '"trên" là lớn hơn hẳn (>): PlanSchema chỉ có <, ≤, ≥, = — cần người chọn',
            '"trên" is strictly greater (>): PlanSchema has only <, ≤, ≥, = — a person must choose',
            [{ text: m.title, line: m.line }],
          );
      if (!m.unit)
        ctx.miss(
          `${at}/measures/0/unit`,
          `"${m.title.slice(0, 60)}": không rõ đơn vị`,
          `"${m.title.slice(0, 60)}": no unit`,
          [{ text: m.title, line: m.line }],
        );
      if (!m.direction)
        ctx.miss(
          `${at}/measures/0/direction`,
          `"${m.title.slice(0, 60)}": không rõ chiều tốt (tăng/giảm)`,
          `"${m.title.slice(0, 60)}": no direction (increase/decrease)`,
          [{ text: m.title, line: m.line }],
        );
      const number = m.code && /^\d+$/.test(m.code) ? Number(m.code) : undefined;
      return {
        ...(number !== undefined ? { number } : {}),
        title: { vi: m.title },
        measures: [
          {
            ...(m.code ? { code: m.code } : {}),
            title: { vi: m.title },
            ...(m.unit ? { unit: m.unit } : {}),
            ...(m.direction ? { direction: m.direction } : {}),
            targets: m.targets,
          },
        ],
      };
    }),
  }));
  ctx.miss(
    'catalog.json',
    'catalog.json: cần đặt mã (id) cho bộ chỉ tiêu, mục tiêu, chỉ tiêu và chỉ số đo, và văn bản quy định chúng (decision)',
    'catalog.json: the catalog, objectives, indicators and measures need ids, and the decision that sets them',
  );
  const period = ctx.plan.period;
  return { ...(period ? { period } : {}), objectives };
}
