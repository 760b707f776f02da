/**
 * Reading a download route's answer into a file. It sits on the route (`exportReportRoute.download`),
 * not in the client core: a page that never downloads (a widget) does not bundle it.
 */
import type { DownloadedFile, RouteResponse } from './caller.js';
import { filenameFromContentDisposition } from './http.js';

/** Media types of the export formats, by `format` argument. */
export const MEDIA_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** How a `response: 'binary'` route is asked for and read; see `RouteDef.download`. */
export interface Download {
  /** The `Accept` header sent. */
  accept: string;
  /** Media types of the file the route answers with (the OpenAPI document lists them). */
  mediaTypes: readonly string[];
  /** The file out of a 2xx answer; `args` are the call's (`format`, `planId`, `year` name the fallback file). */
  read(raw: RouteResponse, args: Record<string, unknown>): DownloadedFile;
}

/** The export formats: typed by `Content-Type`, named by `Content-Disposition`, else `kehoach-<plan>-<year>.<format>`. */
export const exportDownload: Download = {
  accept: `${Object.values(MEDIA_TYPES).join(', ')}, application/json;q=0.5`,
  mediaTypes: Object.values(MEDIA_TYPES),
  read(raw, args) {
    const data = raw.bytes ?? new ArrayBuffer(0);
    const format = typeof args.format === 'string' ? args.format : 'bin';
    const contentType =
      raw.headers.get('Content-Type')?.split(';')[0]?.trim() ||
      MEDIA_TYPES[format as keyof typeof MEDIA_TYPES] ||
      'application/octet-stream';
    const fallback = ['kehoach', args.planId, args.year].filter((x) => x !== undefined).join('-');
    return {
      data,
      blob: new Blob([data], { type: contentType }),
      filename:
        filenameFromContentDisposition(raw.headers.get('Content-Disposition')) ?? `${fallback}.${format}`,
      contentType,
    };
  },
};

/** The plan's observations in the tidy CSV layout (`getObservations`): `observations-<plan>.csv`. */
export const csvDownload: Download = {
  accept: 'text/csv, application/json;q=0.5',
  mediaTypes: ['text/csv'],
  read(raw, args) {
    const data = raw.bytes ?? new ArrayBuffer(0);
    const contentType = 'text/csv';
    return {
      data,
      blob: new Blob([data], { type: contentType }),
      filename:
        filenameFromContentDisposition(raw.headers.get('Content-Disposition')) ??
        `observations-${String(args.planId)}.csv`,
      contentType,
    };
  },
};
