import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { DEMO_SITE, loadSiteConfig, SiteConfigError } from '../site.config.js';

const ministry = {
  name: { vi: 'Cổng thông tin điện tử Bộ Y tế', en: 'Ministry of Health e-Portal' },
  owner: { vi: 'Bộ Y tế', en: 'Ministry of Health' },
  emblem: 'quoc-huy.png',
};

function configFile(config: unknown, emblem = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'kh-site-'));
  if (emblem) writeFileSync(join(dir, 'quoc-huy.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
  const file = join(dir, 'site.json');
  writeFileSync(file, JSON.stringify(config));
  return file;
}

describe('site configuration', () => {
  it('is the demo site without KEHOACH_SITE', () => {
    expect(loadSiteConfig(undefined).texts).toEqual({ ...DEMO_SITE, emblem: 'emblem.svg' });
  });

  it('reads a ministry site, with its own emblem', () => {
    const { texts, emblemFile } = loadSiteConfig(configFile(ministry));
    expect(texts).toEqual({ name: ministry.name, owner: ministry.owner, emblem: 'site-emblem.png' });
    expect(emblemFile.endsWith('quoc-huy.png')).toBe(true);
  });

  it('names an unknown key, a blank name and a wrong emblem type, in both languages', () => {
    const file = configFile({ ...ministry, province: 'x', name: { vi: ' ', en: 'x' }, emblem: 'a.gif' });
    let message = '';
    try {
      loadSiteConfig(file);
    } catch (err) {
      expect(err).toBeInstanceOf(SiteConfigError);
      message = (err as Error).message;
    }
    expect(message).toContain(file);
    expect(message).toMatch(/province/);
    expect(message).toMatch(/name\.vi/);
    expect(message).toMatch(/emblem/);
    // Each line carries the Vietnamese and the English text.
    for (const line of message.split('\n').slice(1)) expect(line).toMatch(/ \/ /);
  });

  it('refuses a missing emblem file and unreadable JSON', () => {
    expect(() => loadSiteConfig(configFile(ministry, false))).toThrow(/emblem: .*quoc-huy\.png/);
    const dir = mkdtempSync(join(tmpdir(), 'kh-site-'));
    writeFileSync(join(dir, 'site.json'), '{ name: ');
    expect(() => loadSiteConfig(join(dir, 'site.json'))).toThrow(/JSON/);
  });

  it('builds pages that name the configured site, never the demo province', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'kh-portal-'));
    const before = process.env.KEHOACH_SITE;
    process.env.KEHOACH_SITE = configFile({
      ...ministry,
      owner: { vi: 'Bộ Y tế <b>', en: 'Ministry of Health' },
    });
    try {
      await build({
        configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
        logLevel: 'silent',
        build: { outDir },
      });
    } finally {
      if (before === undefined) delete process.env.KEHOACH_SITE;
      else process.env.KEHOACH_SITE = before;
    }
    const page = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(page).toContain('Cổng thông tin điện tử Bộ Y tế');
    expect(page).toContain('src="/site-emblem.png"');
    // Configured text is text: the markup-like owner arrives escaped.
    expect(page).toContain('Bộ Y tế &#60;b&#62;');
    expect(page).not.toMatch(/Lâm Đồng|Đắk Nông/);
    expect(readdirSync(outDir)).toContain('site-emblem.png');
    const scripts = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js'));
    const js = scripts.map((f) => readFileSync(join(outDir, 'assets', f), 'utf8')).join('\n');
    expect(js).toContain('Ministry of Health e-Portal');
  });
});
