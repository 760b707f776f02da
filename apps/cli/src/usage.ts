/** A command line the command cannot run (exit status 2), said in both languages. */
export class UsageError extends Error {
  override name = 'UsageError';
  readonly vi: string;
  readonly en: string;
  constructor(vi: string, en: string) {
    super(`${vi}\n  ${en}`);
    this.vi = vi;
    this.en = en;
  }
}
