// Why this file exists: loads the core once per thread: the WASM module compiled from inlined bytes (sync or async),
// or the wasm2js build when the host refuses WebAssembly (a page CSP without 'wasm-unsafe-eval'), instantiated once and
// shared by the thread's redactors. The wasm2js build comes from ./fallback.js: inlined in the package builds, its own
// file in the browser builds (fallback.browser.ts).

import { PhiscrubError } from "../errors.js";
import { decodeBase64 } from "../base64.js";
import type { EngineChoice, EngineKind } from "../types.js";
import { ABI_VERSION, type CoreExports } from "./abi.js";
import { CoreInstance } from "./core.js";
import { WASM_BASE64 } from "./module.generated.js";
import { jsCore, jsCoreSync } from "./fallback.js";

let cachedModule: WebAssembly.Module | undefined;
let cachedPromise: Promise<WebAssembly.Module> | undefined;
let wasmRefusal: unknown;

function wasmBytes(): Uint8Array<ArrayBuffer> {
  return decodeBase64(WASM_BASE64);
}

/**
 * This thread's compiled WASM module, compiled now if need be; undefined when the host refuses WebAssembly. The CLI
 * passes it to its worker threads (a structured clone shares the compiled code) with {@link adoptWasmModule}.
 */
export function wasmModuleSync(): WebAssembly.Module | undefined {
  if (wasmRefusal !== undefined) return undefined;
  try {
    cachedModule ??= new WebAssembly.Module(wasmBytes());
    return cachedModule;
  } catch (err) {
    wasmRefusal = err;
    return undefined;
  }
}

/**
 * Uses a module another thread compiled from the same build (the CLI's workers): no decoding, no compiling.
 * Instantiation still checks its ABI version.
 */
export function adoptWasmModule(mod: WebAssembly.Module): void {
  if (!(mod instanceof WebAssembly.Module)) throw new PhiscrubError("INVALID_OPTIONS", "expected a WebAssembly.Module");
  cachedModule ??= mod;
}

function checkAbi(ex: CoreExports, engine: EngineKind): CoreExports {
  const v = ex.abiVersion();
  if (v !== ABI_VERSION) {
    throw new PhiscrubError(
      "ABI_MISMATCH",
      `expected a ${engine} core with ABI_VERSION ${ABI_VERSION}, got ${v}: rebuild with npm run build`,
      { expected: ABI_VERSION, actual: v },
    );
  }
  return ex;
}

function instantiateSync(mod: WebAssembly.Module): CoreExports {
  return checkAbi(new WebAssembly.Instance(mod, {}).exports as unknown as CoreExports, "wasm");
}

function refuse(err: unknown): never {
  throw new PhiscrubError(
    "WASM_UNAVAILABLE",
    `engine "wasm" was required but this host refused to compile WebAssembly (${String(err)})`,
    { cause: err },
  );
}

/** A fresh core instance, synchronously. "auto" falls back to the JS build when WebAssembly is refused. */
export function loadCoreSync(choice: EngineChoice): { exports: CoreExports; engine: EngineKind } {
  if (choice !== "js") {
    // (wasmModuleSync() records a compile refusal in wasmRefusal)
    const mod = wasmModuleSync();
    if (mod !== undefined) {
      try {
        return { exports: instantiateSync(mod), engine: "wasm" };
      } catch (err) {
        if (err instanceof PhiscrubError) throw err;
        if (choice === "wasm") refuse(err);
        wasmRefusal = err;
      }
    } else if (choice === "wasm") refuse(wasmRefusal);
  }
  return { exports: checkAbi(jsCoreSync()() as CoreExports, "js"), engine: "js" };
}

/** A fresh core instance; compiles asynchronously (required on browser main threads for modules over 4 KB). */
export async function loadCore(choice: EngineChoice): Promise<{ exports: CoreExports; engine: EngineKind }> {
  if (choice !== "js" && wasmRefusal === undefined) {
    try {
      if (!cachedModule) {
        cachedPromise ??= WebAssembly.compile(wasmBytes());
        cachedModule = await cachedPromise;
      }
      const inst = await WebAssembly.instantiate(cachedModule, {});
      return { exports: checkAbi(inst.exports as unknown as CoreExports, "wasm"), engine: "wasm" };
    } catch (err) {
      cachedPromise = undefined;
      if (err instanceof PhiscrubError) throw err;
      if (choice === "wasm") refuse(err);
      wasmRefusal = err;
    }
  } else if (choice === "wasm") refuse(wasmRefusal);
  return { exports: checkAbi((await jsCore())() as CoreExports, "js"), engine: "js" };
}

/** This thread's shared instance per engine, weakly: it lives as long as some redactor holds it. */
const instances: Partial<Record<EngineKind, WeakRef<CoreInstance>>> = {};

function shared(loaded: { exports: CoreExports; engine: EngineKind }): CoreInstance {
  const inst = new CoreInstance(loaded.exports, loaded.engine);
  instances[loaded.engine] = new WeakRef(inst);
  return inst;
}

/** The engine "auto" resolves to without instantiating anything (undefined: not known yet). */
function resolved(choice: EngineChoice): EngineKind | undefined {
  if (choice !== "auto") return choice;
  if (wasmRefusal !== undefined) return "js";
  return cachedModule !== undefined ? "wasm" : undefined;
}

/** The live shared instance of the engine `choice` resolves to (undefined: none yet, or not known without compiling). */
function liveInstance(choice: EngineChoice): CoreInstance | undefined {
  const kind = resolved(choice);
  return kind !== undefined ? instances[kind]?.deref() : undefined;
}

/**
 * The core instance every redactor of this thread on the chosen engine shares (src/wasm/core.ts, CoreInstance: why),
 * instantiated on first use and again after every redactor on it has been collected.
 */
export function sharedInstanceSync(choice: EngineChoice): CoreInstance {
  return liveInstance(choice) ?? shared(loadCoreSync(choice));
}

/** {@link sharedInstanceSync}, compiling the module asynchronously when it must be compiled. */
export async function sharedInstance(choice: EngineChoice): Promise<CoreInstance> {
  const live = liveInstance(choice);
  if (live) return live;
  const loaded = await loadCore(choice);
  // another call may have made one while this one awaited
  return instances[loaded.engine]?.deref() ?? shared(loaded);
}
