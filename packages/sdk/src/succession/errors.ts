import type { Bilingual } from '../i18n/messages.js';

/**
 * Thrown when an id is not in the registry (không tìm thấy cơ quan / đơn vị hành chính).
 * Resolution throws rather than returning null: an unknown id is a bundle error, and a silent
 * null would route a duty or a report to nobody.
 */
export class UnknownEntityError extends Error {
  readonly code: 'unknown_agency' | 'unknown_unit';
  readonly id: string;
  readonly bilingual: Bilingual;
  constructor(kind: 'agency' | 'unit', id: string) {
    const bilingual: Bilingual =
      kind === 'agency'
        ? { vi: `Không tìm thấy cơ quan "${id}" trong danh mục`, en: `Agency "${id}" is not in the registry` }
        : {
            vi: `Không tìm thấy đơn vị hành chính "${id}" trong danh mục`,
            en: `Administrative unit "${id}" is not in the registry`,
          };
    super(bilingual.en);
    this.name = 'UnknownEntityError';
    this.code = kind === 'agency' ? 'unknown_agency' : 'unknown_unit';
    this.id = id;
    this.bilingual = bilingual;
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Dates are compared as strings, so they must be plain ISO days; anything else is a caller bug. */
export function assertIsoDate(date: string): void {
  if (!ISO_DATE.test(date)) throw new RangeError(`Expected an ISO date YYYY-MM-DD, got "${date}"`);
}
