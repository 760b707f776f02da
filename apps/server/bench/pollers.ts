/**
 * Anonymous pollers of the public-reads bench, in a process of their own: each is one client
 * address (X-Forwarded-For behind TRUST_PROXY) asking for the progress page as fast as the
 * server lets it — the next request as soon as the last answer came, and on 429 only after the
 * Retry-After the server named, as a well-behaved poller does. Counts go back by IPC.
 */
interface Job {
  url: string;
  clients: number;
  durationMs: number;
}

process.on('message', async (job: Job) => {
  let ok = 0;
  let limited = 0;
  let other = 0;
  const until = performance.now() + job.durationMs;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  await Promise.all(
    Array.from({ length: job.clients }, async (_, i) => {
      const address = `10.1.${Math.floor(i / 250)}.${i % 250}`;
      while (performance.now() < until) {
        const res = await fetch(job.url, {
          headers: { 'accept-encoding': 'br, gzip', 'x-forwarded-for': address },
          signal: AbortSignal.timeout(30_000),
        });
        await res.arrayBuffer();
        if (res.status === 200) ok += 1;
        else if (res.status === 429) {
          limited += 1;
          const wait = Number(res.headers.get('retry-after') ?? 1) * 1000;
          await sleep(Math.min(wait, until - performance.now()));
        } else other += 1;
      }
    }),
  );
  process.send?.({ ok, limited, other, seconds: job.durationMs / 1000 });
});
