/**
 * Editor completions from the custom-elements manifest: `vscode.html-custom-data.json` (VS Code's
 * `html.customData`) and `web-types.json` (JetBrains IDEs, found through package.json
 * `web-types`), with every tag, attribute (and its values), event and part. Written by the
 * generators Shoelace and Web Awesome use (break-stuff/cem-tools), run by `pnpm build` after
 * `cem analyze`. `node --import ../../scripts/ts-specifiers.mjs scripts/editor-data.ts [manifest] [outdir]`: defaults dist/custom-elements.json
 * and dist/. test/editor-data.test.ts runs it on a fresh manifest.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';

export const vsCodeFile = 'vscode.html-custom-data.json';
export const webTypesFile = 'web-types.json';

export function writeEditorData(manifestPath: string, outdir: string): void {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const common = {
    outdir,
    // The summary is one line; the description (several paragraphs) is in docs/widgets.md.
    descriptionSrc: 'summary',
    // retry() is a method for scripts, not something an editor of HTML can use.
    hideMethodDocs: true,
    hideLogs: true,
  } as const;
  generateVsCodeCustomElementData(manifest, {
    ...common,
    htmlFileName: vsCodeFile,
    // CSS custom properties and parts are listed in each tag's description; no CSS data file.
    cssFileName: null,
  });
  generateJetBrainsWebTypes(manifest, {
    ...common,
    webTypesFileName: webTypesFile,
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  writeEditorData(process.argv[2] ?? `${root}dist/custom-elements.json`, process.argv[3] ?? `${root}dist`);
}
