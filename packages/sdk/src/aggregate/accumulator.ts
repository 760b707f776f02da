/**
 * Column store of running sums per cell (target × measure × year) and one record per
 * contribution (cell, unit, predecessor it came through, whether it lacked a numerator and
 * denominator), in arrival order. Typed arrays keep a million-observation pass free of per-item
 * allocation; contributions are grouped by cell once at the end (counting sort), which reads
 * memory in order instead of chasing a linked list.
 */
export class Accumulator {
  readonly num: Float64Array;
  readonly den: Float64Array;
  readonly count: Int32Array;
  readonly unpaired: Uint8Array;
  linkCell: Int32Array;
  linkUnit: Int32Array;
  linkVia: Int32Array;
  linkUnpaired: Uint8Array;
  links = 0;

  constructor(cells: number, expectedLinks: number) {
    this.num = new Float64Array(cells);
    this.den = new Float64Array(cells);
    this.count = new Int32Array(cells);
    this.unpaired = new Uint8Array(cells);
    const cap = Math.max(16, expectedLinks);
    this.linkCell = new Int32Array(cap);
    this.linkUnit = new Int32Array(cap);
    this.linkVia = new Int32Array(cap);
    this.linkUnpaired = new Uint8Array(cap);
  }

  /** Record that `unit` (reached through `via`, −1 if directly) contributed to `cell`. */
  link(cell: number, unit: number, via: number, unpaired: number): void {
    if (this.links === this.linkUnit.length) this.grow();
    const l = this.links++;
    this.linkCell[l] = cell;
    this.linkUnit[l] = unit;
    this.linkVia[l] = via;
    this.linkUnpaired[l] = unpaired;
  }

  /**
   * Contributions grouped by cell, arrival order kept: cell c's are positions
   * `start[c] .. start[c + 1]` of `unit`, `via`, `unpaired`.
   */
  grouped(): { start: Int32Array; unit: Int32Array; via: Int32Array; unpaired: Uint8Array } {
    const cells = this.count.length;
    const start = new Int32Array(cells + 1);
    for (let c = 0; c < cells; c++) start[c + 1] = start[c]! + this.count[c]!;
    const cursor = start.slice(0, cells);
    const n = this.links;
    const unit = new Int32Array(n);
    const via = new Int32Array(n);
    const unpaired = new Uint8Array(n);
    for (let l = 0; l < n; l++) {
      const pos = cursor[this.linkCell[l]!]!++;
      unit[pos] = this.linkUnit[l]!;
      via[pos] = this.linkVia[l]!;
      unpaired[pos] = this.linkUnpaired[l]!;
    }
    return { start, unit, via, unpaired };
  }

  private grow(): void {
    const cap = this.linkUnit.length * 2;
    this.linkCell = resize(this.linkCell, new Int32Array(cap));
    this.linkUnit = resize(this.linkUnit, new Int32Array(cap));
    this.linkVia = resize(this.linkVia, new Int32Array(cap));
    this.linkUnpaired = resize(this.linkUnpaired, new Uint8Array(cap));
  }
}

function resize<T extends Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
