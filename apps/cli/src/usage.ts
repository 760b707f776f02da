/** A refusal said in Vietnamese and English (the message holds both, Vietnamese first). */
export class BilingualError extends Error {
  readonly vi: string;
  readonly en: string;
  constructor(vi: string, en: string) {
    super(`${vi}\n  ${en}`);
    this.vi = vi;
    this.en = en;
  }
}

/** A command line the command cannot run (exit status 2), said in both languages. */
export class UsageError extends BilingualError {
  override name = 'UsageError';
}
