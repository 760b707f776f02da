import type { DraftContext } from './context.js';
import { parseTargetSentence, phaseYear } from './measures.js';
import type { Node } from './structure.js';
import type { SourceLine } from './types.js';

/** The objectives section: every sentence that sets a target becomes a measure; phases give years. */
export function readObjectives(ctx: DraftContext, node: Node): void {
  const visit = (n: Node, phase: number | undefined, group: string | undefined) => {
    const own = phaseYear(n.title) ?? phase;
    const sentences: SourceLine[] = n === node ? [...n.paras] : [n.source, ...n.paras];
    for (const s of sentences) {
      const text = s === n.source ? n.title : s.text;
      if (text.startsWith('|')) continue;
      const general = /^mục tiêu chung\s*:?\s*(.*)$/iu.exec(text);
      if (general) {
        ctx.note(
          s,
          `mục tiêu chung (không có chỗ trong PlanSchema): ${general[1]}`,
          `general objective (no place in PlanSchema): ${general[1]}`,
        );
        continue;
      }
      const m = parseTargetSentence(text, s.line, {
        ...(own ? { phaseYear: own } : {}),
        ...(group ? { group } : {}),
      });
      if (m) {
        ctx.measures.push(m);
        ctx.read(s);
      } else if (s === n.source && n.children.length) ctx.read(s);
    }
    const g = n.children.length && n !== node ? n.title : group;
    for (const c of n.children) visit(c, own, g);
  };
  ctx.read(node.source);
  visit(node, phaseYear(node.title), node.title);
}
