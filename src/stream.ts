// Why this file exists: thin Web Streams adapters over the incremental session (Node and browsers, no Node built-ins):
// strings in/out and UTF-8 bytes in/out; backpressure is the TransformStream's own.

import { createByteSession } from "./session.js";
import type { Redactor, SessionOptions } from "./types.js";

/** Adapters move bulk I/O: unless the caller says otherwise, their sessions release text in growing pieces. */
export function batchedByDefault(options: SessionOptions | undefined): SessionOptions {
  return { ...options, release: options?.release ?? "batched" };
}

/** The one transformer behind both stream classes: push each chunk, flush with finish(), never enqueue empty output. */
function sessionTransformer<T extends { readonly length: number }>(session: {
  push(chunk: T): T;
  finish(): T;
}): Transformer<T, T> {
  return {
    transform(chunk, controller) {
      const out = session.push(chunk);
      if (out.length > 0) controller.enqueue(out);
    },
    flush(controller) {
      const out = session.finish();
      if (out.length > 0) controller.enqueue(out);
    },
  };
}

/**
 * A TransformStream of strings: what comes out, concatenated, equals `r.redact(all input).text`. Releases text in
 * growing pieces (`release: "batched"`) unless `options.release` is "eager".
 *
 * @example
 * const out = textStream.pipeThrough(new RedactTransformStream(r));
 */
export class RedactTransformStream extends TransformStream<string, string> {
  constructor(redactor: Redactor, options?: SessionOptions, writableStrategy?: QueuingStrategy<string>, readableStrategy?: QueuingStrategy<string>) {
    super(sessionTransformer(redactor.session(batchedByDefault(options))), writableStrategy, readableStrategy);
  }
}

/**
 * A TransformStream of UTF-8 bytes (e.g. a fetch() body): characters split across chunks are joined; invalid UTF-8
 * errors the stream with INVALID_UTF8 and the byte offset. Releases text in growing pieces (`release: "batched"`)
 * unless `options.release` is "eager".
 *
 * @example
 * const out = response.body.pipeThrough(new RedactByteTransformStream(r));
 */
export class RedactByteTransformStream extends TransformStream<Uint8Array, Uint8Array> {
  constructor(redactor: Redactor, options?: SessionOptions, writableStrategy?: QueuingStrategy<Uint8Array>, readableStrategy?: QueuingStrategy<Uint8Array>) {
    super(sessionTransformer(createByteSession(redactor.session(batchedByDefault(options)))), writableStrategy, readableStrategy);
  }
}
