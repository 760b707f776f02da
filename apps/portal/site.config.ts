/**
 * What makes a portal build a given issuer's site: its name, the owner named in the footer, and
 * its emblem. Read at build time from the JSON file named by `KEHOACH_SITE` (paths in it are
 * relative to that file); without it, the demo's Lâm Đồng site. A province, a ministry or a
 * commune builds the same pages with its own name — nothing in the pages names a province.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type FieldError, validate } from '@kehoach/sdk';
import * as z from 'zod/mini';

const Text = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));
const Bilingual = z.strictObject({ vi: Text, en: Text });

export const SiteConfigSchema = z.strictObject({
  /** The site's name in the banner, e.g. "Cổng thông tin điện tử tỉnh Lâm Đồng" / "Lâm Đồng Province e-Portal". */
  name: Bilingual,
  /** Who runs it (cơ quan chủ quản), as the footer names it: "Ủy ban nhân dân tỉnh Lâm Đồng", "Bộ Y tế". */
  owner: Bilingual,
  /** The emblem shown beside the name: an .svg or .png file, relative to the configuration file. */
  emblem: z.optional(z.string().check(z.regex(/\.(svg|png)$/i, { error: 'emblem_file' }))),
});
export type SiteConfig = z.infer<typeof SiteConfigSchema>;

/** What the pages are given: the texts, and the emblem's file name under the site root. */
export type SiteTexts = Omit<SiteConfig, 'emblem'> & { emblem: string };

export const DEMO_SITE: SiteConfig = {
  name: { vi: 'Cổng thông tin điện tử tỉnh Lâm Đồng', en: 'Lâm Đồng Province e-Portal' },
  owner: { vi: 'Ủy ban nhân dân tỉnh Lâm Đồng', en: 'Lâm Đồng Provincial People’s Committee' },
};

const here = dirname(fileURLToPath(import.meta.url));

/** Thrown for a configuration the build cannot use; the message names the file and each field, in both languages. */
export class SiteConfigError extends Error {
  override name = 'SiteConfigError';
}

const describe = (file: string, errors: FieldError[]) =>
  `${file}:\n${errors.map((e) => `  ${e.path || '(gốc / root)'}: ${e.message.vi} / ${e.message.en}`).join('\n')}`;

/**
 * The site of a build: `file` (the value of `KEHOACH_SITE`) validated, or the demo's. The emblem
 * file must exist; its bytes are copied into the build as `emblem.<ext>`.
 */
export function loadSiteConfig(file: string | undefined): { texts: SiteTexts; emblemFile: string } {
  if (!file)
    return { texts: { ...DEMO_SITE, emblem: 'emblem.svg' }, emblemFile: `${here}/public/emblem.svg` };
  const path = resolve(file);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new SiteConfigError(
      `${path}: không đọc được tệp cấu hình JSON / cannot read the JSON configuration (${(err as Error).message})`,
    );
  }
  const r = validate(SiteConfigSchema, json);
  if (!r.success) throw new SiteConfigError(describe(path, r.errors));
  const { emblem, ...texts } = r.data;
  if (!emblem) return { texts: { ...texts, emblem: 'emblem.svg' }, emblemFile: `${here}/public/emblem.svg` };
  const emblemFile = resolve(dirname(path), emblem);
  if (!existsSync(emblemFile))
    throw new SiteConfigError(
      `${path}: emblem: không có tệp ${emblemFile} / the file ${emblemFile} does not exist`,
    );
  return { texts: { ...texts, emblem: `site-emblem${extname(emblemFile).toLowerCase()}` }, emblemFile };
}
