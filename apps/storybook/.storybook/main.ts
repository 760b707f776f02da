import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

const config: StorybookConfig = {
  stories: ['../src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // mockServiceWorker.js for msw-storybook-addon.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  // The "source" export condition points @kehoach/widgets at its TypeScript, so stories
  // reload on edits instead of waiting for the package's build.
  // Pre-bundling listed up front: discovering them mid-run makes Vite reload the test page.
  viteFinal: (vite) =>
    mergeConfig(vite, {
      resolve: { conditions: ['source', ...defaultClientConditions] },
      optimizeDeps: { include: ['lit', 'msw', 'msw-storybook-addon/csf3', 'zod/mini'] },
    }),
};
export default config;
