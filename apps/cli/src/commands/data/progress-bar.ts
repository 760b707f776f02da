import { createReadStream, statSync } from 'node:fs';

/** Files from this size on show a progress bar (on a terminal): smaller ones take under a second. */
export const LARGE_FILE_BYTES = 2 * 1024 * 1024;

/** Lines of a file, counted by streaming it (the bar needs its total; the file is read twice). */
export async function countLines(path: string): Promise<number> {
  let n = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>)
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) n++;
  return n;
}

/**
 * A progress bar on stderr for a large file when stderr is a terminal, else nothing: a script's
 * log gets no carriage returns.
 */
export async function progressBar(
  path: string,
): Promise<{ update: (rows: number) => void; done: () => void } | undefined> {
  if (!process.stderr.isTTY || statSync(path).size < LARGE_FILE_BYTES) return undefined;
  const total = Math.max(1, (await countLines(path)) - 1);
  const width = 30;
  const update = (rows: number) => {
    const share = Math.min(1, rows / total);
    const filled = Math.round(share * width);
    process.stderr.write(
      `\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${Math.round(share * 100)}% ${rows}/${total} dòng / rows`,
    );
  };
  return { update, done: () => process.stderr.write('\n') };
}
