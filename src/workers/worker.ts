// Why this file exists: the worker-thread side of `phiscrub --workers N`: builds the same engine as the main thread
// from the CLI config and processes batches of JSONL lines sent to it.

import { parentPort, workerData } from "node:worker_threads";
import { JsonlEngine, type BatchIn, type BatchOut, type CliConfig } from "../cli/engine.js";
import { PhiscrubError } from "../errors.js";

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

if (parentPort !== null) {
  const port = parentPort;
  const engine = new JsonlEngine(workerData as CliConfig);
  port.on("message", (req: WorkerRequest) => {
    let res: WorkerResponse;
    const transfer: ArrayBuffer[] = [];
    for (const b of req.spare ?? []) engine.recycle(b);
    try {
      const out = engine.process(req);
      // the engine wrote the output into a buffer of its own: moved (not copied) to the main thread
      const bytes = out.bytes!;
      out.bytes = undefined;
      const input = req.bytes.buffer as ArrayBuffer;
      transfer.push(bytes.buffer as ArrayBuffer, input);
      res = { id: req.id, ok: true, out, bytes, input };
    } catch (err) {
      res = {
        id: req.id,
        ok: false,
        code: err instanceof PhiscrubError ? err.code : "INTERNAL",
        message: err instanceof Error ? err.message : String(err),
      };
    }
    port.postMessage(res, transfer);
  });
}
