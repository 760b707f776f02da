import { expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.test-helper.js';

// Guards the guard: a helper that never fails would make every a11y assertion meaningless.
it('fails on a violation inside a shadow root', async () => {
  const host = document.createElement('div');
  host.attachShadow({ mode: 'open' }).innerHTML = '<button></button><img src="data:,">';
  document.body.append(host);
  await expect(expectNoAxeViolations(host)).rejects.toThrow(
    /button-name[\s\S]*image-alt|image-alt[\s\S]*button-name/,
  );
  host.remove();
});
