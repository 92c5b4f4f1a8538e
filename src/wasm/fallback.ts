// Why this file exists: where the package builds (Node, bundlers) get the core's JS twin: inlined. The browser files
// swap this module for fallback.browser.ts (scripts/build-browser.mjs), which loads the twin as its own file.
import { instantiateFallback } from "./fallback.generated.js";

/** The JS core's factory, now (throws a PhiscrubError when it cannot be had synchronously). */
export function jsCoreSync(): () => unknown {
  return instantiateFallback;
}

/** The JS core's factory, loading it first where it ships separately. */
export async function jsCore(): Promise<() => unknown> {
  return instantiateFallback;
}
