// Why this file exists: the browser files' JS core, kept out of dist/browser/phiscrub.js and phiscrub.global.js
// (~0.8 MB each that a page able to compile WebAssembly never runs). It ships as dist/browser/phiscrub.jscore.js,
// which registers itself on globalThis when it runs (src/wasm/jscore.ts); this module finds it there, imports it
// next to the ESM bundle when the async builder needs it, and otherwise fails closed with a typed error.
import { PhiscrubError } from "../errors.js";
import { JS_CORE_FILE, JS_CORE_KEY, type JsCoreRegistration } from "./jscore-key.js";
import { WASM_BUILD_ID } from "./module.generated.js";

/** Set by scripts/build-browser.mjs: true in the ESM file (which can import the JS core by its URL), false in the IIFE. */
declare const __PHISCRUB_JSCORE_AUTOLOAD__: boolean;
const AUTOLOAD = typeof __PHISCRUB_JSCORE_AUTOLOAD__ !== "undefined" && __PHISCRUB_JSCORE_AUTOLOAD__;

/** The registered JS core's factory; undefined when none is loaded; throws when the loaded one is another build's. */
export function registeredJsCore(): (() => unknown) | undefined {
  const reg = (globalThis as Record<symbol, unknown>)[JS_CORE_KEY] as JsCoreRegistration | undefined;
  if (reg === undefined) return undefined;
  if (reg.build !== WASM_BUILD_ID) {
    throw new PhiscrubError(
      "ABI_MISMATCH",
      `the loaded ${JS_CORE_FILE} is from build ${String(reg.build)} but this bundle is build ${WASM_BUILD_ID}: ` +
        `serve the ${JS_CORE_FILE} built with this bundle`,
      { expected: WASM_BUILD_ID, actual: reg.build },
    );
  }
  return reg.instantiate;
}

function missing(cause?: unknown): never {
  throw new PhiscrubError(
    "JS_CORE_UNAVAILABLE",
    `the JavaScript core (used where WebAssembly is refused, or with engine "js") is not loaded: load dist/browser/` +
      `${JS_CORE_FILE} before this call (a classic <script> or a content script listed before yours, or ` +
      `\`import "./${JS_CORE_FILE}"\`)` + (cause === undefined ? "" : ` (loading it next to this bundle failed: ${String(cause)})`),
    cause === undefined ? {} : { cause },
  );
}

/** The JS core's factory, now: only if its file has already run. */
export function jsCoreSync(): () => unknown {
  return registeredJsCore() ?? missing();
}

/** The JS core's factory; the ESM bundle imports the file from next to itself when it has not run yet. */
export async function jsCore(): Promise<() => unknown> {
  const have = registeredJsCore();
  if (have !== undefined) return have;
  if (!AUTOLOAD) missing();
  try {
    await import(/* @vite-ignore */ /* webpackIgnore: true */ new URL(`./${JS_CORE_FILE}`, import.meta.url).href);
  } catch (err) {
    missing(err);
  }
  return registeredJsCore() ?? missing();
}
