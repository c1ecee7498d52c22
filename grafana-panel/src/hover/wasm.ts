import init from 'hover-wasm';

let ready: Promise<void> | undefined;

/** Loads Hover's wasm core once per page; every panel shares it. webpack emits the `.wasm`
 * next to `module.js`, under the plugin's public path. */
export function loadWasm(): Promise<void> {
  ready ??= init().then(() => undefined);
  return ready;
}
