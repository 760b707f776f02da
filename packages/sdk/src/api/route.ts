/**
 * What a route of the reference API is, without any route: the shape every definition in
 * `routes/` satisfies and the path helper. Kept apart from `contract.ts` so that code calling a
 * few routes (the client core, a widget) does not pull every route's schemas into its bundle.
 */
import type * as z from 'zod/mini';
import type { Download } from './download.js';

/**
 * A request body that is not JSON (`RouteDef.upload`; `csvUpload` in `upload.ts`): a file's
 * text, sent as is. The client takes it from the call's argument `arg` and sends it with
 * `Content-Type: <mediaType>`; the server refuses another type (415) and hands the text to the
 * route. The request-side mirror of `download`.
 */
export interface Upload {
  /** The body's media type, e.g. `text/csv` (the OpenAPI document's requestBody). */
  mediaType: string;
  /** The argument of the client call holding the text, e.g. `csv`. */
  arg: string;
  /** The body and its `Content-Type` header from the call's arguments; throws a TypeError when `arg` is not text. */
  encode(args: Record<string, unknown>): readonly [body: string, contentType: string];
}

/** Who may call a route. `user` is any signed-in account. */
export type Access = 'public' | 'user' | 'reporter' | 'reviewer' | 'admin';

/**
 * One route of the reference API. The server validates with these schemas, the OpenAPI
 * document is generated from them and the client is typed by them: one definition, three uses.
 */
export interface RouteDef {
  /**
   * The route's name in `routes`, e.g. `getPlan`: the client method, the OpenAPI `operationId`
   * and the route named by a `ResponseValidationError`. Every route of the contract has one.
   */
  name?: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Express-style path with `:param` segments. */
  path: string;
  access: Access;
  params?: z.ZodMiniType;
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
  /** A body that is not JSON (a CSV file's text) instead of `body`; see {@link Upload}. */
  upload?: Upload;
  /** Response body; `binary` for file downloads, `null` for 204. */
  response: z.ZodMiniType | 'binary' | null;
  /** How the file of a `binary` route is asked for and read (`exportDownload`); required there. */
  download?: Download;
  /** Request headers the route relies on. */
  headers?: readonly ('If-Match' | 'Idempotency-Key')[];
  /**
   * A read a shared cache may keep and revalidate: the answer carries a strong `ETag` (of its
   * content), `Cache-Control: public` with a short `max-age` and `must-revalidate`, and `Vary`;
   * a request whose `If-None-Match` names that ETag gets 304 without a body. Clients need do
   * nothing: browsers and caches send `If-None-Match` themselves.
   */
  conditional?: true;
  /** A write that answers 201 when it creates something and 200 when it had nothing to do. */
  creates?: true;
}

/** Fill `:param` segments of a route path, encoding each value. */
export function buildPath(path: string, params: Record<string, string | number>): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) throw new Error(`Missing path parameter ${name}`);
    return encodeURIComponent(String(v));
  });
}
