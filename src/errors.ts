// Why this file exists: typed errors with machine-readable codes, and every message text in one place.

/** Machine-readable error codes. */
export type ErrorCode =
  | "INVALID_OPTIONS" // an option has the wrong type or value
  | "INVALID_ENTITY_TYPE" // an entity type outside ENTITY_TYPES
  | "INVALID_PATTERN" // an empty or oversized dictionary term
  | "INVALID_AUTOMATON" // serialized automaton bytes are corrupt or of another version
  | "ABI_MISMATCH" // the WASM core and this wrapper disagree on ABI_VERSION
  | "WASM_UNAVAILABLE" // engine "wasm" was required but the host refused to compile it
  | "JS_CORE_UNAVAILABLE" // browser files: WebAssembly is refused (or engine "js" asked) and phiscrub.jscore.js is not loaded
  | "WASM_FAILURE" // the core trapped or returned an error code during a scan
  | "INPUT_TOO_LARGE" // input beyond maxInputLength or beyond what memory can hold
  | "INVALID_INPUT" // input of the wrong type
  // streaming, JSONL and the command line (issue 6)
  | "BUFFER_LIMIT" // a session had to hold back more than maxBufferSize (e.g. an endless token): nothing was emitted
  | "SESSION_FINISHED" // push() or finish() after finish() (or after an error poisoned the session)
  | "WINDOW_EXCEEDED" // a detector reached beyond its declared window (src/builtins.ts contextWindow): a bug, fail closed
  | "INVALID_UTF8" // bytes that are not valid UTF-8
  | "BINARY_INPUT" // a NUL byte: binary data, not text
  | "INVALID_JSON" // a JSONL line that does not parse as JSON
  | "MISSING_FIELD" // a JSONL line without a selected field
  | "EMPTY_INPUT" // an input file with no bytes
  | "LINE_TOO_LONG" // a line longer than the CLI's --max-line-bytes
  | "OUTPUT_CLOSED" // the output pipe was closed by the reader (EPIPE)
  | "IO_ERROR" // a file could not be read or written
  | "USAGE" // a bad command-line argument
  | "MISSING_KEY" // a keyed operator (hash, surrogate, dateShift) was asked for without a secret key
  | "INVALID_KEY" // a secret or encryption key of the wrong type or too short
  | "DECRYPT_FAILED" // an encrypted token mapping did not decrypt: wrong key or altered data
  | "INVALID_MAPPING" // an exported token mapping is malformed or of another version
  | "CRYPTO_UNAVAILABLE"; // WebCrypto (globalThis.crypto.subtle) is missing in this host

/** The one error class thrown by phiscrub. `code` is stable; `message` says what was expected and what arrived. */
export class PhiscrubError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(`${code}: ${message}`);
    this.name = "PhiscrubError";
    this.code = code;
    this.details = details;
  }
}

/** Describes a value for an error message without echoing its content (it may be PHI). */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (typeof value === "string") return `a string of length ${value.length}`;
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : `the number ${value}`;
  return `a value of type ${typeof value}`;
}
