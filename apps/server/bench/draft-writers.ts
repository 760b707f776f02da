/**
 * Draft savers of the public-reads bench, in a process of their own (so that the pollers'
 * load generator does not delay them on the client side): each officer saves their draft every
 * `periodMs` (PUT with If-Match of the last version, like a form's autosave) for the given time;
 * latencies go back by IPC.
 */
interface Job {
  base: string;
  planPath: string;
  writers: { token: string; content: unknown }[];
  durationMs: number;
  periodMs: number;
}

process.on('message', async (job: Job) => {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const until = performance.now() + job.durationMs;
  await Promise.all(
    job.writers.map(async (w, i) => {
      // The draft may exist from an earlier phase: start from its current version.
      const mine = await fetch(`${job.base}${job.planPath}`, {
        headers: { authorization: `Bearer ${w.token}` },
      });
      await mine.arrayBuffer();
      let etag: string | null = mine.status === 200 ? mine.headers.get('etag') : null;
      let n = 0;
      while (performance.now() < until) {
        n += 1;
        const content = { ...(w.content as object), difficulties: `lần lưu ${i}-${n}` };
        const t0 = performance.now();
        const res = await fetch(`${job.base}${job.planPath}`, {
          method: 'PUT',
          headers: {
            authorization: `Bearer ${w.token}`,
            'content-type': 'application/json',
            ...(etag ? { 'if-match': etag } : {}),
          },
          body: JSON.stringify({ content }),
          signal: AbortSignal.timeout(30_000),
        });
        await res.arrayBuffer();
        latencies.push(performance.now() - t0);
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        etag = res.headers.get('etag') ?? etag;
        const wait = job.periodMs - (performance.now() - t0);
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      }
    }),
  );
  process.send?.({ latencies, statuses });
});
