import manifest from '@kehoach/widgets/custom-elements.json';
import { type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';

// Autodocs (attributes, events, parts, CSS properties) come from the widgets' JSDoc.
setCustomElementsManifest(manifest);

const preview: Preview = {
  // Starts MSW's worker (public/mockServiceWorker.js) and applies `parameters.msw.handlers`.
  loaders: [mswLoader()],
  tags: ['autodocs'],
  parameters: {
    // axe violations fail the story's test, in the Vitest run and in CI.
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'padded',
  },
};
export default preview;
