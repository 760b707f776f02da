/**
 * Column store of running sums per cell (target × measure × year) and one record per
 * contribution, in arrival order: the cell and the unit-target table entry `k` it came through
 * (which names the unit and the predecessor), stored as `~k` when the contribution lacked a
 * numerator and denominator. Two typed-array writes per contribution keep a million-observation
 * pass free of per-item allocation; the records are grouped by cell only when someone asks who
 * contributed (counting sort, reading memory in order).
 */
export class Accumulator {
  readonly num: Float64Array;
  readonly den: Float64Array;
  readonly count: Int32Array;
  readonly unpaired: Uint8Array;
  linkCell: Int32Array;
  linkKey: Int32Array;
  links = 0;
  /**
   * Cell → the figure the cell's own unit published for itself (số liệu của chính đơn vị): it is
   * the cell's value, never added to its children's sums. Rare (a province's own figure beside its
   * communes'), hence a map; `count` still counts it, as one of the cell's links.
   */
  readonly own = new Map<number, { value: number; numerator?: number; denominator?: number }>();
  /** Cell → how many of its links are own figures (a repeated one counts each time). */
  readonly ownLinks = new Map<number, number>();

  constructor(cells: number, expectedLinks: number) {
    this.num = new Float64Array(cells);
    this.den = new Float64Array(cells);
    this.count = new Int32Array(cells);
    this.unpaired = new Uint8Array(cells);
    const cap = Math.max(16, expectedLinks);
    this.linkCell = new Int32Array(cap);
    this.linkKey = new Int32Array(cap);
  }

  /** Make room for `extra` more links. */
  reserve(extra: number): void {
    const need = this.links + extra;
    if (need <= this.linkKey.length) return;
    const cap = Math.max(need, this.linkKey.length * 2);
    this.linkCell = resize(this.linkCell, cap);
    this.linkKey = resize(this.linkKey, cap);
  }

  /**
   * Contributions grouped by cell, arrival order kept: cell c's are positions
   * `start[c] .. start[c + 1]` of `key` (table entry, `~k` when unpaired).
   */
  grouped(): { start: Int32Array; key: Int32Array } {
    const cells = this.count.length;
    const start = new Int32Array(cells + 1);
    const { count, linkCell, linkKey } = this;
    for (let c = 0; c < cells; c++) start[c + 1] = start[c]! + count[c]!;
    const cursor = start.slice(0, cells);
    const n = this.links;
    const key = new Int32Array(n);
    for (let l = 0; l < n; l++) key[cursor[linkCell[l]!]!++] = linkKey[l]!;
    return { start, key };
  }
}

function resize(from: Int32Array, cap: number): Int32Array {
  const to = new Int32Array(cap);
  to.set(from);
  return to;
}
