import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

const packages = fileURLToPath(new URL('../../../packages/', import.meta.url));

/**
 * Our packages from their TypeScript, so stories reload on edits instead of waiting for a
 * build. Aliases rather than a "source" export condition: published package.json files point
 * only at what they ship (dist/).
 */
const sourceAliases = [
  {
    find: /^@kehoach\/widgets\/elements\/([\w-]+)\.js$/,
    replacement: `${packages}widgets/src/elements/$1/$1.ts`,
  },
  {
    find: /^@kehoach\/widgets\/define\/([\w-]+)\.js$/,
    replacement: `${packages}widgets/src/define/$1.ts`,
  },
  { find: /^@kehoach\/widgets$/, replacement: `${packages}widgets/src/index.ts` },
  { find: /^@kehoach\/sdk$/, replacement: `${packages}sdk/src/index.ts` },
  { find: /^@kehoach\/mocks$/, replacement: `${packages}mocks/src/index.ts` },
  { find: /^@kehoach\/mocks\/(node|browser)$/, replacement: `${packages}mocks/src/$1.ts` },
];

const config: StorybookConfig = {
  stories: ['../src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // mockServiceWorker.js for msw-storybook-addon.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  // Pre-bundling listed up front: discovering them mid-run makes Vite reload the test page.
  viteFinal: (vite) =>
    mergeConfig(vite, {
      resolve: { alias: sourceAliases },
      optimizeDeps: { include: ['lit', 'msw', 'msw-storybook-addon/csf3', 'zod/mini'] },
    }),
};
export default config;
