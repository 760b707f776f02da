import type { DraftContext } from './context.js';
import type { Node } from './structure.js';
import type { SourceLine } from './types.js';

/** The id of a node from its numbering path: "II", "II.1"; a decision's "Điều 1" is "D1". */
export const idPart = (n: Node): string => (n.kind === 'article' ? `D${n.label}` : n.label);

/**
 * An item's id under its section's: "II" + "1" → "II.1"; a decimal label already carries its
 * parent's number ("2" + "2.1" → "2.1", not "2.2.1").
 */
export function childId(parent: string, label: string): string {
  if (parent === '') return label;
  const last = parent.split('.').at(-1)!;
  if (label.startsWith(`${last}.`)) return parent.split('.').slice(0, -1).concat(label).join('.');
  return `${parent}.${label}`;
}

/** The number of an item: "3" → 3, "2.1" → 1 (its place under "2"). */
export const numberOf = (label: string): number => Number(label.split('.').at(-1));

/** "1. Mục đích: <text>", or its bullets / paragraphs: one entry each. */
export function entries(ctx: DraftContext, node: Node, into: { vi: string }[], key: string): void {
  ctx.read(node.source);
  const inline = /^[^:]{1,40}:\s*(.+)$/u.exec(node.title)?.[1];
  const add = (text: string, from: SourceLine) => {
    ctx.at(`/${key}/${into.length}/vi`, from);
    into.push({ vi: text });
  };
  if (inline) add(inline, node.source);
  for (const p of node.paras) add(p.text, p);
  for (const c of node.children) add(c.title, c.source);
}

/** Paragraphs and sub-items of an item, appended to its text on their own lines. */
export function body(ctx: DraftContext, node: Node, pointer: string): string {
  const parts = [node.title];
  ctx.at(pointer, node.source);
  for (const p of node.paras) {
    parts.push(p.text);
    ctx.at(pointer, p);
  }
  for (const c of node.children) {
    parts.push(
      `${c.kind === 'bullet' ? '- ' : c.kind === 'subbullet' ? '+ ' : `${c.label}) `}${body(ctx, c, pointer).replace(/\n/g, '\n  ')}`,
    );
  }
  return parts.join('\n');
}
