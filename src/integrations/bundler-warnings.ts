/**
 * Keeps one false alarm out of the build log. Astro marks the module it generates for each MDX
 * entry's styles (`<file>.mdx?astroPropagatedAssets`, astro/dist/content/vite-plugin-content-assets.js)
 * with a `"use astro:head-inject"` directive, and Rolldown warns (MODULE_LEVEL_DIRECTIVE) that a
 * directive may not survive bundling: five warnings, one per scenario. Nothing reads that
 * directive after the transform (Astro finds these modules by the `astroPropagatedAssets` query
 * instead), so losing it changes nothing. Upstream: withastro/astro#18087. Every other warning,
 * including other directives, still reaches the log.
 */
import type { AstroIntegration } from 'astro';

/** The parts of a Rolldown log this looks at. */
export interface BundlerLog {
  code?: string;
  message: string;
}

/** Whether a bundler warning is Astro's head-injection marker being dropped. */
export function isHeadInjectDirectiveWarning(log: BundlerLog): boolean {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}

export default function bundlerWarnings(): AstroIntegration {
  return {
    name: 'dojo:bundler-warnings',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            build: {
              rolldownOptions: {
                onwarn(warning: BundlerLog, warn: (log: BundlerLog) => void) {
                  if (!isHeadInjectDirectiveWarning(warning)) warn(warning);
                },
              },
            },
          },
        });
      },
    },
  };
}
