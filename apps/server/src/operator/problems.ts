import { csvReadProblem, type FieldError, type ImportProblem, placeProblem, problemAt } from '@kehoach/sdk';

/** One thing wrong with an operator's input: where (file, row, column), in both languages (the sdk's). */
export type Problem = ImportProblem;

/**
 * Thrown by operator commands for input they refuse; nothing was written. `problems` lists every
 * one found (not only the first), so that an operator fixes a file in one pass.
 */
export class OperatorError extends Error {
  override name = 'OperatorError';
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(problems.map((p) => `${p.vi}\n  ${p.en}`).join('\n'));
    this.problems = problems;
  }
}

/** "users.csv, dòng 4, cột role" / "users.csv, row 4, column role" (the sdk's `problemAt`). */
export const at = problemAt;

/** A problem at a place with the sdk's bilingual field error (the field is the column). */
export function fieldProblem(file: string, row: number, e: FieldError): Problem {
  const where = at(file, row, e.path || undefined);
  return { vi: `${where.vi}: ${e.message.vi}`, en: `${where.en}: ${e.message.en}` };
}

/** A problem at a place with a message of its own (the sdk's `placeProblem`). */
export const problem = placeProblem;

/** csv-parse gave up on a file (an unclosed quote, a ragged row): the file and the line it stopped at. */
export function csvReadError(file: string, err: unknown): OperatorError {
  return new OperatorError([csvReadProblem(file, err)]);
}
