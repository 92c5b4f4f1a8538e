// Why this file exists: the browser files' separately shipped JS core (src/wasm/fallback.browser.ts, jscore.ts) in
// Node: missing -> typed JS_CORE_UNAVAILABLE, another build's -> ABI_MISMATCH, this build's -> the same core.
import { afterEach, describe, expect, it } from "vitest";
import { PhiscrubError } from "../src/errors.js";
import { jsCore, jsCoreSync, registeredJsCore } from "../src/wasm/fallback.browser.js";
import { JS_CORE_FILE, JS_CORE_KEY } from "../src/wasm/jscore-key.js";
import { WASM_BUILD_ID } from "../src/wasm/module.generated.js";
import { ABI_VERSION } from "../src/wasm/abi.js";
import { FALLBACK_BUILD_ID, instantiateFallback } from "../src/wasm/fallback.generated.js";

const slot = globalThis as Record<symbol, unknown>;

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(PhiscrubError);
    return (err as PhiscrubError).code;
  }
  return undefined;
}

describe("the separately loaded JS core", () => {
  afterEach(() => {
    delete slot[JS_CORE_KEY];
  });

  it("the two generated modules name the same build", () => {
    expect(WASM_BUILD_ID).toMatch(/^[0-9a-f]{16}$/);
    expect(FALLBACK_BUILD_ID).toBe(WASM_BUILD_ID);
  });

  it("fails closed with JS_CORE_UNAVAILABLE, naming the file, when it has not run (sync and async; no autoload outside the ESM bundle)", async () => {
    expect(registeredJsCore()).toBeUndefined();
    expect(codeOf(() => jsCoreSync())).toBe("JS_CORE_UNAVAILABLE");
    await expect(jsCore()).rejects.toMatchObject({ code: "JS_CORE_UNAVAILABLE" });
    await expect(jsCore()).rejects.toThrow(JS_CORE_FILE);
  });

  it("refuses another build's JS core with ABI_MISMATCH", async () => {
    slot[JS_CORE_KEY] = { build: "0123456789abcdef", instantiate: instantiateFallback };
    expect(codeOf(() => jsCoreSync())).toBe("ABI_MISMATCH");
    await expect(jsCore()).rejects.toMatchObject({ code: "ABI_MISMATCH" });
  });

  it("running jscore.ts registers this build's core, which answers like the WASM core's ABI", async () => {
    await import("../src/wasm/jscore.js");
    const make = jsCoreSync();
    expect(make).toBe(instantiateFallback);
    expect(await jsCore()).toBe(instantiateFallback);
    const ex = make() as { abiVersion(): number };
    expect(ex.abiVersion()).toBe(ABI_VERSION);
  });
});
