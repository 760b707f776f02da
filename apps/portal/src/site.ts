import type { SiteTexts } from '../site.config.js';

declare const __KEHOACH_SITE__: SiteTexts;

/** The site this build is for (`site.config.ts`, set at build time from `KEHOACH_SITE`). */
export const site: SiteTexts = __KEHOACH_SITE__;
