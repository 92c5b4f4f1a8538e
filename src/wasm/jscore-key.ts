// Why this file exists: the one contract between the browser bundles and their separately shipped JS core
// (dist/browser/phiscrub.jscore.js): the global key it registers under, its file name, and what it registers.

/** The global slot the JS core file fills when it runs (a registered symbol: the same in every bundle and realm copy). */
export const JS_CORE_KEY: unique symbol = Symbol.for("phiscrub.jscore") as never;

/** The JS core's file name, next to dist/browser/phiscrub.js and phiscrub.global.js. */
export const JS_CORE_FILE = "phiscrub.jscore.js";

/** What the JS core file registers: its build (the WASM core's WASM_BUILD_ID) and a factory of fresh instances. */
export interface JsCoreRegistration {
  readonly build: string;
  readonly instantiate: () => unknown;
}
