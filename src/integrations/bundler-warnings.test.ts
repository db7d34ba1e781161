import { describe, expect, it } from 'vitest';
import { isHeadInjectDirectiveWarning } from './bundler-warnings';

// The message as `astro build` printed it for each scenario (Astro 7.3.5, Vite 8.3.8).
const headInject = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message:
    'The semantics of the module level directive "use astro:head-inject" in ' +
    '"src/content/scenarios/image-classifier.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

describe('isHeadInjectDirectiveWarning', () => {
  it("recognises Astro's head-injection marker", () => {
    expect(isHeadInjectDirectiveWarning(headInject)).toBe(true);
  });

  it('lets every other warning through, other directives included', () => {
    expect(
      isHeadInjectDirectiveWarning({
        ...headInject,
        message: headInject.message.replace('use astro:head-inject', 'use client'),
      }),
    ).toBe(false);
    expect(isHeadInjectDirectiveWarning({ ...headInject, code: 'CIRCULAR_DEPENDENCY' })).toBe(false);
    expect(isHeadInjectDirectiveWarning({ message: headInject.message })).toBe(false);
  });
});
