/**
 * An Astro integration that validates every content file and its cross-references before the
 * site builds (and when the dev server starts). A broken reference stops the build with one
 * message per problem naming the file, the field and the bad value.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadContentOrThrow } from '../lib/content/load-from-disk';
import { formatContentError } from '../lib/content/crossref';
import { atlasNote, atlasProblems } from '../cli/atlas-reference';

export default function contentCheck(options: { contentDir?: string } = {}): AstroIntegration {
  return {
    name: 'dojo:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const content = loadContentOrThrow(root, options.contentDir);
        // The facts must match MITRE's release where it is beside the project (as in CI).
        const problems = options.contentDir ? null : atlasProblems(root, content);
        if (problems?.length)
          throw new Error(
            `Content disagrees with ATLAS's data release in ${problems.length} place(s):\n${problems.map((e) => `  - ${formatContentError(e)}`).join('\n')}`,
          );
        const counts = Object.entries(content)
          .map(([k, v]) => `${v.length} ${k}`)
          .join(', ');
        const note = options.contentDir ? '' : ` (${atlasNote(root, problems !== null)})`;
        logger.info(`content is valid${note}: ${counts}`);
      },
    },
  };
}
