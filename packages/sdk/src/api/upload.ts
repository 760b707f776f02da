/**
 * Sending a file's text as a route's body (`RouteDef.upload`). It sits on the route
 * (`importObservationsRoute.upload`), not in the client core: a page that never uploads (a
 * widget) does not bundle it. The request-side mirror of `download.ts`.
 */
import type { Upload } from './route.js';

/** A tidy CSV file (`importObservations`): the text of the call's `csv` argument, sent as `text/csv`. */
export const csvUpload = {
  mediaType: 'text/csv',
  arg: 'csv',
  encode(args) {
    const text = args.csv;
    if (typeof text !== 'string') throw new TypeError('csv must be a string');
    return [text, 'text/csv; charset=utf-8'];
  },
} as const satisfies Upload;
