// Why this file exists: the worker-thread side of `phiscrub --workers N`: builds the same engine as the main thread
// from the CLI config (on the main thread's compiled WASM module and decoded word table) and processes batches of JSONL
// lines sent to it.

import { parentPort, workerData } from "node:worker_threads";
import { JsonlEngine, type BatchIn, type BatchOut, type CliConfig } from "../cli/engine.js";
import { PhiscrubError } from "../errors.js";
import { adoptWasmModule } from "../wasm/load.js";
import { adoptBuiltinWordTable } from "../dictionaries/table.js";
import type { ReadyMessage } from "./pool.js";

/** What the main thread passes to each worker at start. */
export interface WorkerInit {
  readonly cfg: CliConfig;
  /**
   * The main thread's compiled WASM module (structured-cloned, so the compiled code is shared, not recompiled): the
   * worker skips decoding and compiling it.
   */
  readonly wasmModule?: WebAssembly.Module;
  /** The built-in word table, decoded by the main thread (this bundle does not inline it), in shared memory. */
  readonly wordTable: Uint8Array;
}

export interface WorkerRequest extends BatchIn {
  readonly id: number;
  /** Output buffers the main thread has written out, moved back here to be written into again. */
  readonly spare?: ArrayBuffer[];
}

export type WorkerResponse =
  | {
    readonly id: number; readonly ok: true; readonly out: BatchOut; readonly bytes: Uint8Array;
    /** The request's input buffer, moved back for the main thread to copy its next batch into. */
    readonly input: ArrayBuffer;
  }
  | { readonly id: number; readonly ok: false; readonly code: string; readonly message: string };

function errorOf(err: unknown): { code: string; message: string } {
  return {
    code: err instanceof PhiscrubError ? err.code : "INTERNAL",
    message: err instanceof Error ? err.message : String(err),
  };
}

if (parentPort !== null) {
  const port = parentPort;
  const init = workerData as WorkerInit;
  let engine: JsonlEngine | undefined;
  try {
    adoptBuiltinWordTable(init.wordTable);
    if (init.wasmModule !== undefined) adoptWasmModule(init.wasmModule);
    engine = new JsonlEngine(init.cfg);
    port.postMessage({ ready: true } satisfies ReadyMessage);
  } catch (err) {
    // the main thread builds the same engine (a bad option fails there first, as a usage error): this fails the run
    port.postMessage({ ready: false, ...errorOf(err) } satisfies ReadyMessage);
  }
  port.on("message", (req: WorkerRequest) => {
    let res: WorkerResponse;
    const transfer: ArrayBuffer[] = [];
    try {
      if (engine === undefined) throw new Error("the worker has no engine");
      for (const b of req.spare ?? []) engine.recycle(b);
      const out = engine.process(req);
      // the engine wrote the output into a buffer of its own: moved (not copied) to the main thread
      const bytes = out.bytes!;
      out.bytes = undefined;
      const input = req.bytes.buffer as ArrayBuffer;
      transfer.push(bytes.buffer as ArrayBuffer, input);
      res = { id: req.id, ok: true, out, bytes, input };
    } catch (err) {
      res = { id: req.id, ok: false, ...errorOf(err) };
    }
    port.postMessage(res, transfer);
  });
}
