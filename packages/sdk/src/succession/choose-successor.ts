import type { Succession } from '../schemas/organization.js';

/** The succession to follow from one entity, and whether the choice was a guess. */
export interface SuccessorChoice {
  step: Succession;
  ambiguous: boolean;
  alternatives: string[];
}

/**
 * Pick the succession to follow among those in force at the date (chọn đơn vị kế thừa).
 * A `transfer` hands over some functions while the entity lives on, so it is followed only
 * for a function it names. Otherwise, on a split: the successor taking `fn`, else the one with
 * the largest `share`, else the first listed, marked ambiguous with the others as alternatives.
 * Returns null when nothing applies (the entity still stands).
 */
export function chooseSuccessor(
  candidates: readonly Succession[],
  date: string,
  fn: string | undefined,
): SuccessorChoice | null {
  const inForce = candidates.filter((s) => s.effective <= date);
  if (inForce.length === 0) return null;
  if (fn !== undefined) {
    const taking = inForce.filter((s) => s.functions?.includes(fn));
    if (taking.length > 0) return byShare(taking);
  }
  const ceasing = inForce.filter((s) => s.kind !== 'transfer');
  return ceasing.length === 0 ? null : byShare(ceasing);
}

function byShare(pool: readonly Succession[]): SuccessorChoice {
  if (pool.length === 1) return { step: pool[0]!, ambiguous: false, alternatives: [] };
  let best: Succession | undefined;
  let tie = false;
  for (const s of pool) {
    if (s.share === undefined) continue;
    if (best === undefined || s.share > best.share!) {
      best = s;
      tie = false;
    } else if (s.share === best.share) tie = true;
  }
  if (best !== undefined && !tie) return { step: best, ambiguous: false, alternatives: [] };
  const first = pool[0]!;
  const alternatives = [...new Set(pool.slice(1).map((s) => s.toId))].filter((id) => id !== first.toId);
  return { step: first, ambiguous: true, alternatives };
}
