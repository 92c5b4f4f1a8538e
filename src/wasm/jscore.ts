// Why this file exists: the entry of dist/browser/phiscrub.jscore.js, the browser files' separately shipped JS core:
// running it (classic script, content script or ES module import) registers this build's wasm2js core on globalThis,
// where src/wasm/fallback.browser.ts finds it.
import { FALLBACK_BUILD_ID, instantiateFallback } from "./fallback.generated.js";
import { JS_CORE_KEY, type JsCoreRegistration } from "./jscore-key.js";

const registration: JsCoreRegistration = Object.freeze({ build: FALLBACK_BUILD_ID, instantiate: instantiateFallback });
(globalThis as Record<symbol, unknown>)[JS_CORE_KEY] = registration;
