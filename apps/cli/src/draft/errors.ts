import { BilingualError } from '../usage.js';

/** A document the draft cannot read (exit status 1), said in Vietnamese and English. */
export class DocumentError extends BilingualError {
  override name = 'DocumentError';
}
