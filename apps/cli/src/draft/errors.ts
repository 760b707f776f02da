/** A document the draft cannot read (exit status 1), said in Vietnamese and English. */
export class DocumentError extends Error {
  override name = 'DocumentError';
  readonly vi: string;
  readonly en: string;
  constructor(vi: string, en: string) {
    super(`${vi}\n  ${en}`);
    this.vi = vi;
    this.en = en;
  }
}
