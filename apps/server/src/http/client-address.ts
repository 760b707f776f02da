import type { Context } from 'hono';
import type { AppEnv } from '../context.js';

/** The address of the peer that opened the TCP connection (`unknown` under `app.request`). */
function socketAddress(c: Context<AppEnv>): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

/**
 * Địa chỉ máy khách — the client's address, given how many reverse proxies of our own stand in
 * front of the server (`TRUST_PROXY=N`).
 *
 * Each proxy appends the address it received the request from to `X-Forwarded-For`, so only the
 * right-most N entries were written by proxies we trust; everything to their left came from the
 * client and can say anything. The client is therefore the N-th entry counted from the right
 * (with one proxy: the last entry). With 0 hops the header is ignored and the socket's address
 * is used. When the header has fewer entries than hops, the left-most one is the farthest hop we
 * know of (the request did not pass every proxy, e.g. an internal health check).
 */
export function clientAddress(c: Context<AppEnv>, trustedHops: number): string {
  if (trustedHops > 0) {
    const hops = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean);
    const hop = hops[Math.max(0, hops.length - trustedHops)];
    if (hop) return hop;
  }
  return socketAddress(c);
}
