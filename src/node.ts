// Why this file exists: the Node-only entry ("phiscrub/node"): everything of "." plus parts that need Node built-ins
// (streams, files, worker threads) as later features add them.

export * from "./index.js";

import { Transform, type TransformCallback, type TransformOptions } from "node:stream";
import { Buffer } from "node:buffer";
import { PhiscrubError, describe } from "./errors.js";
import { createByteSession } from "./session.js";
import { batchedByDefault } from "./stream.js";
import type { ByteRedactSession, RedactSession, Redactor, SessionOptions } from "./types.js";

/**
 * A Node Transform over a redaction session: write Buffers (UTF-8, characters may be split across chunks) or strings;
 * read UTF-8 Buffers (call setEncoding("utf8") for strings). Output, concatenated, equals `r.redact(input).text`.
 * Releases text in growing pieces (`release: "batched"`) unless `options.release` is "eager".
 * Backpressure is the stream's own; any error (invalid UTF-8, BUFFER_LIMIT) destroys the stream with a PhiscrubError.
 *
 * @example
 * import { createRedactor, RedactTransform } from "phiscrub/node";
 * process.stdin.pipe(new RedactTransform(await createRedactor())).pipe(process.stdout);
 */
export class RedactTransform extends Transform {
  private readonly text: RedactSession;
  private readonly bytes: ByteRedactSession;
  /** Strings and Buffers cannot be mixed in one stream (a string would overtake bytes the decoder holds). */
  private mode: "string" | "bytes" | undefined;

  constructor(redactor: Redactor, options?: SessionOptions, streamOptions?: TransformOptions) {
    super({ ...streamOptions, decodeStrings: false, objectMode: false });
    this.text = redactor.session(batchedByDefault(options));
    this.bytes = createByteSession(this.text);
  }

  override _transform(chunk: unknown, _enc: BufferEncoding, cb: TransformCallback): void {
    try {
      const mode = typeof chunk === "string" ? "string" : chunk instanceof Uint8Array ? "bytes" : undefined;
      if (mode === undefined) {
        throw new PhiscrubError("INVALID_INPUT", `expected a Buffer or string chunk, got ${describe(chunk)}`);
      }
      if (this.mode !== undefined && this.mode !== mode) {
        throw new PhiscrubError("INVALID_INPUT", `expected only ${this.mode} chunks in one stream, got a ${mode} chunk`);
      }
      this.mode = mode;
      if (mode === "string") {
        const out = this.text.push(chunk as string);
        if (out.length > 0) this.push(Buffer.from(out, "utf8"));
      } else {
        const out = this.bytes.push(chunk as Uint8Array);
        if (out.length > 0) this.push(Buffer.from(out.buffer, out.byteOffset, out.byteLength));
      }
      cb();
    } catch (err) {
      cb(err as Error);
    }
  }

  override _flush(cb: TransformCallback): void {
    try {
      if (this.mode === "string") {
        const out = this.text.finish();
        if (out.length > 0) this.push(Buffer.from(out, "utf8"));
      } else {
        const out = this.bytes.finish();
        if (out.length > 0) this.push(Buffer.from(out.buffer, out.byteOffset, out.byteLength));
      }
      cb();
    } catch (err) {
      cb(err as Error);
    }
  }
}
