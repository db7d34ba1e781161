/**
 * TensorFlow.js for the image labs in Node (the CLI, the scripts, the tests and the benchmarks):
 * the WASM backend, as in the browser, with every op's gradient registered.
 *
 * tfjs-core's Node bundle (its package "main") leaves gradients out; they are registered by
 * dist/register_all_gradients.js, an ES module whose imports have no file extension ("../gradients"),
 * which bundlers accept and Node's ES module resolver refuses. A resolve hook adds the ".js" for
 * imports from inside tfjs-core's dist/ only. The registries it fills are global (tfjs keeps them
 * on globalThis), so they serve the Node bundle too. In the browser, Vite resolves the same
 * import unaided.
 */
import * as module from 'node:module';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';

let ready: Promise<typeof tf> | undefined;

function addExtensions() {
  if (typeof module.registerHooks !== 'function')
    throw new Error(`the image labs need Node 22.15 or later (module.registerHooks); this is ${process.version}`);
  module.registerHooks({
    resolve(specifier, context, next) {
      if (
        specifier.startsWith('.') &&
        !/\.[cm]?js$/.test(specifier) &&
        context.parentURL?.includes('/@tensorflow/tfjs-core/dist/')
      )
        return next(`${specifier}.js`, context);
      return next(specifier, context);
    },
  });
}

/** Sets the backend (WASM unless told) once per process and returns the tf namespace. */
export function nodeTf(backend: 'wasm' | 'cpu' = 'wasm'): Promise<typeof tf> {
  ready ??= (async () => {
    addExtensions();
    await import('@tensorflow/tfjs-core/dist/register_all_gradients.js');
    return tf;
  })();
  return ready.then(async (t) => {
    if (backend === 'cpu') await import('@tensorflow/tfjs-backend-cpu');
    if (t.getBackend() !== backend) await t.setBackend(backend);
    await t.ready();
    return t;
  });
}
